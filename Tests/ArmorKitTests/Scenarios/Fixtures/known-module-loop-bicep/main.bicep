// A module loop over a known array whose elements all pass category CognitiveSearch: the connections it creates are ordinary, and they do not wait for the Key Vault connection.

@description('Region for every resource.')
param location string = resourceGroup().location

param accountName string = 'foundry-contoso-dev'
param vaultName string = 'kv-foundry-contoso-dev'

var searchConnections = [
  { name: 'search-a', category: 'CognitiveSearch', target: 'https://srch-a.search.windows.net' }
  { name: 'search-b', category: 'CognitiveSearch', target: 'https://srch-b.search.windows.net' }
]

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

module connections 'modules/connection.bicep' = [for c in searchConnections: { // expect: keyvault-first
  name: 'connection-${c.name}'
  params: {
    accountName: account.name
    config: { name: c.name, category: c.category, target: c.target }
  }
  dependsOn: [kvGrant]
}]
