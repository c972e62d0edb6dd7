@description('Region for every resource.')
param location string = resourceGroup().location

param primaryName string = 'foundry-contoso-eus'
param secondaryName string = 'foundry-contoso-wus'
param vaultName string = 'kv-foundry-contoso'

// Two accounts share a vault; each has its own Key Vault connection.

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

resource primary 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
  name: primaryName
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: {
    customSubDomainName: primaryName
    allowProjectManagement: true
    disableLocalAuth: true
  }
}

resource secondary 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
  name: secondaryName
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: {
    customSubDomainName: secondaryName
    allowProjectManagement: true
    disableLocalAuth: true
  }
}

resource primaryGrant 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, primary.id, 'kv-secrets-officer')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
    principalId: primary.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource secondaryGrant 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, secondary.id, 'kv-secrets-officer')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
    principalId: secondary.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource primaryKv 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: primary
  name: 'keyvault'
  properties: {
    category: 'AzureKeyVault'
    target: vault.id
    authType: 'AccountManagedIdentity'
    metadata: { ApiType: 'Azure', ResourceId: vault.id, location: location }
  }
  dependsOn: [primaryGrant]
}

resource secondaryKv 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: secondary
  name: 'keyvault'
  properties: {
    category: 'AzureKeyVault'
    target: vault.id
    authType: 'AccountManagedIdentity'
    metadata: { ApiType: 'Azure', ResourceId: vault.id, location: location }
  }
  dependsOn: [secondaryGrant]
}

resource primarySearch 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: primary
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://srch-contoso.search.windows.net'
    authType: 'AAD'
    isSharedToAll: true
    metadata: { ApiType: 'Azure', location: location }
  }
  dependsOn: [primaryKv]
}

resource secondarySearch 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = { // expect: keyvault-first
  parent: secondary
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://srch-contoso.search.windows.net'
    authType: 'AAD'
    isSharedToAll: true
    metadata: { ApiType: 'Azure', location: location }
  }
  dependsOn: [primaryKv, secondaryGrant]
}
