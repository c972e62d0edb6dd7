// Names come from parameters without a value: armor knows none of them, but the vault id that
// reaches the Key Vault connection and the grant is the same module output.
param location string = resourceGroup().location
param accountName string
param vaultName string

module foundry 'modules/account.bicep' = {
  name: 'foundry'
  params: { location: location, accountName: accountName, vaultName: vaultName }
}

module grant 'modules/grant.bicep' = {
  name: 'foundry-grant'
  params: { vaultId: foundry.outputs.vaultId, principalId: foundry.outputs.principalId }
}

module keyVault 'modules/keyvault-connection.bicep' = {
  name: 'foundry-keyvault'
  params: { accountName: foundry.outputs.accountName, vaultId: foundry.outputs.vaultId }
  dependsOn: [grant]
}

module connections 'modules/connections.bicep' = {
  name: 'foundry-connections'
  params: { accountName: foundry.outputs.accountName }
  dependsOn: [keyVault, grant]
}
