// Modules in the right order; the teardown script deletes the vault (declared in the account
// module, existing in the Key Vault connection module) while the account still exists.

@description('Region for every resource.')
param location string = resourceGroup().location

@description('Name of the Foundry account; also its custom subdomain.')
param accountName string = 'foundry-fabrikam-dev'

@description('Name of the Key Vault that holds the connection secrets.')
param vaultName string = 'kv-foundry-fabrikam-dev'

module foundry 'modules/account.bicep' = {
  name: 'foundry-account'
  params: {
    location: location
    accountName: accountName
    vaultName: vaultName
  }
}

module keyVaultConnection 'modules/keyvault-connection.bicep' = {
  name: 'foundry-keyvault-connection'
  params: {
    accountName: accountName
    vaultName: vaultName
  }
  dependsOn: [foundry]
}

module connections 'modules/connections.bicep' = {
  name: 'foundry-connections'
  params: {
    accountName: accountName
    searchServiceName: 'srch-fabrikam-dev'
    storageAccountName: 'stfabrikamdev'
  }
  dependsOn: [keyVaultConnection]
}

output accountEndpoint string = foundry.outputs.endpoint
