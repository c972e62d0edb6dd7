// Connections of the account, read from a file relative to this module (not to main.bicep).
param accountName string
param vaultId string

var specs = loadJsonContent('connections.json')

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' existing = {
  name: accountName
}

@batchSize(1)
resource accountConnections 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = [for c in specs: { // expect: keyvault-first
  parent: account
  name: c.name
  properties: {
    category: c.category
    target: c.category == 'AzureKeyVault' ? vaultId : c.target
    authType: 'AAD'
    metadata: { ApiType: 'Azure' }
  }
}]
