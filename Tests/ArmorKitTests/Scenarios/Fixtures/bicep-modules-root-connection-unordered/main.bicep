@description('Region for every resource.')
param location string = resourceGroup().location

param accountName string = 'foundry-contoso-dev'
param vaultName string = 'kv-foundry-contoso-dev'

module foundry 'modules/account.bicep' = {
  name: 'foundry'
  params: { location: location, accountName: accountName, vaultName: vaultName }
}

module keyVault 'modules/keyvault-connection.bicep' = {
  name: 'foundry-keyvault'
  params: { accountName: foundry.outputs.accountName, vaultName: vaultName }
}

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' existing = {
  name: accountName
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
  dependsOn: [foundry]
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
  dependsOn: [keyVault]
}
