// The grant module receives `account.?identity.principalId ?? ''`: still the account's
// identity. 'search' waits for the Key Vault connection but not for the grant.
resource kv 'Microsoft.KeyVault/vaults@2024-11-01' existing = { name: 'kv-demo' }
resource account 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: 'acc'
  location: 'eastus'
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
}
resource kvConn 'Microsoft.CognitiveServices/accounts/connections@2025-06-01' = {
  parent: account
  name: 'kv'
  properties: { category: 'AzureKeyVault', authType: 'AccountManagedIdentity', target: kv.id }
}
module grant 'ra.bicep' = {
  name: 'grant'
  params: { keyVaultName: 'kv-demo', principalId: account.?identity.principalId ?? '' }
}
resource search 'Microsoft.CognitiveServices/accounts/connections@2025-06-01' = { // expect: role-assignment-dependson
  parent: account
  name: 'search'
  properties: { category: 'CognitiveSearch', authType: 'AAD', target: 'https://s.search.windows.net' }
  dependsOn: [ kvConn ]
}
