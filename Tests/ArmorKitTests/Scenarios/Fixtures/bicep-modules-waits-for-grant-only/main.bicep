@description('Region for every resource.')
param location string = resourceGroup().location

param accountName string = 'foundry-contoso-dev'
param vaultName string = 'kv-foundry-contoso-dev'

module foundry 'modules/account.bicep' = {
  name: 'foundry'
  params: { location: location, accountName: accountName, vaultName: vaultName }
}

module grant 'modules/grant.bicep' = {
  name: 'foundry-kv-grant'
  params: { principalId: foundry.outputs.principalId, vaultName: vaultName }
}

module keyVault 'modules/keyvault-connection.bicep' = {
  name: 'foundry-keyvault'
  params: { accountName: accountName, vaultName: vaultName }
  dependsOn: [grant, foundry]
}

module connections 'modules/connections.bicep' = { // expect: keyvault-first
  name: 'foundry-connections'
  params: { accountName: accountName }
  dependsOn: [grant, foundry]
}
