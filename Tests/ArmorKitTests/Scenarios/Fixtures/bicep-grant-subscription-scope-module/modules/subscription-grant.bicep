targetScope = 'subscription'

@description('Principal that may manage Key Vault secrets in the whole subscription.')
param principalId string

var secretsOfficer = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')

resource grant 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(subscription().id, principalId, secretsOfficer)
  properties: {
    roleDefinitionId: secretsOfficer
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}
