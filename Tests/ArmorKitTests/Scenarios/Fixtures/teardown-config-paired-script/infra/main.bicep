// A Foundry account with a project, its Key Vault connection and a search connection, plus a
// second vault for logs. armor.json pairs the script in scripts/ with this template.

@description('Region for every resource.')
param location string = resourceGroup().location

var secretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-fabrikam-dev'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    enablePurgeProtection: true
  }
}

resource logVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-logs-fabrikam-dev'
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
  name: 'foundry-fabrikam-dev'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-fabrikam-dev', allowProjectManagement: true }
}

resource project 'Microsoft.CognitiveServices/accounts/projects@2025-04-01-preview' = {
  parent: account
  name: 'research'
  location: location
  identity: { type: 'SystemAssigned' }
  properties: {}
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
    metadata: { ApiType: 'Azure', ResourceId: vault.id, location: location }
  }
  dependsOn: [kvGrant]
}

resource searchConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://srch-fabrikam-dev.search.windows.net'
    authType: 'AAD'
    metadata: { ApiType: 'Azure', ResourceId: resourceId('Microsoft.Search/searchServices', 'srch-fabrikam-dev') }
  }
  dependsOn: [kvConnection]
}
