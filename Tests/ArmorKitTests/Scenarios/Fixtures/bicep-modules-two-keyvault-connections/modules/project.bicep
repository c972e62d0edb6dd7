// A project with its own Key Vault connection (the account already has one).
param location string = resourceGroup().location
param accountName string
param vaultName string

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' existing = {
  name: accountName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: vaultName
}

resource project 'Microsoft.CognitiveServices/accounts/projects@2025-04-01-preview' = {
  parent: account
  name: 'research'
  location: location
  identity: { type: 'SystemAssigned' }
  properties: { displayName: 'research' }
}

resource projectKv 'Microsoft.CognitiveServices/accounts/projects/connections@2025-04-01-preview' = {
  parent: project
  name: 'project-keyvault'
  properties: {
    category: 'AzureKeyVault'
    target: vault.id
    authType: 'ProjectManagedIdentity'
    metadata: { ApiType: 'Azure', ResourceId: vault.id, location: location }
  }
}
