// One connection of the account, configured by the caller.
param accountName string
param config object

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' existing = {
  name: accountName
}

resource connection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: config.name
  properties: {
    category: config.category
    target: config.target
    authType: 'AAD'
    metadata: { ApiType: 'Azure' }
  }
}
