import Testing
@testable import ArmorKit
import ArmorTestSupport

/// `armor model` on a tiny Bicep template and its compiled languageVersion 2.0 JSON (written by
/// hand from the compiler's rules): both front ends must give the same facts.
@Suite struct ModelCommandTests {
    static let bicep = """
    param accountName string = 'acct'
    param withRole bool = true

    resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
      name: accountName
      location: 'eastus'
      kind: 'AIServices'
      sku: {
        name: 'S0'
      }
      identity: {
        type: 'SystemAssigned'
      }
      properties: {}
    }

    resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
      name: 'kv'
      location: 'eastus'
      properties: {
        tenantId: subscription().tenantId
        sku: {
          family: 'A'
          name: 'standard'
        }
      }
    }

    resource grant 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (withRole) {
      name: guid(vault.id, account.id, 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
      scope: vault
      properties: {
        roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
        principalId: account.identity.principalId
        principalType: 'ServicePrincipal'
      }
    }

    resource kvConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
      parent: account
      name: 'kv'
      properties: {
        category: 'AzureKeyVault'
        target: vault.id
        authType: 'AccountManagedIdentity'
      }
      dependsOn: [
        grant
      ]
    }

    @batchSize(1)
    resource blobs 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = [for name in ['a', 'b']: {
      parent: account
      name: name
      properties: {
        category: 'AzureBlob'
        target: 'https://${name}.blob.core.windows.net/'
        authType: 'AAD'
      }
      dependsOn: [
        kvConnection
      ]
    }]

    """

    static let json = """
    {
      "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
      "languageVersion": "2.0",
      "contentVersion": "1.0.0.0",
      "parameters": {
        "accountName": { "type": "string", "defaultValue": "acct" },
        "withRole": { "type": "bool", "defaultValue": true }
      },
      "resources": {
        "account": {
          "type": "Microsoft.CognitiveServices/accounts", "apiVersion": "2025-04-01-preview",
          "name": "[parameters('accountName')]", "location": "eastus", "kind": "AIServices",
          "sku": { "name": "S0" }, "identity": { "type": "SystemAssigned" }, "properties": {}
        },
        "vault": {
          "type": "Microsoft.KeyVault/vaults", "apiVersion": "2023-07-01", "name": "kv", "location": "eastus",
          "properties": { "tenantId": "[subscription().tenantId]", "sku": { "family": "A", "name": "standard" } }
        },
        "grant": {
          "condition": "[parameters('withRole')]",
          "type": "Microsoft.Authorization/roleAssignments", "apiVersion": "2022-04-01",
          "scope": "[format('Microsoft.KeyVault/vaults/{0}', 'kv')]",
          "name": "[guid(resourceId('Microsoft.KeyVault/vaults', 'kv'), resourceId('Microsoft.CognitiveServices/accounts', parameters('accountName')), 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')]",
          "properties": {
            "roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')]",
            "principalId": "[reference('account', '2025-04-01-preview', 'full').identity.principalId]",
            "principalType": "ServicePrincipal"
          },
          "dependsOn": [ "account", "vault" ]
        },
        "kvConnection": {
          "type": "Microsoft.CognitiveServices/accounts/connections", "apiVersion": "2025-04-01-preview",
          "name": "[format('{0}/{1}', parameters('accountName'), 'kv')]",
          "properties": {
            "category": "AzureKeyVault", "target": "[resourceId('Microsoft.KeyVault/vaults', 'kv')]",
            "authType": "AccountManagedIdentity"
          },
          "dependsOn": [ "account", "grant", "vault" ]
        },
        "blobs": {
          "copy": { "name": "blobs", "count": "[length(createArray('a', 'b'))]", "mode": "serial", "batchSize": 1 },
          "type": "Microsoft.CognitiveServices/accounts/connections", "apiVersion": "2025-04-01-preview",
          "name": "[format('{0}/{1}', parameters('accountName'), createArray('a', 'b')[copyIndex()])]",
          "properties": {
            "category": "AzureBlob",
            "target": "[format('https://{0}.blob.core.windows.net/', createArray('a', 'b')[copyIndex()])]",
            "authType": "AAD"
          },
          "dependsOn": [ "account", "kvConnection" ]
        }
      }
    }

    """

    /// The dump without the lines that name the file and its language.
    private static func facts(_ output: String) -> [Substring] {
        output.split(separator: "\n").filter { line in
            !["\"path\"", "\"language\"", "\"languageVersion\""].contains { line.contains($0) }
        }
    }

    @Test func bicepAndCompiledJSONAgree() {
        let folder = TempDirectory()
        defer { folder.remove() }
        let bicepPath = folder.write("main.bicep", Self.bicep)
        let jsonPath = folder.write("main.json", Self.json)
        let fromBicep = ArmorCLI.run(["model", bicepPath, "--format", "json"])
        let fromJSON = ArmorCLI.run(["model", jsonPath, "--format", "json"])
        #expect(fromBicep.status == .success, "\(fromBicep.stderr)")
        #expect(fromJSON.status == .success, "\(fromJSON.stderr)")
        #expect(Self.facts(fromBicep.stdout) == Self.facts(fromJSON.stdout))
        // What the rules read is there, not only equal: known where armor can know it.
        for expected in ["\"name\": \"acct/kv\"", "\"category\": \"AzureKeyVault\"", "\"authType\": \"accountmanagedidentity\"",
                         "\"roleId\": \"b86a8fe4-44ce-4948-aee5-eccb2c155cd7\"", "\"path\": \"identity.principalid\"",
                         "\"scope\": \"extension(resourceGroup(own,own)/providers/microsoft.keyvault/vaults/kv)\"",
                         "\"loopCount\": 2", "\"batchSize\": 1", "\"category\": \"ordinary,ordinary\"",
                         "\"identity.type\": \"SystemAssigned\"", "\"condition\": \"true\""] {
            #expect(fromBicep.stdout.contains(expected), "missing \(expected)")
        }
    }

    @Test func unknownParametersStayUnknownAndAFileCanSupplyThem() {
        let folder = TempDirectory()
        defer { folder.remove() }
        let bicep = Self.bicep.replacing("param accountName string = 'acct'", with: "param accountName string")
        let path = folder.write("main.bicep", bicep)
        let unknown = ArmorCLI.run(["model", path])
        #expect(unknown.stdout.contains("\"name\": null"))
        #expect(!unknown.stdout.contains("acct/kv"))
        let parameters = folder.write("main.parameters.json", """
        { "parameters": { "accountName": { "value": "given" } } }
        """)
        let given = ArmorCLI.run(["model", path, "--parameters", parameters])
        #expect(given.stdout.contains("\"name\": \"given/kv\""), "\(given.stderr)")
    }

    @Test func usageErrors() {
        #expect(ArmorCLI.run(["model"]).status == .usage)
        #expect(ArmorCLI.run(["model", "a.bicep", "--format", "text"]).status == .usage)
        #expect(ArmorCLI.run(["model", "/nonexistent/main.bicep"]).status == .usage)
    }
}
