@description('Region for every resource.')
param location string = resourceGroup().location

param accountName string = 'foundry-contoso-dev'
param vaultName string = 'kv-foundry-contoso-dev'

// The platform grants Key Vault Secrets Officer at subscription scope, through a module.

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

module subscriptionGrant 'modules/subscription-grant.bicep' = {
  name: 'kv-grant-${accountName}'
  scope: subscription()
  params: {
    principalId: account.identity.principalId
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
  dependsOn: [subscriptionGrant]
}

resource searchConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://srch-contoso.search.windows.net'
    authType: 'AAD'
    isSharedToAll: true
    metadata: { ApiType: 'Azure', location: location }
  }
  dependsOn: [kvConnection]
}

resource openaiConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = { // expect: keyvault-first
  parent: account
  name: 'openai'
  properties: {
    category: 'AzureOpenAI'
    target: 'https://aoai-contoso.openai.azure.com/'
    authType: 'AAD'
    isSharedToAll: true
    metadata: { ApiType: 'Azure', location: location }
  }
  dependsOn: [subscriptionGrant]
}
