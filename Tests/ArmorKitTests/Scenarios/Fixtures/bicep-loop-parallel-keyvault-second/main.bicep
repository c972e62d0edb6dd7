@description('Region for every resource.')
param location string = resourceGroup().location

param accountName string = 'foundry-contoso-dev'
param vaultName string = 'kv-foundry-contoso-dev'

var connections = [
  { name: 'search', category: 'CognitiveSearch', target: 'https://srch-contoso.search.windows.net' }
  { name: 'keyvault', category: 'AzureKeyVault', target: vault.id }
  { name: 'openai', category: 'AzureOpenAI', target: 'https://aoai-contoso.openai.azure.com/' }
]

// One parallel loop creates the Key Vault connection second, with the others: serialising it would
// not help (the search connection would still come first), so the finding has no fix.

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: vaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    enablePurgeProtection: true
  }
}

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
  name: accountName
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: {
    customSubDomainName: accountName
    allowProjectManagement: true
    disableLocalAuth: true
  }
}

resource kvGrant 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, account.id, 'kv-secrets-officer')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
    principalId: account.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource accountConnections 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = [for c in connections: { // expect: keyvault-first
  parent: account
  name: c.name
  properties: {
    category: c.category
    target: c.target
    authType: 'AAD'
    metadata: { ApiType: 'Azure' }
  }
  dependsOn: [kvGrant]
}]
