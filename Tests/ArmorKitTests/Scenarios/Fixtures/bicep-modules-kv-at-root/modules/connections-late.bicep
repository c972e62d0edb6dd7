param location string = resourceGroup().location
param accountName string

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' existing = {
  name: accountName
}

resource storageConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'storage'
  properties: {
    category: 'AzureStorageAccount'
    target: 'https://stcontoso.blob.core.windows.net/'
    authType: 'AAD'
    isSharedToAll: true
    metadata: { ApiType: 'Azure', location: location }
  }
}
