// Generated from Rules/*.md by RulePageTests (ARMOR_UPDATE_GOLDEN=1 swift test). Do not edit.
extension RulePages {
    static let generated: [String: String] = [
        "keyvault-first": ##"""
# keyvault-first

**Severity:** error · **Applies to:** Bicep, ARM JSON

Every ordinary connection of a Foundry account must be deployed after the account's Key Vault connection.

## Why

A Foundry account (`Microsoft.CognitiveServices/accounts`) refuses to create a Key Vault connection
(`category: 'AzureKeyVault'`) while it already has any other connection. Without an explicit order,
Azure Resource Manager starts all connections of the account at the same time, so the deployment
fails at random or, worse, succeeds with the secrets of the early connections stored in the
account's managed store instead of your vault. There is no migration of those secrets afterwards.
Declaration order in the file does not order anything.

## How to fix

- Make every ordinary connection (account level or project level) depend on the Key Vault
  connection: `dependsOn: [kvConnection]`.
- In ARM JSON, add the Key Vault connection's `resourceId(...)` to the connection's `dependsOn`.
- When the connections live in different modules, add the `dependsOn` to the `module` that creates
  the ordinary connections, pointing at the module (or resource) that creates the Key Vault
  connection.
- armor also reports a Key Vault connection that waits for an ordinary connection (the order
  inverted).

```bicep
resource searchConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'search'
  properties: { /* ... */ }
  dependsOn: [kvConnection, kvGrant]
}
```

## Examples

The search connection waits for the role assignment but not for the Key Vault connection:

```bicep bad
param location string = resourceGroup().location

var secretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-foundry-demo'
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
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
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
    metadata: { ApiType: 'Azure', ResourceId: vault.id, location: location }
  }
}

resource searchConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = { // expect: keyvault-first
  parent: account
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://srch-foundry-demo.search.windows.net'
    authType: 'AAD'
    metadata: { ApiType: 'Azure', ResourceId: resourceId('Microsoft.Search/searchServices', 'srch-foundry-demo') }
  }
  dependsOn: [kvGrant]
}
```

The search connection starts only when both the Key Vault connection and the grant are done:

```bicep good
param location string = resourceGroup().location

var secretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-foundry-demo'
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
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
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
    metadata: { ApiType: 'Azure', ResourceId: vault.id, location: location }
  }
}

resource searchConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://srch-foundry-demo.search.windows.net'
    authType: 'AAD'
    metadata: { ApiType: 'Azure', ResourceId: resourceId('Microsoft.Search/searchServices', 'srch-foundry-demo') }
  }
  dependsOn: [kvConnection, kvGrant]
}
```

The same mistake in ARM JSON:

```json bad
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "variables": { "secretsOfficer": "b86a8fe4-44ce-4948-aee5-eccb2c155cd7" },
  "resources": [
    {
      "type": "Microsoft.KeyVault/vaults",
      "apiVersion": "2023-07-01",
      "name": "kv-foundry-demo",
      "location": "[resourceGroup().location]",
      "properties": {
        "tenantId": "[subscription().tenantId]",
        "sku": { "family": "A", "name": "standard" },
        "enableRbacAuthorization": true,
        "enableSoftDelete": true,
        "enablePurgeProtection": true
      }
    },
    {
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo",
      "location": "[resourceGroup().location]",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": { "customSubDomainName": "foundry-demo", "allowProjectManagement": true }
    },
    {
      "type": "Microsoft.Authorization/roleAssignments",
      "apiVersion": "2022-04-01",
      "scope": "Microsoft.KeyVault/vaults/kv-foundry-demo",
      "name": "[guid(resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo'), resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), variables('secretsOfficer'))]",
      "properties": {
        "roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('secretsOfficer'))]",
        "principalId": "[reference(resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), '2025-04-01-preview', 'full').identity.principalId]",
        "principalType": "ServicePrincipal"
      },
      "dependsOn": [
        "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    },
    {
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/keyvault",
      "properties": {
        "category": "AzureKeyVault",
        "target": "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "authType": "AccountManagedIdentity",
        "metadata": { "ApiType": "Azure", "ResourceId": "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]" }
      },
      "dependsOn": [
        "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    },
    { // expect: keyvault-first
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/search",
      "properties": {
        "category": "CognitiveSearch",
        "target": "https://srch-foundry-demo.search.windows.net",
        "authType": "AAD",
        "metadata": { "ApiType": "Azure", "ResourceId": "[resourceId('Microsoft.Search/searchServices', 'srch-foundry-demo')]" }
      },
      "dependsOn": [
        "[extensionResourceId(resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo'), 'Microsoft.Authorization/roleAssignments', guid(resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo'), resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), variables('secretsOfficer')))]"
      ]
    }
  ]
}
```

```json good
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "variables": { "secretsOfficer": "b86a8fe4-44ce-4948-aee5-eccb2c155cd7" },
  "resources": [
    {
      "type": "Microsoft.KeyVault/vaults",
      "apiVersion": "2023-07-01",
      "name": "kv-foundry-demo",
      "location": "[resourceGroup().location]",
      "properties": {
        "tenantId": "[subscription().tenantId]",
        "sku": { "family": "A", "name": "standard" },
        "enableRbacAuthorization": true,
        "enableSoftDelete": true,
        "enablePurgeProtection": true
      }
    },
    {
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo",
      "location": "[resourceGroup().location]",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": { "customSubDomainName": "foundry-demo", "allowProjectManagement": true }
    },
    {
      "type": "Microsoft.Authorization/roleAssignments",
      "apiVersion": "2022-04-01",
      "scope": "Microsoft.KeyVault/vaults/kv-foundry-demo",
      "name": "[guid(resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo'), resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), variables('secretsOfficer'))]",
      "properties": {
        "roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('secretsOfficer'))]",
        "principalId": "[reference(resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), '2025-04-01-preview', 'full').identity.principalId]",
        "principalType": "ServicePrincipal"
      },
      "dependsOn": [
        "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    },
    {
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/keyvault",
      "properties": {
        "category": "AzureKeyVault",
        "target": "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "authType": "AccountManagedIdentity",
        "metadata": { "ApiType": "Azure", "ResourceId": "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]" }
      },
      "dependsOn": [
        "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    },
    {
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/search",
      "properties": {
        "category": "CognitiveSearch",
        "target": "https://srch-foundry-demo.search.windows.net",
        "authType": "AAD",
        "metadata": { "ApiType": "Azure", "ResourceId": "[resourceId('Microsoft.Search/searchServices', 'srch-foundry-demo')]" }
      },
      "dependsOn": [
        "[resourceId('Microsoft.CognitiveServices/accounts/connections', 'foundry-demo', 'keyvault')]",
        "[extensionResourceId(resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo'), 'Microsoft.Authorization/roleAssignments', guid(resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo'), resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), variables('secretsOfficer')))]"
      ]
    }
  ]
}
```
"""##,
        "role-assignment-dependson": ##"""
# role-assignment-dependson

**Severity:** error · **Applies to:** Bicep, ARM JSON

A Key Vault connection needs a role assignment that lets the account's identity use the vault, and the other connections must wait for it.

## Why

With an identity-based Key Vault connection (`AccountManagedIdentity`, `ProjectManagedIdentity`,
`ManagedIdentity`, `AAD`, or no `authType`), the account writes the secrets of its other
connections into the vault with its own managed identity. If that identity has no data-plane role
on the vault, or the role assignment has not finished when the next connection is created, the
connection fails with a 403 from Key Vault. Role assignments also take a while to propagate, so
"it worked last time" proves nothing. An account without a managed identity can never reach the
vault at all.

## How to fix

- Grant the account's identity **Key Vault Secrets Officer**
  (`b86a8fe4-44ce-4948-aee5-eccb2c155cd7`) on the vault (`scope: vault`), with
  `principalType: 'ServicePrincipal'`.
- Make every ordinary connection depend on that role assignment as well as on the Key Vault
  connection: `dependsOn: [kvConnection, kvGrant]`.
- Give the account `identity: { type: 'SystemAssigned' }` (or a user-assigned identity, and grant
  that identity instead).
- A vault that uses access policies instead of RBAC needs a `Microsoft.KeyVault/vaults/accessPolicies`
  entry with secret permissions for the account's identity.

```bicep
resource kvGrant 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, account.id, secretsOfficer)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsOfficer)
    principalId: account.identity.principalId
    principalType: 'ServicePrincipal'
  }
}
```

## Examples

No role assignment lets the account's identity use the vault. The finding is on the Key Vault connection, once:

```bicep bad
param location string = resourceGroup().location

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-foundry-demo'
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
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
}

resource kvConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = { // expect: role-assignment-dependson
  parent: account
  name: 'keyvault'
  properties: {
    category: 'AzureKeyVault'
    target: vault.id
    authType: 'AccountManagedIdentity'
    metadata: { ApiType: 'Azure', ResourceId: vault.id, location: location }
  }
}

resource searchConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://srch-foundry-demo.search.windows.net'
    authType: 'AAD'
    metadata: { ApiType: 'Azure', ResourceId: resourceId('Microsoft.Search/searchServices', 'srch-foundry-demo') }
  }
  dependsOn: [kvConnection]
}
```

The grant exists, but the search connection can start before it has been applied:

```bicep bad
param location string = resourceGroup().location

var secretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-foundry-demo'
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
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
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
    metadata: { ApiType: 'Azure', ResourceId: vault.id, location: location }
  }
}

resource searchConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = { // expect: role-assignment-dependson
  parent: account
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://srch-foundry-demo.search.windows.net'
    authType: 'AAD'
    metadata: { ApiType: 'Azure', ResourceId: resourceId('Microsoft.Search/searchServices', 'srch-foundry-demo') }
  }
  dependsOn: [kvConnection]
}
```

The account has no managed identity, so no grant can ever reach the vault:

```bicep bad
param location string = resourceGroup().location

var secretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-foundry-demo'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    enablePurgeProtection: true
  }
}

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = { // expect: role-assignment-dependson
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
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
    metadata: { ApiType: 'Azure', ResourceId: vault.id, location: location }
  }
}

resource searchConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://srch-foundry-demo.search.windows.net'
    authType: 'AAD'
    metadata: { ApiType: 'Azure', ResourceId: resourceId('Microsoft.Search/searchServices', 'srch-foundry-demo') }
  }
  dependsOn: [kvConnection, kvGrant]
}
```

```bicep good
param location string = resourceGroup().location

var secretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-foundry-demo'
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
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
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
    metadata: { ApiType: 'Azure', ResourceId: vault.id, location: location }
  }
}

resource searchConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://srch-foundry-demo.search.windows.net'
    authType: 'AAD'
    metadata: { ApiType: 'Azure', ResourceId: resourceId('Microsoft.Search/searchServices', 'srch-foundry-demo') }
  }
  dependsOn: [kvConnection, kvGrant]
}
```

ARM JSON without the grant:

```json bad
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.KeyVault/vaults",
      "apiVersion": "2023-07-01",
      "name": "kv-foundry-demo",
      "location": "[resourceGroup().location]",
      "properties": {
        "tenantId": "[subscription().tenantId]",
        "sku": { "family": "A", "name": "standard" },
        "enableRbacAuthorization": true,
        "enableSoftDelete": true,
        "enablePurgeProtection": true
      }
    },
    {
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo",
      "location": "[resourceGroup().location]",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": { "customSubDomainName": "foundry-demo", "allowProjectManagement": true }
    },
    { // expect: role-assignment-dependson
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/keyvault",
      "properties": {
        "category": "AzureKeyVault",
        "target": "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "authType": "AccountManagedIdentity",
        "metadata": { "ApiType": "Azure", "ResourceId": "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]" }
      },
      "dependsOn": [
        "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    },
    {
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/search",
      "properties": {
        "category": "CognitiveSearch",
        "target": "https://srch-foundry-demo.search.windows.net",
        "authType": "AAD",
        "metadata": { "ApiType": "Azure", "ResourceId": "[resourceId('Microsoft.Search/searchServices', 'srch-foundry-demo')]" }
      },
      "dependsOn": [
        "[resourceId('Microsoft.CognitiveServices/accounts/connections', 'foundry-demo', 'keyvault')]"
      ]
    }
  ]
}
```

```json good
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "variables": { "secretsOfficer": "b86a8fe4-44ce-4948-aee5-eccb2c155cd7" },
  "resources": [
    {
      "type": "Microsoft.KeyVault/vaults",
      "apiVersion": "2023-07-01",
      "name": "kv-foundry-demo",
      "location": "[resourceGroup().location]",
      "properties": {
        "tenantId": "[subscription().tenantId]",
        "sku": { "family": "A", "name": "standard" },
        "enableRbacAuthorization": true,
        "enableSoftDelete": true,
        "enablePurgeProtection": true
      }
    },
    {
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo",
      "location": "[resourceGroup().location]",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": { "customSubDomainName": "foundry-demo", "allowProjectManagement": true }
    },
    {
      "type": "Microsoft.Authorization/roleAssignments",
      "apiVersion": "2022-04-01",
      "scope": "Microsoft.KeyVault/vaults/kv-foundry-demo",
      "name": "[guid(resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo'), resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), variables('secretsOfficer'))]",
      "properties": {
        "roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('secretsOfficer'))]",
        "principalId": "[reference(resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), '2025-04-01-preview', 'full').identity.principalId]",
        "principalType": "ServicePrincipal"
      },
      "dependsOn": [
        "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    },
    {
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/keyvault",
      "properties": {
        "category": "AzureKeyVault",
        "target": "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "authType": "AccountManagedIdentity",
        "metadata": { "ApiType": "Azure", "ResourceId": "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]" }
      },
      "dependsOn": [
        "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    },
    {
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/search",
      "properties": {
        "category": "CognitiveSearch",
        "target": "https://srch-foundry-demo.search.windows.net",
        "authType": "AAD",
        "metadata": { "ApiType": "Azure", "ResourceId": "[resourceId('Microsoft.Search/searchServices', 'srch-foundry-demo')]" }
      },
      "dependsOn": [
        "[resourceId('Microsoft.CognitiveServices/accounts/connections', 'foundry-demo', 'keyvault')]",
        "[extensionResourceId(resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo'), 'Microsoft.Authorization/roleAssignments', guid(resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo'), resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), variables('secretsOfficer')))]"
      ]
    }
  ]
}
```
"""##,
        "single-keyvault-connection": ##"""
# single-keyvault-connection

**Severity:** error · **Applies to:** Bicep, ARM JSON

A Foundry account may have at most one Key Vault connection.

## Why

A Foundry account stores connection secrets in exactly one Key Vault. The service rejects a second
Key Vault connection, whether it is declared on the account or on one of its projects, so the
deployment fails when it reaches it, after part of the template has already been applied. armor
counts Key Vault connections across the whole deployment, modules and loops included, and reports
every one after the first.

## How to fix

- Keep a single Key Vault connection per account, at account level, and let every project use it.
- If you need a different vault, use a different account.
- A loop that creates Key Vault connections from an array must yield at most one per account.

## Examples

The project adds a second Key Vault connection to the same account:

```bicep bad
param location string = resourceGroup().location

var secretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-foundry-demo'
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
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
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
    metadata: { ApiType: 'Azure', ResourceId: vault.id, location: location }
  }
}

resource project 'Microsoft.CognitiveServices/accounts/projects@2025-04-01-preview' = {
  parent: account
  name: 'demo-project'
  location: location
  identity: { type: 'SystemAssigned' }
  properties: {}
}

resource projectKvConnection 'Microsoft.CognitiveServices/accounts/projects/connections@2025-04-01-preview' = { // expect: single-keyvault-connection
  parent: project
  name: 'project-keyvault'
  properties: {
    category: 'AzureKeyVault'
    target: vault.id
    authType: 'ProjectManagedIdentity'
    metadata: { ApiType: 'Azure', ResourceId: vault.id, location: location }
  }
}
```

The project uses the account's Key Vault connection; it needs none of its own:

```bicep good
param location string = resourceGroup().location

var secretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-foundry-demo'
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
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
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
    metadata: { ApiType: 'Azure', ResourceId: vault.id, location: location }
  }
}

resource project 'Microsoft.CognitiveServices/accounts/projects@2025-04-01-preview' = {
  parent: account
  name: 'demo-project'
  location: location
  identity: { type: 'SystemAssigned' }
  properties: {}
}
```

Two account-level Key Vault connections in ARM JSON:

```json bad
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "variables": { "secretsOfficer": "b86a8fe4-44ce-4948-aee5-eccb2c155cd7" },
  "resources": [
    {
      "type": "Microsoft.KeyVault/vaults",
      "apiVersion": "2023-07-01",
      "name": "kv-foundry-demo",
      "location": "[resourceGroup().location]",
      "properties": {
        "tenantId": "[subscription().tenantId]",
        "sku": { "family": "A", "name": "standard" },
        "enableRbacAuthorization": true,
        "enableSoftDelete": true,
        "enablePurgeProtection": true
      }
    },
    {
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo",
      "location": "[resourceGroup().location]",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": { "customSubDomainName": "foundry-demo", "allowProjectManagement": true }
    },
    {
      "type": "Microsoft.Authorization/roleAssignments",
      "apiVersion": "2022-04-01",
      "scope": "Microsoft.KeyVault/vaults/kv-foundry-demo",
      "name": "[guid(resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo'), resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), variables('secretsOfficer'))]",
      "properties": {
        "roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('secretsOfficer'))]",
        "principalId": "[reference(resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), '2025-04-01-preview', 'full').identity.principalId]",
        "principalType": "ServicePrincipal"
      },
      "dependsOn": [
        "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    },
    {
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/keyvault",
      "properties": {
        "category": "AzureKeyVault",
        "target": "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "authType": "AccountManagedIdentity",
        "metadata": { "ApiType": "Azure", "ResourceId": "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]" }
      },
      "dependsOn": [
        "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    },
    { // expect: single-keyvault-connection
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/keyvault-backup",
      "properties": {
        "category": "AzureKeyVault",
        "target": "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "authType": "AccountManagedIdentity",
        "metadata": { "ApiType": "Azure", "ResourceId": "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]" }
      },
      "dependsOn": [
        "[resourceId('Microsoft.CognitiveServices/accounts/connections', 'foundry-demo', 'keyvault')]"
      ]
    }
  ]
}
```

```json good
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "variables": { "secretsOfficer": "b86a8fe4-44ce-4948-aee5-eccb2c155cd7" },
  "resources": [
    {
      "type": "Microsoft.KeyVault/vaults",
      "apiVersion": "2023-07-01",
      "name": "kv-foundry-demo",
      "location": "[resourceGroup().location]",
      "properties": {
        "tenantId": "[subscription().tenantId]",
        "sku": { "family": "A", "name": "standard" },
        "enableRbacAuthorization": true,
        "enableSoftDelete": true,
        "enablePurgeProtection": true
      }
    },
    {
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo",
      "location": "[resourceGroup().location]",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": { "customSubDomainName": "foundry-demo", "allowProjectManagement": true }
    },
    {
      "type": "Microsoft.Authorization/roleAssignments",
      "apiVersion": "2022-04-01",
      "scope": "Microsoft.KeyVault/vaults/kv-foundry-demo",
      "name": "[guid(resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo'), resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), variables('secretsOfficer'))]",
      "properties": {
        "roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('secretsOfficer'))]",
        "principalId": "[reference(resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), '2025-04-01-preview', 'full').identity.principalId]",
        "principalType": "ServicePrincipal"
      },
      "dependsOn": [
        "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    },
    {
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/keyvault",
      "properties": {
        "category": "AzureKeyVault",
        "target": "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "authType": "AccountManagedIdentity",
        "metadata": { "ApiType": "Azure", "ResourceId": "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]" }
      },
      "dependsOn": [
        "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    }
  ]
}
```
"""##,
        "reverse-order-deletion": ##"""
# reverse-order-deletion

**Severity:** error · **Applies to:** Bicep, ARM JSON, scripts

Teardown must delete resources in the reverse of their creation order.

## Why

Deleting a resource while something that was built on top of it still exists breaks the survivor.
A Foundry account refuses to delete its Key Vault connection while other connections exist, and
deleting the vault first leaves the account unable to read the secrets of its connections, so the
later deletes fail or leave orphans behind. armor reads teardown scripts (`.sh`, `.bash`, `.ps1`)
next to the template, matches each delete command (`az cognitiveservices account connection
delete`, `az keyvault delete`, `az resource delete`, `Remove-AzResource`, ...) to a resource of the
template, and checks the order against the template's dependency graph. Resources the template
only refers to (`existing`) count too: deleting a shared vault before the account that uses it
breaks the account just the same. A resource id or name built at run time (`$sub`,
`$(az account show --query id -o tsv)`, `(Get-AzContext).Subscription.Id`, `kv-$STAGE`) is
matched on its known type and name segments when they identify one resource of the template;
the subscription and resource group never decide. armor also follows what scripts usually do:
ids looked up with `az … show --query id`, PowerShell ids built with `-f` or `+`, resources
fetched with `Get-Az…` and piped or passed on, script parameters with defaults
(`${RG:-rg-dev}`, `param([string]$Name = 'x')`), and loops over a written list, which delete in
the list's order.

## How to fix

- Delete in the reverse of the creation order: ordinary connections, then the Key Vault
  connection, then projects, then the account, and the Key Vault only after the account.
- Or delete the parent: deleting the account deletes its projects and connections, and
  `az group delete` removes everything at once.
- `armor plan --teardown main.bicep` prints the correct order, or a runnable `az` / PowerShell
  script.
- A script is paired with its template through `--template`, the `teardown` setting of
  `armor.json`, or the templates in its own folder. A script with deletes that nothing pairs with
  gets an info finding saying it was not checked; a named template that is missing or is not a
  template stops the run (exit 2).

## Examples

The template (`main.bicep`) creates the vault, the account, the grant, the Key Vault connection and then the search connection:

```bicep context
param location string = resourceGroup().location

var secretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-foundry-demo'
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
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
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
    metadata: { ApiType: 'Azure', ResourceId: vault.id, location: location }
  }
}

resource searchConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://srch-foundry-demo.search.windows.net'
    authType: 'AAD'
    metadata: { ApiType: 'Azure', ResourceId: resourceId('Microsoft.Search/searchServices', 'srch-foundry-demo') }
  }
  dependsOn: [kvConnection, kvGrant]
}
```

This script deletes the Key Vault connection while the search connection still exists:

```sh bad
#!/usr/bin/env bash
# Tears down the Foundry demo deployed from main.bicep.
set -euo pipefail
RG=rg-foundry-demo
ACCOUNT=foundry-demo

az cognitiveservices account connection delete -g "$RG" -n "$ACCOUNT" --connection-name keyvault # expect: reverse-order-deletion
az cognitiveservices account connection delete -g "$RG" -n "$ACCOUNT" --connection-name search
az cognitiveservices account delete -g "$RG" -n "$ACCOUNT"
az keyvault delete -g "$RG" -n kv-foundry-demo
```

This one deletes the vault while the account that uses it still exists:

```sh bad
#!/usr/bin/env bash
# Tears down the Foundry demo deployed from main.bicep.
set -euo pipefail
RG=rg-foundry-demo
ACCOUNT=foundry-demo

az cognitiveservices account connection delete -g "$RG" -n "$ACCOUNT" --connection-name search
az cognitiveservices account connection delete -g "$RG" -n "$ACCOUNT" --connection-name keyvault
az keyvault delete -g "$RG" -n kv-foundry-demo # expect: reverse-order-deletion
az cognitiveservices account delete -g "$RG" -n "$ACCOUNT"
```

The same mistake in PowerShell:

```powershell bad
# Tears down the Foundry demo deployed from main.bicep.
$ErrorActionPreference = 'Stop'
$rg = 'rg-foundry-demo'
$account = 'foundry-demo'

Remove-AzResource -ResourceGroupName $rg -ResourceType 'Microsoft.CognitiveServices/accounts/connections' -ResourceName "$account/keyvault" -Force # expect: reverse-order-deletion
Remove-AzResource -ResourceGroupName $rg -ResourceType 'Microsoft.CognitiveServices/accounts/connections' -ResourceName "$account/search" -Force
Remove-AzCognitiveServicesAccount -ResourceGroupName $rg -Name $account -Force
Remove-AzKeyVault -ResourceGroupName $rg -VaultName 'kv-foundry-demo' -Force
```

Ordinary connections first, then the Key Vault connection, the account, and the vault last:

```sh good
#!/usr/bin/env bash
# Tears down the Foundry demo deployed from main.bicep.
set -euo pipefail
RG=rg-foundry-demo
ACCOUNT=foundry-demo

az cognitiveservices account connection delete -g "$RG" -n "$ACCOUNT" --connection-name search
az cognitiveservices account connection delete -g "$RG" -n "$ACCOUNT" --connection-name keyvault
az cognitiveservices account delete -g "$RG" -n "$ACCOUNT"
az keyvault delete -g "$RG" -n kv-foundry-demo
```

Deleting the account takes its projects and connections with it, which is always in order:

```powershell good
# Tears down the Foundry demo deployed from main.bicep.
$ErrorActionPreference = 'Stop'
$rg = 'rg-foundry-demo'
$account = 'foundry-demo'

# Deleting the account deletes its connections with it.
Remove-AzCognitiveServicesAccount -ResourceGroupName $rg -Name $account -Force
Remove-AzKeyVault -ResourceGroupName $rg -VaultName 'kv-foundry-demo' -Force
```

The same rule for a script paired with an ARM template (`azuredeploy.json`):

```json context
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "variables": { "secretsOfficer": "b86a8fe4-44ce-4948-aee5-eccb2c155cd7" },
  "resources": [
    {
      "type": "Microsoft.KeyVault/vaults",
      "apiVersion": "2023-07-01",
      "name": "kv-foundry-demo",
      "location": "[resourceGroup().location]",
      "properties": {
        "tenantId": "[subscription().tenantId]",
        "sku": { "family": "A", "name": "standard" },
        "enableRbacAuthorization": true,
        "enableSoftDelete": true,
        "enablePurgeProtection": true
      }
    },
    {
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo",
      "location": "[resourceGroup().location]",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": { "customSubDomainName": "foundry-demo", "allowProjectManagement": true }
    },
    {
      "type": "Microsoft.Authorization/roleAssignments",
      "apiVersion": "2022-04-01",
      "scope": "Microsoft.KeyVault/vaults/kv-foundry-demo",
      "name": "[guid(resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo'), resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), variables('secretsOfficer'))]",
      "properties": {
        "roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('secretsOfficer'))]",
        "principalId": "[reference(resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), '2025-04-01-preview', 'full').identity.principalId]",
        "principalType": "ServicePrincipal"
      },
      "dependsOn": [
        "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    },
    {
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/keyvault",
      "properties": {
        "category": "AzureKeyVault",
        "target": "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "authType": "AccountManagedIdentity",
        "metadata": { "ApiType": "Azure", "ResourceId": "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]" }
      },
      "dependsOn": [
        "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    },
    {
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/search",
      "properties": {
        "category": "CognitiveSearch",
        "target": "https://srch-foundry-demo.search.windows.net",
        "authType": "AAD",
        "metadata": { "ApiType": "Azure", "ResourceId": "[resourceId('Microsoft.Search/searchServices', 'srch-foundry-demo')]" }
      },
      "dependsOn": [
        "[resourceId('Microsoft.CognitiveServices/accounts/connections', 'foundry-demo', 'keyvault')]",
        "[extensionResourceId(resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo'), 'Microsoft.Authorization/roleAssignments', guid(resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo'), resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), variables('secretsOfficer')))]"
      ]
    }
  ]
}
```

```sh bad
#!/usr/bin/env bash
# Tears down the Foundry demo deployed from azuredeploy.json.
set -euo pipefail
RG=rg-foundry-demo
ACCOUNT=foundry-demo

az keyvault delete -g "$RG" -n kv-foundry-demo # expect: reverse-order-deletion
az cognitiveservices account delete -g "$RG" -n "$ACCOUNT"
```

```sh good
#!/usr/bin/env bash
# Tears down the Foundry demo deployed from azuredeploy.json.
set -euo pipefail
RG=rg-foundry-demo
ACCOUNT=foundry-demo

az cognitiveservices account delete -g "$RG" -n "$ACCOUNT"
az keyvault delete -g "$RG" -n kv-foundry-demo
```

A template that adds connections to an account and a vault that already exist:

```bicep context
param accountName string = 'foundry-shared'
param vaultName string = 'kv-foundry-shared'

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
    metadata: { ApiType: 'Azure', ResourceId: vault.id }
  }
  dependsOn: [kvGrant]
}
```

The shared vault still goes after the account, even when the ids are built at run time:

```powershell bad
$sub = (Get-AzContext).Subscription.Id
$base = '/subscriptions/{0}/resourceGroups/{1}/providers' -f $sub, 'rg-shared'

Remove-AzResource -ResourceId "$base/Microsoft.KeyVault/vaults/kv-foundry-shared" -Force # expect: reverse-order-deletion
Remove-AzResource -ResourceId "$base/Microsoft.CognitiveServices/accounts/foundry-shared" -Force
```

```powershell good
$sub = (Get-AzContext).Subscription.Id
$base = '/subscriptions/{0}/resourceGroups/{1}/providers' -f $sub, 'rg-shared'

Remove-AzResource -ResourceId "$base/Microsoft.CognitiveServices/accounts/foundry-shared" -Force
Remove-AzResource -ResourceId "$base/Microsoft.KeyVault/vaults/kv-foundry-shared" -Force
```
"""##,
        "dependency-cycle": ##"""
# dependency-cycle

**Severity:** error · **Applies to:** Bicep, ARM JSON

Resources whose dependencies form a cycle can never be deployed.

## Why

Azure Resource Manager validates the dependency graph before it creates anything. If resource A
waits for B and B (directly or through other resources, modules or variables) waits for A, the
deployment fails at validation with "Circular dependency detected". The Bicep compiler rejects the
simple cases (BCP080), but cycles through hand-written ARM JSON, `reference()` calls or nested
deployments only show up when you deploy. armor reports one finding per cycle, on its first member
in source order, and names every member in order.

## How to fix

- Break the cycle at the edge that is not really needed: read shared values (address prefixes,
  names) from a variable or parameter instead of from the other resource.
- Move a property that creates the back edge into a separate child resource (for example a
  `subnets` resource, or a `networkSecurityGroups/securityRules` resource) that can wait for both.
- Remove `dependsOn` entries added "just in case".

## Examples

The subnet needs the NSG, and the NSG reads the address space back from the virtual network:

```bicep bad
param location string = resourceGroup().location

var vnetPrefix = '10.20.0.0/16'

resource vnet 'Microsoft.Network/virtualNetworks@2024-01-01' = { // expect: dependency-cycle
  name: 'vnet-app'
  location: location
  properties: {
    addressSpace: { addressPrefixes: [vnetPrefix] }
    subnets: [
      {
        name: 'app'
        properties: {
          addressPrefix: '10.20.1.0/24'
          networkSecurityGroup: { id: nsg.id }
        }
      }
    ]
  }
}

resource nsg 'Microsoft.Network/networkSecurityGroups@2024-01-01' = {
  name: 'nsg-app'
  location: location
  properties: {
    securityRules: [
      {
        name: 'allow-https-from-vnet'
        properties: {
          priority: 100
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: vnet.properties.addressSpace.addressPrefixes[0]
          sourcePortRange: '*'
          destinationAddressPrefix: '*'
          destinationPortRange: '443'
        }
      }
    ]
  }
}
```

Both read the prefix from a variable, so only the virtual network waits for the NSG:

```bicep good
param location string = resourceGroup().location

var vnetPrefix = '10.20.0.0/16'

resource vnet 'Microsoft.Network/virtualNetworks@2024-01-01' = {
  name: 'vnet-app'
  location: location
  properties: {
    addressSpace: { addressPrefixes: [vnetPrefix] }
    subnets: [
      {
        name: 'app'
        properties: {
          addressPrefix: '10.20.1.0/24'
          networkSecurityGroup: { id: nsg.id }
        }
      }
    ]
  }
}

resource nsg 'Microsoft.Network/networkSecurityGroups@2024-01-01' = {
  name: 'nsg-app'
  location: location
  properties: {
    securityRules: [
      {
        name: 'allow-https-from-vnet'
        properties: {
          priority: 100
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: vnetPrefix
          sourcePortRange: '*'
          destinationAddressPrefix: '*'
          destinationPortRange: '443'
        }
      }
    ]
  }
}
```

```json bad
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "variables": { "vnetPrefix": "10.20.0.0/16" },
  "resources": [
    { // expect: dependency-cycle
      "type": "Microsoft.Network/virtualNetworks",
      "apiVersion": "2024-01-01",
      "name": "vnet-app",
      "location": "[resourceGroup().location]",
      "properties": {
        "addressSpace": { "addressPrefixes": ["[variables('vnetPrefix')]"] },
        "subnets": [
          {
            "name": "app",
            "properties": {
              "addressPrefix": "10.20.1.0/24",
              "networkSecurityGroup": { "id": "[resourceId('Microsoft.Network/networkSecurityGroups', 'nsg-app')]" }
            }
          }
        ]
      },
      "dependsOn": [
        "[resourceId('Microsoft.Network/networkSecurityGroups', 'nsg-app')]"
      ]
    },
    {
      "type": "Microsoft.Network/networkSecurityGroups",
      "apiVersion": "2024-01-01",
      "name": "nsg-app",
      "location": "[resourceGroup().location]",
      "properties": {
        "securityRules": [
          {
            "name": "allow-https-from-vnet",
            "properties": {
              "priority": 100, "direction": "Inbound", "access": "Allow", "protocol": "Tcp",
              "sourceAddressPrefix": "[reference(resourceId('Microsoft.Network/virtualNetworks', 'vnet-app'), '2024-01-01').addressSpace.addressPrefixes[0]]",
              "sourcePortRange": "*", "destinationAddressPrefix": "*", "destinationPortRange": "443"
            }
          }
        ]
      },
      "dependsOn": [
        "[resourceId('Microsoft.Network/virtualNetworks', 'vnet-app')]"
      ]
    }
  ]
}
```

```json good
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "variables": { "vnetPrefix": "10.20.0.0/16" },
  "resources": [
    {
      "type": "Microsoft.Network/virtualNetworks",
      "apiVersion": "2024-01-01",
      "name": "vnet-app",
      "location": "[resourceGroup().location]",
      "properties": {
        "addressSpace": { "addressPrefixes": ["[variables('vnetPrefix')]"] },
        "subnets": [
          {
            "name": "app",
            "properties": {
              "addressPrefix": "10.20.1.0/24",
              "networkSecurityGroup": { "id": "[resourceId('Microsoft.Network/networkSecurityGroups', 'nsg-app')]" }
            }
          }
        ]
      },
      "dependsOn": [
        "[resourceId('Microsoft.Network/networkSecurityGroups', 'nsg-app')]"
      ]
    },
    {
      "type": "Microsoft.Network/networkSecurityGroups",
      "apiVersion": "2024-01-01",
      "name": "nsg-app",
      "location": "[resourceGroup().location]",
      "properties": {
        "securityRules": [
          {
            "name": "allow-https-from-vnet",
            "properties": {
              "priority": 100, "direction": "Inbound", "access": "Allow", "protocol": "Tcp",
              "sourceAddressPrefix": "[variables('vnetPrefix')]",
              "sourcePortRange": "*", "destinationAddressPrefix": "*", "destinationPortRange": "443"
            }
          }
        ]
      }
    }
  ]
}
```
"""##,
        "dependson-unknown": ##"""
# dependson-unknown

**Severity:** error · **Applies to:** ARM JSON

A dependsOn entry must name a resource of the same template.

## Why

In ARM JSON, `dependsOn` entries are strings: a resource name, a `type/name` pair, a `resourceId(...)`
or a copy loop name. An entry that matches no resource of the same template (a typo, a resource
that moved to another template, or a resource inside a nested deployment) makes Resource Manager
reject the whole deployment with "The resource '...' is not defined in the template". Nothing is
deployed, but the error only shows up when you deploy.

## How to fix

- Fix the name or type so that it matches a resource deployed by this template (here: depend on
  the storage account, or declare the `blobServices` resource).
- To wait for a resource inside a nested deployment, depend on the `Microsoft.Resources/deployments`
  resource instead.
- Drop the entry if the resource is deployed elsewhere: a resource that already exists needs no
  ordering.

## Examples

The container waits for the blob service `default`, which Azure creates with the storage account but this template does not declare:

```json bad
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Storage/storageAccounts",
      "apiVersion": "2023-05-01",
      "name": "stfoundrydata",
      "location": "[resourceGroup().location]",
      "kind": "StorageV2",
      "sku": { "name": "Standard_LRS" },
      "properties": { "minimumTlsVersion": "TLS1_2", "allowBlobPublicAccess": false }
    },
    { // expect: dependson-unknown
      "type": "Microsoft.Storage/storageAccounts/blobServices/containers",
      "apiVersion": "2023-05-01",
      "name": "stfoundrydata/default/documents",
      "properties": { "publicAccess": "None" },
      "dependsOn": [
        "[resourceId('Microsoft.Storage/storageAccounts/blobServices', 'stfoundrydata', 'default')]"
      ]
    }
  ]
}
```

```json good
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Storage/storageAccounts",
      "apiVersion": "2023-05-01",
      "name": "stfoundrydata",
      "location": "[resourceGroup().location]",
      "kind": "StorageV2",
      "sku": { "name": "Standard_LRS" },
      "properties": { "minimumTlsVersion": "TLS1_2", "allowBlobPublicAccess": false }
    },
    {
      "type": "Microsoft.Storage/storageAccounts/blobServices/containers",
      "apiVersion": "2023-05-01",
      "name": "stfoundrydata/default/documents",
      "properties": { "publicAccess": "None" },
      "dependsOn": [
        "[resourceId('Microsoft.Storage/storageAccounts', 'stfoundrydata')]"
      ]
    }
  ]
}
```

In Bicep, `dependsOn` and `parent` take symbols, so the compiler catches unknown names (BCP057) and this rule has nothing to add:

```bicep good
param location string = resourceGroup().location

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stfoundrydata'
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: { minimumTlsVersion: 'TLS1_2', allowBlobPublicAccess: false }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource documents 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: 'documents'
  properties: { publicAccess: 'None' }
}
```
"""##,
        "missing-dependson": ##"""
# missing-dependson

**Severity:** error · **Applies to:** ARM JSON

A resource that reads another resource of the template by its resource id must depend on it.

## Why

`reference(resourceId(...))` and `listKeys(resourceId(...))` read a resource at deployment time. When
that resource is created by the same template and the reader does not wait for it, Resource Manager
may evaluate the call before the resource exists: the deployment fails with `ResourceNotFound`, or
reads a stale value from an earlier deployment. ARM infers the dependency only when the argument is
the plain resource name (or, in languageVersion 2.0, the symbolic name); a resource id gives no
ordering.

## How to fix

- Add the resource's `resourceId(...)` to the reader's `dependsOn`.
- Or pass the plain resource name to `reference()`, which ARM orders for you.
- In Bicep, read the resource through its symbol (`storage.properties...`); the compiler adds the
  dependency.

## Nested deployments

An inline nested template (`Microsoft.Resources/deployments` with `properties.template`) is a
template of its own. A read inside it names its own declarations first (an inner-scoped template
may declare a resource with the same name as the parent: the read is its own). Its outputs are
read after everything inside has finished. When the id names a declaration of the parent or of a
sibling nested deployment, only the `dependsOn` of the deployment resource can order the read:
armor reports it there, when the name is known and that declaration certainly deploys (templates
often declare the same name in alternative branches, `create` or `use existing`).

## Examples

The connection reads the blob endpoint of a storage account deployed by the same template, but only waits for the account:

```json bad
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Storage/storageAccounts",
      "apiVersion": "2023-05-01",
      "name": "stfoundrydata",
      "location": "[resourceGroup().location]",
      "kind": "StorageV2",
      "sku": { "name": "Standard_LRS" },
      "properties": { "minimumTlsVersion": "TLS1_2", "allowBlobPublicAccess": false }
    },
    {
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo",
      "location": "[resourceGroup().location]",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": { "customSubDomainName": "foundry-demo", "allowProjectManagement": true }
    },
    { // expect: missing-dependson
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/storage",
      "properties": {
        "category": "AzureStorageAccount",
        "target": "[reference(resourceId('Microsoft.Storage/storageAccounts', 'stfoundrydata'), '2023-05-01').primaryEndpoints.blob]",
        "authType": "AAD",
        "metadata": { "ApiType": "Azure", "ResourceId": "[resourceId('Microsoft.Storage/storageAccounts', 'stfoundrydata')]" }
      },
      "dependsOn": [
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    }
  ]
}
```

```json good
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Storage/storageAccounts",
      "apiVersion": "2023-05-01",
      "name": "stfoundrydata",
      "location": "[resourceGroup().location]",
      "kind": "StorageV2",
      "sku": { "name": "Standard_LRS" },
      "properties": { "minimumTlsVersion": "TLS1_2", "allowBlobPublicAccess": false }
    },
    {
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo",
      "location": "[resourceGroup().location]",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": { "customSubDomainName": "foundry-demo", "allowProjectManagement": true }
    },
    {
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/storage",
      "properties": {
        "category": "AzureStorageAccount",
        "target": "[reference(resourceId('Microsoft.Storage/storageAccounts', 'stfoundrydata'), '2023-05-01').primaryEndpoints.blob]",
        "authType": "AAD",
        "metadata": { "ApiType": "Azure", "ResourceId": "[resourceId('Microsoft.Storage/storageAccounts', 'stfoundrydata')]" }
      },
      "dependsOn": [
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]",
        "[resourceId('Microsoft.Storage/storageAccounts', 'stfoundrydata')]"
      ]
    }
  ]
}
```

Bicep writes the dependency itself whenever a resource reads another through its symbol:

```bicep good
param location string = resourceGroup().location

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stfoundrydata'
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: { minimumTlsVersion: 'TLS1_2', allowBlobPublicAccess: false }
}

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
}

resource storageConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'storage'
  properties: {
    category: 'AzureStorageAccount'
    target: storage.properties.primaryEndpoints.blob
    authType: 'AAD'
    metadata: { ApiType: 'Azure', ResourceId: storage.id }
  }
}
```

An inner-scoped nested deployment returns the blob endpoint of the parent's storage account, but
does not wait for it (its outputs run as soon as its own, empty, resource list is done):

```json bad
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Storage/storageAccounts",
      "apiVersion": "2023-05-01",
      "name": "stfoundrydata",
      "location": "[resourceGroup().location]",
      "kind": "StorageV2",
      "sku": { "name": "Standard_LRS" },
      "properties": { "minimumTlsVersion": "TLS1_2", "allowBlobPublicAccess": false }
    },
    { // expect: missing-dependson
      "type": "Microsoft.Resources/deployments",
      "apiVersion": "2022-09-01",
      "name": "endpoints",
      "properties": {
        "mode": "Incremental",
        "expressionEvaluationOptions": { "scope": "inner" },
        "template": {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "resources": [],
          "outputs": {
            "blob": {
              "type": "string",
              "value": "[reference(resourceId('Microsoft.Storage/storageAccounts', 'stfoundrydata'), '2023-05-01').primaryEndpoints.blob]"
            }
          }
        }
      }
    }
  ]
}
```
"""##,
        "unnecessary-dependson": ##"""
# unnecessary-dependson

**Severity:** warning · **Applies to:** Bicep, ARM JSON

An explicit dependsOn entry that is already implied, or that points at an existing resource, orders nothing.

## Why

An explicit `dependsOn` entry that another dependency already implies (the parent, a resource the
body reads, or a resource that is itself waited for) adds no ordering. An entry that points at an
`existing` resource waits for nothing, because nothing is deployed for it. Such entries hide the
dependencies that matter: a reviewer cannot tell which ordering is deliberate, and a real missing
`dependsOn` (such as the one `keyvault-first` asks for) is easy to overlook among them.

## How to fix

- Remove the entry. In Bicep, references (`parent:`, `account.id`, `account.properties...`) already
  create the dependency.
- In ARM JSON, keep only the nearest dependency: a resource that waits for the project already
  waits for the project's account.
- If you meant to wait for something that an `existing` resource stands for, depend on the resource
  or module that deploys it.

## Examples

`parent: account` already orders the project after the account, and the search service is `existing`, so nothing waits for it:

```bicep bad
param location string = resourceGroup().location

resource search 'Microsoft.Search/searchServices@2023-11-01' existing = {
  name: 'srch-foundry-demo'
}

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
}

resource project 'Microsoft.CognitiveServices/accounts/projects@2025-04-01-preview' = { // expect: unnecessary-dependson
  parent: account
  name: 'demo-project'
  location: location
  identity: { type: 'SystemAssigned' }
  properties: {}
  dependsOn: [account]
}

resource searchConnection 'Microsoft.CognitiveServices/accounts/projects/connections@2025-04-01-preview' = { // expect: unnecessary-dependson
  parent: project
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://${search.name}.search.windows.net'
    authType: 'AAD'
    metadata: { ApiType: 'Azure', ResourceId: search.id }
  }
  dependsOn: [search]
}
```

```bicep good
param location string = resourceGroup().location

resource search 'Microsoft.Search/searchServices@2023-11-01' existing = {
  name: 'srch-foundry-demo'
}

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
}

resource project 'Microsoft.CognitiveServices/accounts/projects@2025-04-01-preview' = {
  parent: account
  name: 'demo-project'
  location: location
  identity: { type: 'SystemAssigned' }
  properties: {}
}

resource searchConnection 'Microsoft.CognitiveServices/accounts/projects/connections@2025-04-01-preview' = {
  parent: project
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://${search.name}.search.windows.net'
    authType: 'AAD'
    metadata: { ApiType: 'Azure', ResourceId: search.id }
  }
}
```

The connection waits for the project, which already waits for the account:

```json bad
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo",
      "location": "[resourceGroup().location]",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": { "customSubDomainName": "foundry-demo", "allowProjectManagement": true }
    },
    {
      "type": "Microsoft.CognitiveServices/accounts/projects",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/demo-project",
      "location": "[resourceGroup().location]",
      "identity": { "type": "SystemAssigned" },
      "properties": {},
      "dependsOn": [
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    },
    { // expect: unnecessary-dependson
      "type": "Microsoft.CognitiveServices/accounts/projects/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/demo-project/search",
      "properties": {
        "category": "CognitiveSearch",
        "target": "https://srch-foundry-demo.search.windows.net",
        "authType": "AAD",
        "metadata": { "ApiType": "Azure", "ResourceId": "[resourceId('Microsoft.Search/searchServices', 'srch-foundry-demo')]" }
      },
      "dependsOn": [
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]",
        "[resourceId('Microsoft.CognitiveServices/accounts/projects', 'foundry-demo', 'demo-project')]"
      ]
    }
  ]
}
```

```json good
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo",
      "location": "[resourceGroup().location]",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": { "customSubDomainName": "foundry-demo", "allowProjectManagement": true }
    },
    {
      "type": "Microsoft.CognitiveServices/accounts/projects",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/demo-project",
      "location": "[resourceGroup().location]",
      "identity": { "type": "SystemAssigned" },
      "properties": {},
      "dependsOn": [
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    },
    {
      "type": "Microsoft.CognitiveServices/accounts/projects/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/demo-project/search",
      "properties": {
        "category": "CognitiveSearch",
        "target": "https://srch-foundry-demo.search.windows.net",
        "authType": "AAD",
        "metadata": { "ApiType": "Azure", "ResourceId": "[resourceId('Microsoft.Search/searchServices', 'srch-foundry-demo')]" }
      },
      "dependsOn": [
        "[resourceId('Microsoft.CognitiveServices/accounts/projects', 'foundry-demo', 'demo-project')]"
      ]
    }
  ]
}
```
"""##,
        "connection-managed-identity": ##"""
# connection-managed-identity

**Severity:** info · **Applies to:** Bicep, ARM JSON

Connections should authenticate with a managed identity rather than keys or secrets where the target supports Microsoft Entra ID.

## Why

A connection with `ApiKey`, `AccountKey`, `SAS`, `ServicePrincipal` or `CustomKeys` credentials
copies a long-lived secret into the account's secret store. Keys do not expire on their own, are
shared by every caller, and keep working after someone leaves the team; rotating them breaks the
connection until it is updated. Azure Storage, Azure AI Search, Azure OpenAI, Foundry Tools and
Cosmos DB all accept Microsoft Entra ID, so the account's managed identity can authenticate with no
secret at all.

## How to fix

- Set `authType: 'AAD'` (or `AccountManagedIdentity` / `ProjectManagedIdentity` where the category
  supports it) and drop `credentials`.
- Grant the account's (or project's) identity a data-plane role on the target, for example
  Storage Blob Data Reader, Search Index Data Reader or Cognitive Services OpenAI User.
- Keep keys only for targets that have no Entra ID support (custom APIs); see also
  `connection-secret-literal`.

## Examples

The storage connection authenticates with the account key:

```bicep bad
param location string = resourceGroup().location

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: 'stfoundrydata'
}

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
}

resource storageConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = { // expect: connection-managed-identity
  parent: account
  name: 'storage'
  properties: {
    category: 'AzureStorageAccount'
    target: storage.properties.primaryEndpoints.blob
    authType: 'AccountKey'
    credentials: { key: storage.listKeys().keys[0].value }
    metadata: { ApiType: 'Azure', ResourceId: storage.id }
  }
}
```

Microsoft Entra ID (`AAD`) instead; grant the account's identity a data role such as Storage Blob Data Reader on the storage account:

```bicep good
param location string = resourceGroup().location

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: 'stfoundrydata'
}

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
}

resource storageConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'storage'
  properties: {
    category: 'AzureStorageAccount'
    target: storage.properties.primaryEndpoints.blob
    authType: 'AAD'
    metadata: { ApiType: 'Azure', ResourceId: storage.id }
  }
}
```

An Azure OpenAI connection with an API key:

```json bad
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "openAiName": { "type": "string", "defaultValue": "aoai-shared" }
  },
  "resources": [
    {
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo",
      "location": "[resourceGroup().location]",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": { "customSubDomainName": "foundry-demo", "allowProjectManagement": true }
    },
    { // expect: connection-managed-identity
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/openai",
      "properties": {
        "category": "AzureOpenAI",
        "target": "[format('https://{0}.openai.azure.com/', parameters('openAiName'))]",
        "authType": "ApiKey",
        "credentials": { "key": "[listKeys(resourceId('Microsoft.CognitiveServices/accounts', parameters('openAiName')), '2024-10-01').key1]" },
        "metadata": { "ApiType": "Azure", "ResourceId": "[resourceId('Microsoft.CognitiveServices/accounts', parameters('openAiName'))]" }
      },
      "dependsOn": [
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    }
  ]
}
```

```json good
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "openAiName": { "type": "string", "defaultValue": "aoai-shared" }
  },
  "resources": [
    {
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo",
      "location": "[resourceGroup().location]",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": { "customSubDomainName": "foundry-demo", "allowProjectManagement": true }
    },
    {
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/openai",
      "properties": {
        "category": "AzureOpenAI",
        "target": "[format('https://{0}.openai.azure.com/', parameters('openAiName'))]",
        "authType": "AAD",
        "metadata": { "ApiType": "Azure", "ResourceId": "[resourceId('Microsoft.CognitiveServices/accounts', parameters('openAiName'))]" }
      },
      "dependsOn": [
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    }
  ]
}
```
"""##,
        "connection-secret-literal": ##"""
# connection-secret-literal

**Severity:** error · **Applies to:** Bicep, ARM JSON

Connection credentials must not be literal secrets or come from parameters that are not secure.

## Why

A key written into a template ends up in source control, in every copy of the repository and in
the deployment history of the resource group, where anyone with read access can see it. A plain
`string` parameter is no better: Resource Manager records its value in the deployment's inputs.
Only `@secure()` parameters (`securestring` in ARM JSON) and values read at deployment time
(`listKeys()`, Key Vault references) stay out of the logs.

## How to fix

- Prefer no secret at all: use `authType: 'AAD'` where the target supports Microsoft Entra ID (see
  `connection-managed-identity`).
- Otherwise pass the secret as a `@secure()` parameter, fed from a Key Vault reference in the
  `.bicepparam` file (`getSecret(...)`) or from your pipeline's secret store.
- Rotate any key that was ever committed.

## Examples

The API key is written into the template, and so into source control and the deployment history:

```bicep bad
param location string = resourceGroup().location

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
}

resource weatherConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = { // expect: connection-secret-literal
  parent: account
  name: 'weather-api'
  properties: {
    category: 'CustomKeys'
    target: 'https://api.weather.example.com'
    authType: 'CustomKeys'
    credentials: {
      keys: { 'x-api-key': '9f2c6e1a7b3d4c58a0e1f2b3c4d5e6f7' }
    }
  }
}
```

A parameter without `@secure()` is logged in the deployment history in clear text (reported as a warning):

```bicep bad
param location string = resourceGroup().location

param weatherApiKey string

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
}

resource weatherConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = { // expect: connection-secret-literal
  parent: account
  name: 'weather-api'
  properties: {
    category: 'CustomKeys'
    target: 'https://api.weather.example.com'
    authType: 'CustomKeys'
    credentials: {
      keys: { 'x-api-key': weatherApiKey }
    }
  }
}
```

```bicep good
param location string = resourceGroup().location

@secure()
param weatherApiKey string

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
}

resource weatherConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'weather-api'
  properties: {
    category: 'CustomKeys'
    target: 'https://api.weather.example.com'
    authType: 'CustomKeys'
    credentials: {
      keys: { 'x-api-key': weatherApiKey }
    }
  }
}
```

```json bad
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo",
      "location": "[resourceGroup().location]",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": { "customSubDomainName": "foundry-demo", "allowProjectManagement": true }
    },
    { // expect: connection-secret-literal
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/weather-api",
      "properties": {
        "category": "CustomKeys",
        "target": "https://api.weather.example.com",
        "authType": "CustomKeys",
        "credentials": { "keys": { "x-api-key": "9f2c6e1a7b3d4c58a0e1f2b3c4d5e6f7" } }
      },
      "dependsOn": [
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    }
  ]
}
```

```json good
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "weatherApiKey": { "type": "securestring" }
  },
  "resources": [
    {
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo",
      "location": "[resourceGroup().location]",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": { "customSubDomainName": "foundry-demo", "allowProjectManagement": true }
    },
    {
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/weather-api",
      "properties": {
        "category": "CustomKeys",
        "target": "https://api.weather.example.com",
        "authType": "CustomKeys",
        "credentials": { "keys": { "x-api-key": "[parameters('weatherApiKey')]" } }
      },
      "dependsOn": [
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    }
  ]
}
```
"""##,
        "role-assignment-principal-type": ##"""
# role-assignment-principal-type

**Severity:** warning · **Applies to:** Bicep, ARM JSON

A role assignment to a managed identity created in the same deployment must set principalType to ServicePrincipal.

## Why

A new managed identity takes a while to replicate through Microsoft Entra ID. Without
`principalType`, Resource Manager looks the principal up first, and a lookup that lands on a
replica that has not seen it yet fails with `PrincipalNotFound`. The failure is intermittent, so it
passes in testing and breaks a later deployment. With `principalType: 'ServicePrincipal'` the
lookup is skipped.

## How to fix

- Add `principalType: 'ServicePrincipal'` to every role assignment whose `principalId` is the
  identity of a resource (account, project, user-assigned identity) deployed by the same template.

## Examples

The account's identity is created in this deployment, and the assignment does not say what kind of principal it is:

```bicep bad
param location string = resourceGroup().location

var blobDataReader = '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stfoundrydata'
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: { minimumTlsVersion: 'TLS1_2', allowBlobPublicAccess: false }
}

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
}

resource blobReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = { // expect: role-assignment-principal-type
  name: guid(storage.id, account.id, blobDataReader)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', blobDataReader)
    principalId: account.identity.principalId
  }
}
```

```bicep good
param location string = resourceGroup().location

var blobDataReader = '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stfoundrydata'
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: { minimumTlsVersion: 'TLS1_2', allowBlobPublicAccess: false }
}

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
}

resource blobReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, account.id, blobDataReader)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', blobDataReader)
    principalId: account.identity.principalId
    principalType: 'ServicePrincipal'
  }
}
```

```json bad
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "variables": { "blobDataReader": "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1" },
  "resources": [
    {
      "type": "Microsoft.Storage/storageAccounts",
      "apiVersion": "2023-05-01",
      "name": "stfoundrydata",
      "location": "[resourceGroup().location]",
      "kind": "StorageV2",
      "sku": { "name": "Standard_LRS" },
      "properties": { "minimumTlsVersion": "TLS1_2", "allowBlobPublicAccess": false }
    },
    {
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo",
      "location": "[resourceGroup().location]",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": { "customSubDomainName": "foundry-demo", "allowProjectManagement": true }
    },
    { // expect: role-assignment-principal-type
      "type": "Microsoft.Authorization/roleAssignments",
      "apiVersion": "2022-04-01",
      "scope": "Microsoft.Storage/storageAccounts/stfoundrydata",
      "name": "[guid(resourceId('Microsoft.Storage/storageAccounts', 'stfoundrydata'), resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), variables('blobDataReader'))]",
      "properties": {
        "roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('blobDataReader'))]",
        "principalId": "[reference(resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), '2025-04-01-preview', 'full').identity.principalId]"
      },
      "dependsOn": [
        "[resourceId('Microsoft.Storage/storageAccounts', 'stfoundrydata')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    }
  ]
}
```

```json good
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "variables": { "blobDataReader": "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1" },
  "resources": [
    {
      "type": "Microsoft.Storage/storageAccounts",
      "apiVersion": "2023-05-01",
      "name": "stfoundrydata",
      "location": "[resourceGroup().location]",
      "kind": "StorageV2",
      "sku": { "name": "Standard_LRS" },
      "properties": { "minimumTlsVersion": "TLS1_2", "allowBlobPublicAccess": false }
    },
    {
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo",
      "location": "[resourceGroup().location]",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": { "customSubDomainName": "foundry-demo", "allowProjectManagement": true }
    },
    {
      "type": "Microsoft.Authorization/roleAssignments",
      "apiVersion": "2022-04-01",
      "scope": "Microsoft.Storage/storageAccounts/stfoundrydata",
      "name": "[guid(resourceId('Microsoft.Storage/storageAccounts', 'stfoundrydata'), resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), variables('blobDataReader'))]",
      "properties": {
        "roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('blobDataReader'))]",
        "principalId": "[reference(resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), '2025-04-01-preview', 'full').identity.principalId]",
        "principalType": "ServicePrincipal"
      },
      "dependsOn": [
        "[resourceId('Microsoft.Storage/storageAccounts', 'stfoundrydata')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    }
  ]
}
```
"""##,
        "role-assignment-stable-name": ##"""
# role-assignment-stable-name

**Severity:** warning · **Applies to:** Bicep, ARM JSON

A role assignment name must be a deterministic guid() of its scope and its role or principal.

## Why

A role assignment's name is a GUID, and Azure allows only one assignment per (scope, role,
principal). A name from `newGuid()` changes on every deployment, so redeploying the unchanged
template fails with `RoleAssignmentExists`. A literal GUID or a one-argument `guid()` is the same for
different assignments, so the second one overwrites or collides with the first (`RoleAssignmentUpdateNotPermitted`).

