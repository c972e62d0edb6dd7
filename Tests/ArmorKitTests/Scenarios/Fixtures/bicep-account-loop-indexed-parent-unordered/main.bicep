// Accounts, grants and connections looped over the same list: element i of each loop belongs to
// accounts[i], so one Key Vault connection per account; the search connections do not wait.
param names array = ['a1', 'a2']

resource accounts 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = [for n in names: {
  name: 'foundry-${n}'
  location: 'westeurope'
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
}]

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-probe1'
  location: 'westeurope'
  properties: { tenantId: subscription().tenantId, sku: { family: 'A', name: 'standard' }, enableRbacAuthorization: true, enablePurgeProtection: true }
}

resource grants 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for (n, i) in names: {
  name: guid(vault.id, accounts[i].id, 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
    principalId: accounts[i].identity.principalId
    principalType: 'ServicePrincipal'
  }
}]

resource kvConnections 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = [for (n, i) in names: {
  parent: accounts[i]
  name: 'keyvault'
  properties: { category: 'AzureKeyVault', target: vault.id, authType: 'AccountManagedIdentity' }
  dependsOn: [grants]
}]

resource search 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = [for (n, i) in names: { // expect: keyvault-first, role-assignment-dependson
  parent: accounts[i]
  name: 'search'
  properties: { category: 'CognitiveSearch', target: 'https://s.search.windows.net', authType: 'AAD' }
}]
