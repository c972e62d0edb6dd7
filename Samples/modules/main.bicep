// The correct Foundry Key Vault setup split into modules, with one MISTAKE: the connections
// module does not wait for the Key Vault connection module. Inside each module everything is in
// order, but Resource Manager runs modules in parallel unless told otherwise, so the search and
// storage connections can be created before the Key Vault connection and its grant.
// Fix: `dependsOn: [keyVaultConnection]` on the `connections` module (it already waits for
// `foundry` through that module).

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
  dependsOn: [foundry]
}

output accountEndpoint string = foundry.outputs.endpoint