## How to fix

- Name the assignment `guid(<scope>.id, <principal resource>.id, <role id>)`. For a principal
  created in the same deployment use its resource id: Bicep does not allow runtime values such as
  `principalId` in names.
- Use at least two of the values that identify the assignment: the scope and the role or the
  principal.

## Examples

`newGuid()` gives a new name on every deployment, so the second run fails with `RoleAssignmentExists`:

```bicep bad
param location string = resourceGroup().location

@description('Role assignment name.')
param assignmentName string = newGuid()

var blobDataReader = '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stfoundrydata'
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: { minimumTlsVersion: 'TLS1_2', allowBlobPublicAccess: false }
}

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
}

resource blobReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = { // expect: role-assignment-stable-name
  name: assignmentName
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', blobDataReader)
    principalId: account.identity.principalId
    principalType: 'ServicePrincipal'
  }
}
```

A `guid()` of the principal alone gives the same name to every role this identity gets, anywhere in the resource group:

```bicep bad
param location string = resourceGroup().location

var blobDataReader = '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stfoundrydata'
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: { minimumTlsVersion: 'TLS1_2', allowBlobPublicAccess: false }
}

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
}

resource blobReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = { // expect: role-assignment-stable-name
  name: guid(account.id)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', blobDataReader)
    principalId: account.identity.principalId
    principalType: 'ServicePrincipal'
  }
}
```

