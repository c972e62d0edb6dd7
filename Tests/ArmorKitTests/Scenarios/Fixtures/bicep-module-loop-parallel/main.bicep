// One generic connection module, looped over a known list: in parallel, so the Key Vault connection races the others.
param location string = resourceGroup().location

var connectionList = [
  { name: 'keyvault', category: 'AzureKeyVault', target: '' }
  { name: 'search', category: 'CognitiveSearch', target: 'https://srch-loop.search.windows.net' }
]

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-foundry-loop'
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
  name: 'foundry-loop'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-loop', allowProjectManagement: true }
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

module connections 'modules/connection.bicep' = [for c in connectionList: { // expect: keyvault-first
  name: 'connection-${c.name}'
  params: {
    accountName: account.name
    name: c.name
    category: c.category
    target: c.category == 'AzureKeyVault' ? vault.id : c.target
  }
  dependsOn: [grant]
}]
