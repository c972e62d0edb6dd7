// Lets a principal read the secrets of a vault created elsewhere.

param vaultName string
param principalId string

var secretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource shared 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: vaultName
}

resource readSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(shared.id, principalId, secretsUser)
  scope: shared
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUser)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}