The scope, the principal and the role together make a name that is the same on every run and unique:

```bicep good
param location string = resourceGroup().location

var blobDataReader = '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stfoundrydata'
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: { minimumTlsVersion: 'TLS1_2', allowBlobPublicAccess: false }
}

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
}

resource blobReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, account.id, blobDataReader)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', blobDataReader)
    principalId: account.identity.principalId
    principalType: 'ServicePrincipal'
  }
}
```

A literal GUID collides as soon as the template is deployed to a second resource group or copied:

```json bad
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "variables": { "blobDataReader": "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1" },
  "resources": [
    {
      "type": "Microsoft.Storage/storageAccounts",
      "apiVersion": "2023-05-01",
      "name": "stfoundrydata",
      "location": "[resourceGroup().location]",
      "kind": "StorageV2",
      "sku": { "name": "Standard_LRS" },
      "properties": { "minimumTlsVersion": "TLS1_2", "allowBlobPublicAccess": false }
    },
    {
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo",
      "location": "[resourceGroup().location]",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": { "customSubDomainName": "foundry-demo", "allowProjectManagement": true }
    },
    { // expect: role-assignment-stable-name
      "type": "Microsoft.Authorization/roleAssignments",
      "apiVersion": "2022-04-01",
      "scope": "Microsoft.Storage/storageAccounts/stfoundrydata",
      "name": "4f8a2c1e-9b7d-4e3a-8c6f-1d2e3f4a5b6c",
      "properties": {
        "roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('blobDataReader'))]",
        "principalId": "[reference(resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), '2025-04-01-preview', 'full').identity.principalId]",
        "principalType": "ServicePrincipal"
      },
      "dependsOn": [
        "[resourceId('Microsoft.Storage/storageAccounts', 'stfoundrydata')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    }
  ]
}
```

