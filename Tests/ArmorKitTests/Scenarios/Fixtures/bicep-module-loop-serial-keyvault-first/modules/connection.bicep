// A generic account connection.
param accountName string
param name string
param category string
param target string

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' existing = {
  name: accountName
}

resource connection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: name
  properties: {
    category: category
    target: target
    authType: 'AccountManagedIdentity'
  }
}
