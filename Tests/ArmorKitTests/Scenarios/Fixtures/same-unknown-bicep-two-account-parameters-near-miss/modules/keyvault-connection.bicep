// Grant and Key Vault connection on an existing account and vault.
param accountName string
param vaultName string

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' existing = {
  name: accountName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: vaultName
}

resource grant 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, account.id, 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
    principalId: account.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource kvConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'keyvault'
  properties: {
    category: 'AzureKeyVault'
    target: vault.id
    authType: 'AccountManagedIdentity'
    metadata: { ApiType: 'Azure', ResourceId: vault.id }
  }
  dependsOn: [grant]
}
