// The account's ordinary connection; the caller orders this module after the Key Vault one.

param accountName string

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' existing = {
  name: accountName
}

resource searchConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://srch-tailwind-dev.search.windows.net'
    authType: 'AAD'
    metadata: { ApiType: 'Azure', ResourceId: resourceId('Microsoft.Search/searchServices', 'srch-tailwind-dev') }
  }
}
