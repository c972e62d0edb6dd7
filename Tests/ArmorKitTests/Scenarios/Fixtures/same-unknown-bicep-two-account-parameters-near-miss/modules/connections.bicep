// Ordinary connections of an existing account.
param account string

resource foundry 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' existing = {
  name: account
}

resource searchConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: foundry
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://srch-contoso.search.windows.net'
    authType: 'AAD'
    metadata: { ApiType: 'Azure' }
  }
}
