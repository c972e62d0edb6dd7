// The account and the vault exist already; this template grants the account the vault and adds
// its Key Vault connection and a search connection. The teardown scripts delete in order.

@description('Name of the existing Foundry account.')
param accountName string = 'foundry-contoso-dev'

@description('Name of the existing Key Vault behind the connections.')
param vaultName string = 'kv-foundry-contoso'

var secretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' existing = {
  name: accountName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: vaultName
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
    metadata: { ApiType: 'Azure', ResourceId: vault.id, location: vault.location }
  }
  dependsOn: [kvGrant]
}

resource searchConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://srch-contoso-dev.search.windows.net'
    authType: 'AAD'
    metadata: { ApiType: 'Azure', ResourceId: resourceId('Microsoft.Search/searchServices', 'srch-contoso-dev') }
  }
  dependsOn: [kvConnection]
}
