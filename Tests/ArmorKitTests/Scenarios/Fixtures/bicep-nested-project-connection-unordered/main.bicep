@description('Region for every resource.')
param location string = resourceGroup().location

@description('Name of the Foundry account.')
param accountName string = 'foundry-contoso-dev'

@description('Key Vault that stores the secrets of the account connections.')
param vaultName string = 'kv-foundry-contoso-dev'

// The project's storage connection, nested two levels deep, waits for nothing but its parent.

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
  properties: { customSubDomainName: accountName, allowProjectManagement: true }

  resource keyVault 'connections' = {
    name: 'keyvault'
    properties: {
      category: 'AzureKeyVault'
      target: vault.id
      authType: 'AccountManagedIdentity'
    }
    dependsOn: [kvGrant]
  }

  resource project 'projects' = {
    name: 'research'
    location: location
    identity: { type: 'SystemAssigned' }
    properties: { displayName: 'Research' }

    resource storage 'connections' = { // expect: keyvault-first, role-assignment-dependson
      name: 'storage'
      properties: {
        category: 'AzureStorageAccount'
        target: 'https://stcontoso.blob.core.windows.net/'
        authType: 'AAD'
      }
    }
  }
}

resource kvGrant 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, account.id, 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
    principalId: account.identity.principalId
  }
}
