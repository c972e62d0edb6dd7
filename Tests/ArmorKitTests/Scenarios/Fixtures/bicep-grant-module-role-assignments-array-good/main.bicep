// The vault module grants roles from a roleAssignments array, in the style of the Azure Verified
// Modules: the account's Secrets Officer grant is element 0 of a loop inside the module. The
// search connection waits for the Key Vault connection and for the vault module.
param location string = resourceGroup().location

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
  name: 'foundry-avm-style'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-avm-style', allowProjectManagement: true }
}

module vault 'modules/key-vault.bicep' = {
  name: 'vault'
  params: {
    name: 'kv-foundry-avm-style'
    location: location
    roleAssignments: [
      {
        principalId: account.identity.principalId
        roleDefinitionIdOrName: 'Key Vault Secrets Officer'
        principalType: 'ServicePrincipal'
      }
    ]
  }
}

resource kvConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'keyvault'
  properties: {
    category: 'AzureKeyVault'
    target: resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-avm-style')
    authType: 'AccountManagedIdentity'
  }
}

resource searchConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://srch-avm-style.search.windows.net'
    authType: 'AAD'
  }
  dependsOn: [kvConnection, vault]
}
