// The grant has no scope (its own resource group) while the vault lives in resource group
// 'vault-rg': whether it covers the vault is undecided, so nothing is reported.
resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: 'kv1'
  scope: resourceGroup('vault-rg')
}

resource account 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: 'acc'
  location: 'eastus'
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
}

resource kvConn 'Microsoft.CognitiveServices/accounts/connections@2025-06-01' = { // expect-undecided: role-assignment-dependson
  parent: account
  name: 'kv'
  properties: { category: 'AzureKeyVault', authType: 'AccountManagedIdentity', target: kv.id }
}

// Resource-group-wide grant in the *deployment's* resource group.
resource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, 'kv-secrets-officer')
  properties: {
    principalId: account.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
  }
}
