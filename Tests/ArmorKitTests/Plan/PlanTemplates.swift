@testable import ArmorKit
/// Small templates for the plan tests.
enum PlanTemplates {
    /// A Foundry account whose name is a parameter without a default, a Key Vault connection
    /// and an ordinary one; the vault name is computed at deployment (`uniqueString`).
    static let unknownNames = """
    param accountName string
    var vaultName = 'kv-${uniqueString(resourceGroup().id)}'

    resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
      name: vaultName
      location: 'eastus'
      properties: { tenantId: subscription().tenantId, sku: { family: 'A', name: 'standard' }, enableSoftDelete: true }
    }

    resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
      name: accountName
      location: 'eastus'
      kind: 'AIServices'
      sku: { name: 'S0' }
      identity: { type: 'SystemAssigned' }
      properties: {}
    }

    resource kv 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
      parent: account
      name: 'keyvault'
      properties: { category: 'AzureKeyVault', target: vault.id, authType: 'AccountManagedIdentity' }
    }

    resource search 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
      parent: account
      name: 'search'
      properties: { category: 'CognitiveSearch', target: 'https://s.search.windows.net', authType: 'AAD' }
      dependsOn: [kv]
    }

    """

    /// Connections in loops: over a known array (two elements) and over a parameter without a
    /// default; a deployment behind an unknown condition.
    static let loops = """
    param extra array
    param deployModel bool

    var known = [
      { name: 'blob', category: 'AzureBlob' }
      { name: 'search', category: 'CognitiveSearch' }
    ]

    resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
      name: 'acct'
      location: 'eastus'
      kind: 'AIServices'
      sku: { name: 'S0' }
      identity: { type: 'SystemAssigned' }
      properties: {}
    }

    resource listed 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = [for c in known: {
      parent: account
      name: c.name
      properties: { category: c.category, target: 'https://example.invalid', authType: 'AAD' }
    }]

    resource others 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = [for c in extra: {
      parent: account
      name: c.name
      properties: { category: c.category, target: 'https://example.invalid', authType: 'AAD' }
    }]

    resource model 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = if (deployModel) {
      parent: account
      name: 'gpt'
      properties: { model: { format: 'OpenAI', name: 'gpt-4o', version: '2024-08-06' } }
      sku: { name: 'Standard', capacity: 1 }
    }

    """

    /// A subscription-scope template: a resource group, and a module deployed into it.
    static let subscriptionScope = """
    targetScope = 'subscription'

    resource group 'Microsoft.Resources/resourceGroups@2024-03-01' = {
      name: 'rg-app'
      location: 'eastus'
    }

    module inner 'inner.bicep' = {
      name: 'inner'
      scope: group
    }

    """

    static let inner = """
    resource store 'Microsoft.Storage/storageAccounts@2023-05-01' = {
      name: 'stapp'
      location: 'eastus'
      kind: 'StorageV2'
      sku: { name: 'Standard_LRS' }
    }

    """

    /// Storage with a container (two levels of children), and a subnet that uses a network
    /// security group declared between it and its virtual network.
    static let children = """
    resource store 'Microsoft.Storage/storageAccounts@2023-05-01' = {
      name: 'stapp'
      location: 'eastus'
      kind: 'StorageV2'
      sku: { name: 'Standard_LRS' }
    }

    resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
      parent: store
      name: 'default'
    }

    resource container 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
      parent: blobs
      name: 'data'
    }

    resource nsg 'Microsoft.Network/networkSecurityGroups@2023-11-01' = {
      name: 'nsg-app'
      location: 'eastus'
    }

    resource vnet 'Microsoft.Network/virtualNetworks@2023-11-01' = {
      name: 'vnet-app'
      location: 'eastus'
      properties: { addressSpace: { addressPrefixes: ['10.0.0.0/16'] } }
    }

    resource subnet 'Microsoft.Network/virtualNetworks/subnets@2023-11-01' = {
      parent: vnet
      name: 'apps'
      properties: { addressPrefix: '10.0.1.0/24', networkSecurityGroup: { id: nsg.id } }
    }

    """
}