```json good
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "variables": { "blobDataReader": "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1" },
  "resources": [
    {
      "type": "Microsoft.Storage/storageAccounts",
      "apiVersion": "2023-05-01",
      "name": "stfoundrydata",
      "location": "[resourceGroup().location]",
      "kind": "StorageV2",
      "sku": { "name": "Standard_LRS" },
      "properties": { "minimumTlsVersion": "TLS1_2", "allowBlobPublicAccess": false }
    },
    {
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo",
      "location": "[resourceGroup().location]",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": { "customSubDomainName": "foundry-demo", "allowProjectManagement": true }
    },
    {
      "type": "Microsoft.Authorization/roleAssignments",
      "apiVersion": "2022-04-01",
      "scope": "Microsoft.Storage/storageAccounts/stfoundrydata",
      "name": "[guid(resourceId('Microsoft.Storage/storageAccounts', 'stfoundrydata'), resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), variables('blobDataReader'))]",
      "properties": {
        "roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('blobDataReader'))]",
        "principalId": "[reference(resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), '2025-04-01-preview', 'full').identity.principalId]",
        "principalType": "ServicePrincipal"
      },
      "dependsOn": [
        "[resourceId('Microsoft.Storage/storageAccounts', 'stfoundrydata')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    }
  ]
}
```
"""##,
        "keyvault-role-least-privilege": ##"""
