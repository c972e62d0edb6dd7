// An optional parameter nobody sets is null: the ternary picks the list whose Key Vault
// connection comes second in a serial loop.
param credentialStorage object?

resource account 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: 'acc'
  location: 'eastus'
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
}

var connections = empty(credentialStorage)
  ? [
      { name: 'appi', properties: { category: 'AppInsights', authType: 'ApiKey', target: 'y' } }
      { name: 'kv', properties: { category: 'AzureKeyVault', authType: 'AccountManagedIdentity', target: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv1' } }
    ]
  : []

@batchSize(1)
resource conns 'Microsoft.CognitiveServices/accounts/connections@2025-06-01' = [for c in connections: { // expect: keyvault-first  expect-warning: role-assignment-dependson
  parent: account
  name: c.name
  properties: c.properties
}]
