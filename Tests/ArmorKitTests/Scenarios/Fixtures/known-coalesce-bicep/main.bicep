// The category is `settings.?category ?? default` with a known settings object; the search connection does not wait.

@description('Region for every resource.')
param location string = resourceGroup().location

param accountName string = 'foundry-contoso-dev'
param vaultName string = 'kv-foundry-contoso-dev'

param kvSettings object = { category: 'AzureKeyVault' }

var commonKvProps = {
  target: vault.id
  authType: 'AccountManagedIdentity'
  metadata: { ApiType: 'Azure', ResourceId: vault.id }
}

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
  properties: union(commonKvProps, { category: kvSettings.?category ?? 'CustomKeys' })
  dependsOn: [kvGrant]
}

resource searchConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = { // expect: keyvault-first
  parent: account
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://srch-contoso.search.windows.net'
    authType: 'AAD'
    metadata: { ApiType: 'Azure' }
  }
  dependsOn: [kvGrant]
}
