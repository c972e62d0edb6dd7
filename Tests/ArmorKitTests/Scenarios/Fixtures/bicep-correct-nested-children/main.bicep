@description('Region for every resource.')
param location string = resourceGroup().location

@description('Name of the Foundry account.')
param accountName string = 'foundry-contoso-dev'

@description('Key Vault that stores the secrets of the account connections.')
param vaultName string = 'kv-foundry-contoso-dev'

// Correct: children declared inside the account body.
var roles = {
  secretsOfficer: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
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
  properties: { customSubDomainName: accountName, allowProjectManagement: true }

  resource keyVault 'connections' = {
    name: 'keyvault'
    properties: {
      category: 'AzureKeyVault'
      target: vault.id
      authType: 'AccountManagedIdentity'
      metadata: { ApiType: 'Azure', ResourceId: vault.id }
    }
    dependsOn: [kvGrant]
  }

  resource openai 'connections' = {
    name: 'openai'
    properties: {
      category: 'AzureOpenAI'
      target: 'https://aoai-contoso.openai.azure.com/'
      authType: 'AAD'
      metadata: { ApiType: 'Azure' }
    }
    dependsOn: [keyVault]
  }

  resource project 'projects' = {
    name: 'research'
    location: location
    identity: { type: 'SystemAssigned' }
    properties: { displayName: 'Research' }

    resource files 'connections' = {
      name: 'files'
      properties: {
        category: 'AzureBlob'
        target: 'https://stcontoso.blob.core.windows.net/files'
        authType: 'AAD'
        metadata: { ContainerName: 'files', AccountName: 'stcontoso' }
      }
      dependsOn: [account::keyVault]
    }
  }
}

resource kvGrant 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, account.id, roles.secretsOfficer)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.secretsOfficer)
    principalId: account.identity.principalId
    principalType: 'ServicePrincipal'
  }
}