# keyvault-role-least-privilege

**Severity:** info · **Applies to:** Bicep, ARM JSON

A Key Vault connection needs only Key Vault Secrets Officer, not Administrator or Contributor.

## Why

A Foundry account uses its Key Vault connection only to create, read, update and delete the
secrets of its other connections. Key Vault Administrator also grants every key and certificate
operation and purge; Key Vault Contributor manages the vault itself (and, for vaults with access
policies, can grant itself anything). Anyone who can act as the account's identity, including every
project and agent running under it, inherits those rights.

## How to fix

- Grant **Key Vault Secrets Officer** (`b86a8fe4-44ce-4948-aee5-eccb2c155cd7`) on the vault instead.
- Keep the broader role only if the same identity needs it for something else, and then say so in
  a comment with `#disable-next-line keyvault-role-least-privilege`.

## Examples

The account gets Key Vault Administrator, which also lets it delete keys, change access and purge:

```bicep bad
param location string = resourceGroup().location

var kvAdministrator = '00482a5a-887f-4fb3-b363-3b7fe8e74483'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-foundry-demo'
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
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
}

resource kvGrant 'Microsoft.Authorization/roleAssignments@2022-04-01' = { // expect: keyvault-role-least-privilege
  name: guid(vault.id, account.id, kvAdministrator)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', kvAdministrator)
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
    metadata: { ApiType: 'Azure', ResourceId: vault.id, location: location }
  }
}

resource searchConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://srch-foundry-demo.search.windows.net'
    authType: 'AAD'
    metadata: { ApiType: 'Azure', ResourceId: resourceId('Microsoft.Search/searchServices', 'srch-foundry-demo') }
  }
  dependsOn: [kvConnection, kvGrant]
}
```

