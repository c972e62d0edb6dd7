@description('Region for every resource.')
param location string = resourceGroup().location

@description('Resource id of a vault managed by the platform team.')
param sharedVaultId string = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-platform/providers/Microsoft.KeyVault/vaults/kv-platform'

param accountName string = 'foundry-contoso-dev'

// The vault lives elsewhere; its grant may be made by another deployment.

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
  name: accountName
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: {
    customSubDomainName: accountName
    allowProjectManagement: true
    disableLocalAuth: true
  }
}

resource kvConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = { // expect-warning: role-assignment-dependson
  parent: account
  name: 'keyvault'
  properties: {
    category: 'AzureKeyVault'
    target: sharedVaultId
    authType: 'AccountManagedIdentity'
    metadata: { ApiType: 'Azure', ResourceId: sharedVaultId, location: location }
  }
}

resource searchConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://srch-contoso.search.windows.net'
    authType: 'AAD'
    isSharedToAll: true
    metadata: { ApiType: 'Azure', location: location }
  }
  dependsOn: [kvConnection]
}
