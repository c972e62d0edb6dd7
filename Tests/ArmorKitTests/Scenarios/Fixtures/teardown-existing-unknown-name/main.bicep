// The template deploys its own vault and account; a module grants the account a shared vault
// whose name is a parameter without a value, so that `existing` vault has no known name. A delete
// of 'kv-app' means the deployed vault; a vault name read at run time could be either.

@description('Name of a shared vault the account may also read; no default.')
param sharedVaultName string

var secretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-app'
  location: resourceGroup().location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    enablePurgeProtection: true
  }
}

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
  name: 'foundry-app'
  location: resourceGroup().location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-app', allowProjectManagement: true }
}

resource kvGrant 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, account.id, secretsOfficer)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsOfficer)
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
  dependsOn: [kvGrant]
}

module sharedGrant 'modules/shared-grant.bicep' = {
  name: 'shared-vault-grant'
  params: { vaultName: sharedVaultName, principalId: account.identity.principalId }
}