```bicep good
param location string = resourceGroup().location

var secretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-foundry-demo'
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
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
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
    metadata: { ApiType: 'Azure', ResourceId: vault.id, location: location }
  }
}

resource searchConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://srch-foundry-demo.search.windows.net'
    authType: 'AAD'
    metadata: { ApiType: 'Azure', ResourceId: resourceId('Microsoft.Search/searchServices', 'srch-foundry-demo') }
  }
  dependsOn: [kvConnection, kvGrant]
}
```

Key Vault Contributor in ARM JSON:

```json bad
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "variables": { "kvContributor": "f25e0fa2-a7c8-4377-a976-54943a77a395" },
  "resources": [
    {
      "type": "Microsoft.KeyVault/vaults",
      "apiVersion": "2023-07-01",
      "name": "kv-foundry-demo",
      "location": "[resourceGroup().location]",
      "properties": {
        "tenantId": "[subscription().tenantId]",
        "sku": { "family": "A", "name": "standard" },
        "enableRbacAuthorization": true,
        "enableSoftDelete": true,
        "enablePurgeProtection": true
      }
    },
    {
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo",
      "location": "[resourceGroup().location]",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": { "customSubDomainName": "foundry-demo", "allowProjectManagement": true }
    },
    { // expect: keyvault-role-least-privilege
      "type": "Microsoft.Authorization/roleAssignments",
      "apiVersion": "2022-04-01",
      "scope": "Microsoft.KeyVault/vaults/kv-foundry-demo",
      "name": "[guid(resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo'), resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), variables('kvContributor'))]",
      "properties": {
        "roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('kvContributor'))]",
        "principalId": "[reference(resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), '2025-04-01-preview', 'full').identity.principalId]",
        "principalType": "ServicePrincipal"
      },
      "dependsOn": [
        "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    },
    {
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/keyvault",
      "properties": {
        "category": "AzureKeyVault",
        "target": "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "authType": "AccountManagedIdentity",
        "metadata": { "ApiType": "Azure", "ResourceId": "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]" }
      },
      "dependsOn": [
        "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    },
    {
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/search",
      "properties": {
        "category": "CognitiveSearch",
        "target": "https://srch-foundry-demo.search.windows.net",
        "authType": "AAD",
        "metadata": { "ApiType": "Azure", "ResourceId": "[resourceId('Microsoft.Search/searchServices', 'srch-foundry-demo')]" }
      },
      "dependsOn": [
        "[resourceId('Microsoft.CognitiveServices/accounts/connections', 'foundry-demo', 'keyvault')]",
        "[extensionResourceId(resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo'), 'Microsoft.Authorization/roleAssignments', guid(resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo'), resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), variables('kvContributor')))]"
      ]
    }
  ]
}
```

