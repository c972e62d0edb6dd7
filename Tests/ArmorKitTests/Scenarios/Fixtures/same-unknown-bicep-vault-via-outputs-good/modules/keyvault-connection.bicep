// The account's Key Vault connection, to a vault given by id.
param accountName string
param vaultId string

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' existing = {
  name: accountName
}

resource kvConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'keyvault'
  properties: {
    category: 'AzureKeyVault'
    target: vaultId
    authType: 'AccountManagedIdentity'
    metadata: { ApiType: 'Azure', ResourceId: vaultId }
  }
}
