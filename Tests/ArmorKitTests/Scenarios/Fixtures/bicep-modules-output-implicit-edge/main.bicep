@description('Region for every resource.')
param location string = resourceGroup().location

param accountName string = 'foundry-contoso-dev'
param vaultName string = 'kv-foundry-contoso-dev'

module foundry 'modules/account.bicep' = {
  name: 'foundry'
  params: { location: location, accountName: accountName, vaultName: vaultName }
}

module keyVault 'modules/keyvault-connection.bicep' = {
  name: 'foundry-keyvault'
  params: { accountName: foundry.outputs.accountName, vaultName: vaultName }
}

module connections 'modules/connections.bicep' = {
  name: 'foundry-connections'
  params: {
    accountName: accountName
    keyVaultConnectionName: keyVault.outputs.connectionName
  }
}
