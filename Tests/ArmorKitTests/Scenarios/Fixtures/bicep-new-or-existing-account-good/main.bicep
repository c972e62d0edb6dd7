// A new account or an existing one, each with its own Key Vault connection: the two branches
// never deploy together, so there is one Key Vault connection per deployment.
param useExisting bool
param accountName string = 'foundry-p5'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: 'kv-p5'
}

resource newAccount 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = if (!useExisting) {
  name: accountName
  location: 'westeurope'
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
}

resource existingAccount 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' existing = if (useExisting) {
  name: accountName
}

resource grantNew 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!useExisting) {
  name: guid(vault.id, newAccount.id, 'kvso')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
    principalId: newAccount.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource kvNew 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = if (!useExisting) {
  parent: newAccount
  name: 'keyvault'
  properties: { category: 'AzureKeyVault', target: vault.id, authType: 'AccountManagedIdentity' }
  dependsOn: [grantNew]
}

resource kvExisting 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = if (useExisting) {
  parent: existingAccount
  name: 'keyvault'
  properties: { category: 'AzureKeyVault', target: vault.id, authType: 'AccountManagedIdentity' }
}
