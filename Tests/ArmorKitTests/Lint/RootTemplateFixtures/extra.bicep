resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' existing = {
  name: 'acct'
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: 'kv-x'
}

resource search 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'search'
  properties: { category: 'CognitiveSearch', target: 'https://s.search.windows.net', authType: 'AAD' }
}

resource second 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'second'
  properties: { category: 'AzureKeyVault', target: vault.id, authType: 'AccountManagedIdentity' }
}
