// The account comes from one module; a second module grants it the shared Key Vault (which this
// deployment does not create) and adds the Key Vault connection; a third adds the ordinary
// connections. Both later modules declare the account `existing`.

@description('Region for every resource.')
param location string = resourceGroup().location

@description('Name of the Foundry account.')
param accountName string = 'foundry-tailwind-dev'

@description('The shared Key Vault, created outside this deployment.')
param vaultName string = 'kv-shared-tailwind'

module foundry 'modules/account.bicep' = {
  name: 'foundry-account'
  params: { location: location, accountName: accountName }
}

module keyVaultConnection 'modules/keyvault-connection.bicep' = {
  name: 'foundry-keyvault-connection'
  params: { accountName: accountName, vaultName: vaultName }
  dependsOn: [foundry]
}

module connections 'modules/connections.bicep' = {
  name: 'foundry-connections'
  params: { accountName: accountName }
  dependsOn: [keyVaultConnection]
}
