import Testing
@testable import ArmorBase
@testable import ArmorAnalysis
@testable import ArmorKit

/// `armor graph` in every format, on in-memory templates with a module and an ARM nested
/// deployment, compared with golden files.
@Suite struct GraphWriterTests {
    static let main = SourceFile(path: "infra/main.bicep", text: """
    param withLogs bool = true

    resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
      name: 'kv'
    }

    module conns 'modules/conns.bicep' = {
      name: 'conns'
      params: {
        vaultId: vault.id
      }
    }

    resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = if (withLogs) {
      name: 'logs'
      dependsOn: [
        conns
      ]
    }

    """)

    static let module = SourceFile(path: "infra/modules/conns.bicep", text: """
    param vaultId string

    resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' existing = {
      name: 'acct'
    }

    resource kv 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
      parent: account
      name: 'kv'
      properties: {
        category: 'AzureKeyVault'
        target: vaultId
      }
    }

    resource search 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
      parent: account
      name: 'search'
      dependsOn: [
        kv
      ]
    }

    """)

    static let arm = SourceFile(path: "azuredeploy.json", text: """
    {
      "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
      "resources": [
        { "type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-05-01", "name": "st" },
        { "type": "Microsoft.Web/sites", "apiVersion": "2023-01-01", "name": "app",
          "properties": { "k": "[reference('st').primaryEndpoints.blob]" } },
        { "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "inner",
          "dependsOn": ["app"],
          "properties": { "mode": "Incremental", "expressionEvaluationOptions": { "scope": "inner" },
            "template": { "resources": [
              { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-01-01", "name": "vnet" },
              { "type": "Microsoft.Network/virtualNetworks/subnets", "apiVersion": "2024-01-01", "name": "vnet/a",
                "dependsOn": ["vnet"] }
            ] } } }
      ]
    }

    """)

    static func deployment(_ root: SourceFile) -> Deployment {
        DeploymentLoader.load(root: Frontend.analyze(root)) { path in
            path == module.path ? Frontend.analyze(module) : nil
        }
    }

    @Test func bicepWithModule() {
        let deployment = Self.deployment(Self.main)
        OutputGolden.check(GraphJSONWriter.write(deployment.root.analyzed, path: Self.main.path), against: "graph-bicep.json")
        OutputGolden.check(GraphTextWriter.write(deployment), against: "graph-bicep.txt")
        OutputGolden.check(GraphDiagramWriter.dot(deployment), against: "graph-bicep.dot")
        OutputGolden.check(GraphDiagramWriter.mermaid(deployment), against: "graph-bicep.mmd")
    }

    @Test func armWithNestedDeployment() {
        let deployment = Self.deployment(Self.arm)
        OutputGolden.check(GraphJSONWriter.write(deployment.root.analyzed, path: Self.arm.path), against: "graph-arm.json")
        OutputGolden.check(GraphTextWriter.write(deployment), against: "graph-arm.txt")
        OutputGolden.check(GraphDiagramWriter.dot(deployment), against: "graph-arm.dot")
        OutputGolden.check(GraphDiagramWriter.mermaid(deployment), against: "graph-arm.mmd")
    }

    @Test func moduleTargetsAndWaves() {
        let deployment = Self.deployment(Self.main)
        #expect(deployment.instances.count == 2)
        #expect(deployment.moduleTargets[ResourceRef(instance: 0, index: 1)] == 1)
        let waves = Waves(deployment.root.graph).waves
        #expect(waves == [[0], [1], [2]])
    }

    @Test func missingModuleIsReported() {
        let deployment = DeploymentLoader.load(root: Frontend.analyze(Self.main)) { _ in nil }
        #expect(deployment.diagnostics.map(\.code.id) == ["module-not-found"])
        #expect(GraphTextWriter.write(deployment).contains("module-not-found"))
    }

    @Test func moduleCycleIsReported() {
        let selfish = SourceFile(path: "a.bicep", text: "module again 'a.bicep' = {\n  name: 'again'\n}\n")
        let deployment = DeploymentLoader.load(root: Frontend.analyze(selfish)) { _ in Frontend.analyze(selfish) }
        #expect(deployment.diagnostics.map(\.code.id) == ["module-cycle"])
        #expect(deployment.instances.count == 1)
    }

    /// Graph JSON positions are the keyword's, in UTF-16 columns (graph-json.md).
    @Test func jsonPositionsCountUTF16UnitsFromTheKeyword() {
        let text = "/* é😀 */ resource a 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: 'a'\n}\n"
        let analyzed = Frontend.analyze(SourceFile(path: "main.bicep", text: text))
        let json = GraphJSONWriter.write(analyzed, path: "main.bicep")
        #expect(json.contains("\"line\": 1") || json.contains("\"line\":1"))
        #expect(json.contains("\"column\": 11") || json.contains("\"column\":11"))
    }
}
