// One account named through `existingName ?? 'ai-${uniqueString(...)}'` and an `existing` copy
// named by the same variable: the same account, so 'search' must wait for the Key Vault
// connection and the grant.
param existingName string?
var accountName = existingName ?? 'ai-${uniqueString(resourceGroup().id)}'

resource account 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: accountName
  location: 'eastus'
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
}

resource kvConn 'Microsoft.CognitiveServices/accounts/connections@2025-06-01' = {
  parent: account
  name: 'kv'
  properties: { category: 'AzureKeyVault', authType: 'AccountManagedIdentity', target: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv1' }
}

resource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, 'kv-secrets-officer')
  properties: {
    principalId: account.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
  }
}

resource sameAccount 'Microsoft.CognitiveServices/accounts@2025-06-01' existing = {
  name: accountName
}

resource search 'Microsoft.CognitiveServices/accounts/connections@2025-06-01' = { // expect: keyvault-first, role-assignment-dependson
  parent: sameAccount
  name: 'search'
  properties: { category: 'CognitiveSearch', authType: 'AAD', target: 'https://s.search.windows.net' }
}
