// The vault module grants roles from a roleAssignments array, in the style of the Azure Verified
// Modules: the only grant, element 0, is Secrets User, which cannot write secrets;
// the vault is declared in the module, so the missing grant is an error. It is element 0 of a loop inside the module. The
// search connection waits for the Key Vault connection only, not for the vault module.
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
        roleDefinitionIdOrName: 'Key Vault Secrets User'
        principalType: 'ServicePrincipal'
      }
    ]
  }
}

resource kvConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = { // expect: role-assignment-dependson
  parent: account
  name: 'keyvault'
  properties: {
    category: 'AzureKeyVault'
    target: vault.outputs.resourceId
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
  dependsOn: [kvConnection]
}
