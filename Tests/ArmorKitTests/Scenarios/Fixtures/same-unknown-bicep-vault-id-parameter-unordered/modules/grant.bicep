// Key Vault Secrets Officer on the vault named by an id, for a principal given by id.
param vaultId string
param principalId string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: last(split(vaultId, '/'))
}

resource grant 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vaultId, principalId, 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}