```json good
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "variables": { "secretsOfficer": "b86a8fe4-44ce-4948-aee5-eccb2c155cd7" },
  "resources": [
    {
      "type": "Microsoft.KeyVault/vaults",
      "apiVersion": "2023-07-01",
      "name": "kv-foundry-demo",
      "location": "[resourceGroup().location]",
      "properties": {
        "tenantId": "[subscription().tenantId]",
        "sku": { "family": "A", "name": "standard" },
        "enableRbacAuthorization": true,
        "enableSoftDelete": true,
        "enablePurgeProtection": true
      }
    },
    {
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo",
      "location": "[resourceGroup().location]",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": { "customSubDomainName": "foundry-demo", "allowProjectManagement": true }
    },
    {
      "type": "Microsoft.Authorization/roleAssignments",
      "apiVersion": "2022-04-01",
      "scope": "Microsoft.KeyVault/vaults/kv-foundry-demo",
      "name": "[guid(resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo'), resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), variables('secretsOfficer'))]",
      "properties": {
        "roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('secretsOfficer'))]",
        "principalId": "[reference(resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), '2025-04-01-preview', 'full').identity.principalId]",
        "principalType": "ServicePrincipal"
      },
      "dependsOn": [
        "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    },
    {
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/keyvault",
      "properties": {
        "category": "AzureKeyVault",
        "target": "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "authType": "AccountManagedIdentity",
        "metadata": { "ApiType": "Azure", "ResourceId": "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]" }
      },
      "dependsOn": [
        "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    },
    {
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/search",
      "properties": {
        "category": "CognitiveSearch",
        "target": "https://srch-foundry-demo.search.windows.net",
        "authType": "AAD",
        "metadata": { "ApiType": "Azure", "ResourceId": "[resourceId('Microsoft.Search/searchServices', 'srch-foundry-demo')]" }
      },
      "dependsOn": [
        "[resourceId('Microsoft.CognitiveServices/accounts/connections', 'foundry-demo', 'keyvault')]",
        "[extensionResourceId(resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo'), 'Microsoft.Authorization/roleAssignments', guid(resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo'), resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), variables('secretsOfficer')))]"
      ]
    }
  ]
}
```
"""##,
        "private-endpoint-region": ##"""
# private-endpoint-region

**Severity:** error · **Applies to:** Bicep, ARM JSON

A private endpoint must be in the same region as its virtual network.

## Why

A private endpoint is a network interface inside a subnet, so Azure requires it to be in the
region of that subnet's virtual network; the region of the resource it connects to does not
matter. A private endpoint placed in the target's region instead (a common slip when the account
lives where the models are) fails to deploy with `InvalidResourceReference` or a location mismatch
error, after the rest of the template has been applied.

## How to fix

- Set the private endpoint's `location` to the virtual network's location (for example
  `vnet.location`, or the parameter the network uses).
- A private endpoint may connect to an account in another region; only the network must match.

## Examples

The private endpoint follows the account to Sweden Central, but its network is in West Europe:

```bicep bad
@description('Region of the Foundry account (where the models are).')
param location string = 'swedencentral'

@description('Region of the existing network.')
param vnetLocation string = 'westeurope'

resource vnet 'Microsoft.Network/virtualNetworks@2024-01-01' = {
  name: 'vnet-foundry'
  location: vnetLocation
  properties: {
    addressSpace: { addressPrefixes: ['10.40.0.0/16'] }
    subnets: [
      { name: 'private-endpoints', properties: { addressPrefix: '10.40.1.0/24' } }
    ]
  }
}

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: {
    customSubDomainName: 'foundry-demo'
    allowProjectManagement: true
    publicNetworkAccess: 'Disabled'
  }
}

resource accountPe 'Microsoft.Network/privateEndpoints@2024-01-01' = { // expect: private-endpoint-region
  name: 'pe-foundry-demo'
  location: location
  properties: {
    subnet: { id: vnet.properties.subnets[0].id }
    privateLinkServiceConnections: [
      {
        name: 'foundry'
        properties: { privateLinkServiceId: account.id, groupIds: ['account'] }
      }
    ]
  }
}
```

The endpoint lives with its network; it can still reach an account in another region:

```bicep good
@description('Region of the Foundry account (where the models are).')
param location string = 'swedencentral'

@description('Region of the existing network.')
param vnetLocation string = 'westeurope'

resource vnet 'Microsoft.Network/virtualNetworks@2024-01-01' = {
  name: 'vnet-foundry'
  location: vnetLocation
  properties: {
    addressSpace: { addressPrefixes: ['10.40.0.0/16'] }
    subnets: [
      { name: 'private-endpoints', properties: { addressPrefix: '10.40.1.0/24' } }
    ]
  }
}

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: {
    customSubDomainName: 'foundry-demo'
    allowProjectManagement: true
    publicNetworkAccess: 'Disabled'
  }
}

resource accountPe 'Microsoft.Network/privateEndpoints@2024-01-01' = {
  name: 'pe-foundry-demo'
  location: vnetLocation
  properties: {
    subnet: { id: vnet.properties.subnets[0].id }
    privateLinkServiceConnections: [
      {
        name: 'foundry'
        properties: { privateLinkServiceId: account.id, groupIds: ['account'] }
      }
    ]
  }
}
```

```json bad
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "swedencentral" },
    "vnetLocation": { "type": "string", "defaultValue": "westeurope" }
  },
  "resources": [
    {
      "type": "Microsoft.Network/virtualNetworks",
      "apiVersion": "2024-01-01",
      "name": "vnet-foundry",
      "location": "[parameters('vnetLocation')]",
      "properties": {
        "addressSpace": { "addressPrefixes": ["10.40.0.0/16"] },
        "subnets": [
          { "name": "private-endpoints", "properties": { "addressPrefix": "10.40.1.0/24" } }
        ]
      }
    },
    {
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo",
      "location": "[parameters('location')]",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": { "customSubDomainName": "foundry-demo", "publicNetworkAccess": "Disabled" }
    },
    { // expect: private-endpoint-region
      "type": "Microsoft.Network/privateEndpoints",
      "apiVersion": "2024-01-01",
      "name": "pe-foundry-demo",
      "location": "[parameters('location')]",
      "properties": {
        "subnet": { "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-foundry', 'private-endpoints')]" },
        "privateLinkServiceConnections": [
          {
            "name": "foundry",
            "properties": { "privateLinkServiceId": "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]", "groupIds": ["account"] }
          }
        ]
      },
      "dependsOn": [
        "[resourceId('Microsoft.Network/virtualNetworks', 'vnet-foundry')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    }
  ]
}
```

```json good
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "swedencentral" },
    "vnetLocation": { "type": "string", "defaultValue": "westeurope" }
  },
  "resources": [
    {
      "type": "Microsoft.Network/virtualNetworks",
      "apiVersion": "2024-01-01",
      "name": "vnet-foundry",
      "location": "[parameters('vnetLocation')]",
      "properties": {
        "addressSpace": { "addressPrefixes": ["10.40.0.0/16"] },
        "subnets": [
          { "name": "private-endpoints", "properties": { "addressPrefix": "10.40.1.0/24" } }
        ]
      }
    },
    {
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo",
      "location": "[parameters('location')]",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": { "customSubDomainName": "foundry-demo", "publicNetworkAccess": "Disabled" }
    },
    {
      "type": "Microsoft.Network/privateEndpoints",
      "apiVersion": "2024-01-01",
      "name": "pe-foundry-demo",
      "location": "[parameters('vnetLocation')]",
      "properties": {
        "subnet": { "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-foundry', 'private-endpoints')]" },
        "privateLinkServiceConnections": [
          {
            "name": "foundry",
            "properties": { "privateLinkServiceId": "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]", "groupIds": ["account"] }
          }
        ]
      },
      "dependsOn": [
        "[resourceId('Microsoft.Network/virtualNetworks', 'vnet-foundry')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    }
  ]
}
```
"""##,
        "vnet-docker-bridge-range": ##"""
# vnet-docker-bridge-range

**Severity:** warning · **Applies to:** Bicep, ARM JSON

Virtual network and subnet address ranges must not overlap the Docker bridge range 172.17.0.0/16.

## Why

Container hosts (the Foundry Agent Service's network-injected compute, Azure Container Apps,
Azure Machine Learning compute, AKS nodes, build agents) run Docker, whose default bridge network
is 172.17.0.0/16. A container that sends traffic to an address in that range reaches the local
bridge instead of your network, so connections to private endpoints or services in an overlapping
subnet time out. The failure appears only at run time, long after the deployment succeeded.

## How to fix

- Pick address spaces outside 172.17.0.0/16, for example from 10.0.0.0/8 or 192.168.0.0/16.
- If the range is fixed by an existing network, keep the subnets used by containers and private
  endpoints out of 172.17.x.x.

## Examples

The agent network uses 172.17.0.0/16; the address space and both subnets overlap the Docker bridge (one finding on the virtual network):

```bicep bad
param location string = resourceGroup().location

resource vnet 'Microsoft.Network/virtualNetworks@2024-01-01' = { // expect: vnet-docker-bridge-range
  name: 'vnet-agents'
  location: location
  properties: {
    addressSpace: { addressPrefixes: ['172.17.0.0/16'] }
    subnets: [
      {
        name: 'agents'
        properties: {
          addressPrefix: '172.17.0.0/24'
          delegations: [
            { name: 'apps', properties: { serviceName: 'Microsoft.App/environments' } }
          ]
        }
      }
      { name: 'private-endpoints', properties: { addressPrefix: '172.17.1.0/24' } }
    ]
  }
}
```

```bicep good
param location string = resourceGroup().location

resource vnet 'Microsoft.Network/virtualNetworks@2024-01-01' = {
  name: 'vnet-agents'
  location: location
  properties: {
    addressSpace: { addressPrefixes: ['10.50.0.0/16'] }
    subnets: [
      {
        name: 'agents'
        properties: {
          addressPrefix: '10.50.0.0/24'
          delegations: [
            { name: 'apps', properties: { serviceName: 'Microsoft.App/environments' } }
          ]
        }
      }
      { name: 'private-endpoints', properties: { addressPrefix: '10.50.1.0/24' } }
    ]
  }
}
```

```json bad
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    { // expect: vnet-docker-bridge-range
      "type": "Microsoft.Network/virtualNetworks",
      "apiVersion": "2024-01-01",
      "name": "vnet-agents",
      "location": "[resourceGroup().location]",
      "properties": {
        "addressSpace": { "addressPrefixes": ["172.17.0.0/16"] },
        "subnets": [
          {
            "name": "agents",
            "properties": {
              "addressPrefix": "172.17.0.0/24",
              "delegations": [ { "name": "apps", "properties": { "serviceName": "Microsoft.App/environments" } } ]
            }
          },
          { "name": "private-endpoints", "properties": { "addressPrefix": "172.17.1.0/24" } }
        ]
      }
    }
  ]
}
```

```json good
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Network/virtualNetworks",
      "apiVersion": "2024-01-01",
      "name": "vnet-agents",
      "location": "[resourceGroup().location]",
      "properties": {
        "addressSpace": { "addressPrefixes": ["10.50.0.0/16"] },
        "subnets": [
          {
            "name": "agents",
            "properties": {
              "addressPrefix": "10.50.0.0/24",
              "delegations": [ { "name": "apps", "properties": { "serviceName": "Microsoft.App/environments" } } ]
            }
          },
          { "name": "private-endpoints", "properties": { "addressPrefix": "10.50.1.0/24" } }
        ]
      }
    }
  ]
}
```
"""##,
        "private-endpoint-public-access": ##"""
# private-endpoint-public-access

**Severity:** warning · **Applies to:** Bicep, ARM JSON

A Foundry account or hub reached through a private endpoint should disable public network access.

## Why

A private endpoint adds a private path to a Foundry account (or an Azure Machine Learning hub,
`kind: 'Hub'`); it does not close the public one. While `publicNetworkAccess` is `Enabled` (or
left out, which means enabled), the account still answers on its public endpoint, so the private
endpoint gives no isolation and data-exfiltration policies that rely on it are bypassed.

