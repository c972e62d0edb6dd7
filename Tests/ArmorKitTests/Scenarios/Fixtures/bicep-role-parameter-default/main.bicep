@description('Region for every resource.')
param location string = resourceGroup().location

param accountName string = 'foundry-contoso-dev'
param vaultName string = 'kv-foundry-contoso-dev'

@description('Role the account gets on the vault (Key Vault Contributor by default).')
param vaultRoleId string = 'f25e0fa2-a7c8-4377-a976-54943a77a395'

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
    roleDefinitionId: resourceId('Microsoft.Authorization/roleDefinitions', vaultRoleId)
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
    target: 'https://srch-contoso.search.windows.net'
    authType: 'AAD'
    isSharedToAll: true
    metadata: { ApiType: 'Azure', location: location }
  }
  dependsOn: [kvConnection]
}

resource storageConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = { // expect: keyvault-first
  parent: account
  name: 'storage'
  properties: {
    category: 'AzureStorageAccount'
    target: 'https://stcontoso.blob.core.windows.net/'
    authType: 'AAD'
    isSharedToAll: true
    metadata: { ApiType: 'Azure', location: location }
  }
  dependsOn: [kvGrant]
}
