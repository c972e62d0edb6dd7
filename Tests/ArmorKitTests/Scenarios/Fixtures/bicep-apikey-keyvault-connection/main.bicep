@description('Region for every resource.')
param location string = resourceGroup().location

@description('Name of the Foundry account.')
param accountName string = 'foundry-contoso-dev'

@description('Key Vault that stores the secrets of the account connections.')
param vaultName string = 'kv-foundry-contoso-dev'

@secure()
param vaultApiKey string

// A Key Vault connection authenticated with a key needs no role assignment.

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

resource kvConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'keyvault'
  properties: {
    category: 'AzureKeyVault'
    target: vault.id
    authType: 'ApiKey'
    credentials: { key: vaultApiKey }
    metadata: { ApiType: 'Azure', ResourceId: vault.id, location: location }
  }
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

resource project 'Microsoft.CognitiveServices/accounts/projects@2025-04-01-preview' = {
  parent: account
  name: 'research'
  location: location
  identity: { type: 'SystemAssigned' }
  properties: { displayName: 'research' }
}

resource storageConnection 'Microsoft.CognitiveServices/accounts/projects/connections@2025-04-01-preview' = {
  parent: project
  name: 'storage'
  properties: {
    category: 'AzureStorageAccount'
    target: 'https://stcontoso.blob.core.windows.net/'
    authType: 'AAD'
    isSharedToAll: true
    metadata: { ApiType: 'Azure', location: location }
  }
  dependsOn: [kvConnection]
}