## How to fix

- Set `publicNetworkAccess: 'Disabled'` on the account (for a hub, on the
  `Microsoft.MachineLearningServices/workspaces` resource).
- If some clients must still reach it publicly, use `networkAcls` with `defaultAction: 'Deny'` and
  explicit IP rules, and suppress this finding with a comment explaining why.

## Examples

The account gets a private endpoint but still accepts traffic from the internet:

```bicep bad
@description('Region of the Foundry account (where the models are).')
param location string = 'swedencentral'

@description('Region of the existing network.')
param vnetLocation string = 'westeurope'

resource vnet 'Microsoft.Network/virtualNetworks@2024-01-01' = {
  name: 'vnet-foundry'
  location: vnetLocation
  properties: {
    addressSpace: { addressPrefixes: ['10.40.0.0/16'] }
    subnets: [
      { name: 'private-endpoints', properties: { addressPrefix: '10.40.1.0/24' } }
    ]
  }
}

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = { // expect: private-endpoint-public-access
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: {
    customSubDomainName: 'foundry-demo'
    allowProjectManagement: true
    publicNetworkAccess: 'Enabled'
  }
}

resource accountPe 'Microsoft.Network/privateEndpoints@2024-01-01' = {
  name: 'pe-foundry-demo'
  location: vnetLocation
  properties: {
    subnet: { id: vnet.properties.subnets[0].id }
    privateLinkServiceConnections: [
      {
        name: 'foundry'
        properties: { privateLinkServiceId: account.id, groupIds: ['account'] }
      }
    ]
  }
}
```

```bicep good
@description('Region of the Foundry account (where the models are).')
param location string = 'swedencentral'

@description('Region of the existing network.')
param vnetLocation string = 'westeurope'

resource vnet 'Microsoft.Network/virtualNetworks@2024-01-01' = {
  name: 'vnet-foundry'
  location: vnetLocation
  properties: {
    addressSpace: { addressPrefixes: ['10.40.0.0/16'] }
    subnets: [
      { name: 'private-endpoints', properties: { addressPrefix: '10.40.1.0/24' } }
    ]
  }
}

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: {
    customSubDomainName: 'foundry-demo'
    allowProjectManagement: true
    publicNetworkAccess: 'Disabled'
  }
}

resource accountPe 'Microsoft.Network/privateEndpoints@2024-01-01' = {
  name: 'pe-foundry-demo'
  location: vnetLocation
  properties: {
    subnet: { id: vnet.properties.subnets[0].id }
    privateLinkServiceConnections: [
      {
        name: 'foundry'
        properties: { privateLinkServiceId: account.id, groupIds: ['account'] }
      }
    ]
  }
}
```

```json bad
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "swedencentral" },
    "vnetLocation": { "type": "string", "defaultValue": "westeurope" }
  },
  "resources": [
    {
      "type": "Microsoft.Network/virtualNetworks",
      "apiVersion": "2024-01-01",
      "name": "vnet-foundry",
      "location": "[parameters('vnetLocation')]",
      "properties": {
        "addressSpace": { "addressPrefixes": ["10.40.0.0/16"] },
        "subnets": [
          { "name": "private-endpoints", "properties": { "addressPrefix": "10.40.1.0/24" } }
        ]
      }
    },
    { // expect: private-endpoint-public-access
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo",
      "location": "[parameters('location')]",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": { "customSubDomainName": "foundry-demo", "publicNetworkAccess": "Enabled" }
    },
    {
      "type": "Microsoft.Network/privateEndpoints",
      "apiVersion": "2024-01-01",
      "name": "pe-foundry-demo",
      "location": "[parameters('vnetLocation')]",
      "properties": {
        "subnet": { "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-foundry', 'private-endpoints')]" },
        "privateLinkServiceConnections": [
          {
            "name": "foundry",
            "properties": { "privateLinkServiceId": "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]", "groupIds": ["account"] }
          }
        ]
      },
      "dependsOn": [
        "[resourceId('Microsoft.Network/virtualNetworks', 'vnet-foundry')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    }
  ]
}
```

```json good
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "swedencentral" },
    "vnetLocation": { "type": "string", "defaultValue": "westeurope" }
  },
  "resources": [
    {
      "type": "Microsoft.Network/virtualNetworks",
      "apiVersion": "2024-01-01",
      "name": "vnet-foundry",
      "location": "[parameters('vnetLocation')]",
      "properties": {
        "addressSpace": { "addressPrefixes": ["10.40.0.0/16"] },
        "subnets": [
          { "name": "private-endpoints", "properties": { "addressPrefix": "10.40.1.0/24" } }
        ]
      }
    },
    {
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo",
      "location": "[parameters('location')]",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": { "customSubDomainName": "foundry-demo", "publicNetworkAccess": "Disabled" }
    },
    {
      "type": "Microsoft.Network/privateEndpoints",
      "apiVersion": "2024-01-01",
      "name": "pe-foundry-demo",
      "location": "[parameters('vnetLocation')]",
      "properties": {
        "subnet": { "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-foundry', 'private-endpoints')]" },
        "privateLinkServiceConnections": [
          {
            "name": "foundry",
            "properties": { "privateLinkServiceId": "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]", "groupIds": ["account"] }
          }
        ]
      },
      "dependsOn": [
        "[resourceId('Microsoft.Network/virtualNetworks', 'vnet-foundry')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    }
  ]
}
```
"""##,
        "keyvault-delete-protection": ##"""
# keyvault-delete-protection

**Severity:** warning · **Applies to:** Bicep, ARM JSON

A Key Vault behind a Key Vault connection must have soft delete and purge protection enabled.

## Why

Once an account has a Key Vault connection, the secrets of all its other connections live in that
vault, and the account cannot switch to another one. If the vault is deleted and purged (by a
teardown script, a cleanup policy or a mistake), every connection of the account breaks and the
secrets are gone for good. Purge protection keeps a deleted vault recoverable for its retention
period.

## How to fix

- Set `enableSoftDelete: true` and `enablePurgeProtection: true` on the vault. Purge protection
  cannot be turned off again, which is the point.
- Delete the vault only after the account (see `reverse-order-deletion`).

## Examples

The vault behind the Key Vault connection can be purged:

```bicep bad
param location string = resourceGroup().location

var secretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = { // expect: keyvault-delete-protection
  name: 'kv-foundry-demo'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
  }
}

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
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
    metadata: { ApiType: 'Azure', ResourceId: vault.id, location: location }
  }
}

resource searchConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://srch-foundry-demo.search.windows.net'
    authType: 'AAD'
    metadata: { ApiType: 'Azure', ResourceId: resourceId('Microsoft.Search/searchServices', 'srch-foundry-demo') }
  }
  dependsOn: [kvConnection, kvGrant]
}
```

```bicep good
param location string = resourceGroup().location

var secretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-foundry-demo'
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
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
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
    metadata: { ApiType: 'Azure', ResourceId: vault.id, location: location }
  }
}

resource searchConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://srch-foundry-demo.search.windows.net'
    authType: 'AAD'
    metadata: { ApiType: 'Azure', ResourceId: resourceId('Microsoft.Search/searchServices', 'srch-foundry-demo') }
  }
  dependsOn: [kvConnection, kvGrant]
}
```

```json bad
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "variables": { "secretsOfficer": "b86a8fe4-44ce-4948-aee5-eccb2c155cd7" },
  "resources": [
    { // expect: keyvault-delete-protection
      "type": "Microsoft.KeyVault/vaults",
      "apiVersion": "2023-07-01",
      "name": "kv-foundry-demo",
      "location": "[resourceGroup().location]",
      "properties": {
        "tenantId": "[subscription().tenantId]",
        "sku": { "family": "A", "name": "standard" },
        "enableRbacAuthorization": true,
        "enableSoftDelete": true
      }
    },
    {
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo",
      "location": "[resourceGroup().location]",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": { "customSubDomainName": "foundry-demo", "allowProjectManagement": true }
    },
    {
      "type": "Microsoft.Authorization/roleAssignments",
      "apiVersion": "2022-04-01",
      "scope": "Microsoft.KeyVault/vaults/kv-foundry-demo",
      "name": "[guid(resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo'), resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), variables('secretsOfficer'))]",
      "properties": {
        "roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('secretsOfficer'))]",
        "principalId": "[reference(resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), '2025-04-01-preview', 'full').identity.principalId]",
        "principalType": "ServicePrincipal"
      },
      "dependsOn": [
        "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    },
    {
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/keyvault",
      "properties": {
        "category": "AzureKeyVault",
        "target": "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "authType": "AccountManagedIdentity",
        "metadata": { "ApiType": "Azure", "ResourceId": "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]" }
      },
      "dependsOn": [
        "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    },
    {
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/search",
      "properties": {
        "category": "CognitiveSearch",
        "target": "https://srch-foundry-demo.search.windows.net",
        "authType": "AAD",
        "metadata": { "ApiType": "Azure", "ResourceId": "[resourceId('Microsoft.Search/searchServices', 'srch-foundry-demo')]" }
      },
      "dependsOn": [
        "[resourceId('Microsoft.CognitiveServices/accounts/connections', 'foundry-demo', 'keyvault')]",
        "[extensionResourceId(resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo'), 'Microsoft.Authorization/roleAssignments', guid(resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo'), resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), variables('secretsOfficer')))]"
      ]
    }
  ]
}
```

```json good
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "variables": { "secretsOfficer": "b86a8fe4-44ce-4948-aee5-eccb2c155cd7" },
  "resources": [
    {
      "type": "Microsoft.KeyVault/vaults",
      "apiVersion": "2023-07-01",
      "name": "kv-foundry-demo",
      "location": "[resourceGroup().location]",
      "properties": {
        "tenantId": "[subscription().tenantId]",
        "sku": { "family": "A", "name": "standard" },
        "enableRbacAuthorization": true,
        "enableSoftDelete": true,
        "enablePurgeProtection": true
      }
    },
    {
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo",
      "location": "[resourceGroup().location]",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": { "customSubDomainName": "foundry-demo", "allowProjectManagement": true }
    },
    {
      "type": "Microsoft.Authorization/roleAssignments",
      "apiVersion": "2022-04-01",
      "scope": "Microsoft.KeyVault/vaults/kv-foundry-demo",
      "name": "[guid(resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo'), resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), variables('secretsOfficer'))]",
      "properties": {
        "roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('secretsOfficer'))]",
        "principalId": "[reference(resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), '2025-04-01-preview', 'full').identity.principalId]",
        "principalType": "ServicePrincipal"
      },
      "dependsOn": [
        "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    },
    {
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/keyvault",
      "properties": {
        "category": "AzureKeyVault",
        "target": "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "authType": "AccountManagedIdentity",
        "metadata": { "ApiType": "Azure", "ResourceId": "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]" }
      },
      "dependsOn": [
        "[resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo')]",
        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"
      ]
    },
    {
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "foundry-demo/search",
      "properties": {
        "category": "CognitiveSearch",
        "target": "https://srch-foundry-demo.search.windows.net",
        "authType": "AAD",
        "metadata": { "ApiType": "Azure", "ResourceId": "[resourceId('Microsoft.Search/searchServices', 'srch-foundry-demo')]" }
      },
      "dependsOn": [
        "[resourceId('Microsoft.CognitiveServices/accounts/connections', 'foundry-demo', 'keyvault')]",
        "[extensionResourceId(resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo'), 'Microsoft.Authorization/roleAssignments', guid(resourceId('Microsoft.KeyVault/vaults', 'kv-foundry-demo'), resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), variables('secretsOfficer')))]"
      ]
    }
  ]
}
```
"""##,
    ]
}
