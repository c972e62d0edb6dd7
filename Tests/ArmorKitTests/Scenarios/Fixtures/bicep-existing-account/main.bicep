@description('Region for every resource.')
param location string = resourceGroup().location

param accountName string = 'foundry-shared'
param vaultName string = 'kv-foundry-shared'

// Connections added to an account created elsewhere.
resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' existing = {
  name: accountName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: vaultName
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
    metadata: { ApiType: 'Azure', ResourceId: vault.id, location: location }
  }
  dependsOn: [kvGrant]
}

resource searchConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = { // expect: keyvault-first, role-assignment-dependson
  parent: account
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://srch-contoso.search.windows.net'
    authType: 'AAD'
    isSharedToAll: true
    metadata: { ApiType: 'Azure', location: location }
  }
}

resource openaiConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'openai'
  properties: {
    category: 'AzureOpenAI'
    target: 'https://aoai-contoso.openai.azure.com/'
    authType: 'AAD'
    isSharedToAll: true
    metadata: { ApiType: 'Azure', location: location }
  }
  dependsOn: [kvConnection]
}
