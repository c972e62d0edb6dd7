import Foundation
import Testing
@testable import ArmorAnalysis
@testable import ArmorKit
import ArmorTestSupport

/// The text, JSON and Mermaid renderings, and the `armor plan` command's contract.
@Suite struct PlanOutputTests {
    private var teardownSample: String { PackageRoot.file("Samples/teardown/main.bicep") }

    @Test func textWavesAndTeardown() throws {
        let context = try PlanFixtures.load(PackageRoot.file("Samples/modules/main.bicep"))
        let report = PlanFixtures.report(context)
        let waves = PlanTextWriter.waves(report)
        #expect(waves.hasPrefix("Deployment plan for \(report.templatePath): 6 resources in 3 waves\n"))
        #expect(waves.contains("\nWave 3\n  kvConnection       Microsoft.CognitiveServices/accounts/connections  "))
        #expect(waves.contains("modules/keyvault-connection.bicep:27 (module keyVaultConnection)\n"))
        let teardown = PlanTextWriter.teardown(report)
        #expect(teardown.contains("\n6. vault              Microsoft.KeyVault/vaults"))
        #expect(teardown.contains("\n     after account 'account': its Key Vault connection 'kvConnection' stores secrets here"))
        #expect(teardown.contains("[on vaults 'kv-foundry-fabrikam-dev']"))
    }

    @Test func jsonShape() throws {
        let context = try PlanFixtures.load(PackageRoot.file("Samples/modules/main.bicep"))
        let report = PlanFixtures.report(context)
        let waves = try #require(try JSONSerialization.jsonObject(with: Data(PlanJSONWriter.waves(report).utf8)) as? [String: Any])
        #expect(waves["schemaVersion"] as? Int == 1)
        #expect(waves["mode"] as? String == "deploy")
        let grouped = try #require(waves["waves"] as? [[[String: Any]]])
        #expect(grouped.map(\.count) == [2, 3, 1])
        let first = try #require(grouped.first?.first)
        #expect(first["symbol"] as? String == "vault")
        #expect(first["type"] as? String == "Microsoft.KeyVault/vaults")
        #expect(first["line"] as? Int == 8)
        #expect(first["module"] as? [String] == ["foundry"])
        #expect((first["file"] as? String)?.hasSuffix("modules/account.bicep") == true)
        #expect(first["conditional"] as? Bool == false && first["loop"] as? Bool == false)
        #expect(first["loopCount"] is NSNull && first["scope"] is NSNull)
        let teardown = try #require(try JSONSerialization.jsonObject(with: Data(PlanJSONWriter.teardown(report).utf8)) as? [String: Any])
        #expect(teardown["mode"] as? String == "teardown" && teardown["waves"] == nil)
        let steps = try #require(teardown["teardown"] as? [[String: Any]])
        #expect(steps.map { $0["step"] as? Int } == [1, 2, 3, 4, 5, 6])
        #expect(steps.last?["symbol"] as? String == "vault")
        #expect((steps.last?["reasons"] as? [String])?.count == 1)
        #expect(steps[3]["scope"] as? String == "on vaults 'kv-foundry-fabrikam-dev'")
    }

    @Test func mermaidWavesAndSequence() throws {
        let report = PlanFixtures.report(try PlanFixtures.load(teardownSample))
        let waves = PlanMermaidWriter.waves(report)
        #expect(waves.hasPrefix("flowchart LR\n  subgraph wave1 [\"Wave 1\"]\n    direction TB\n    w1_1[\"vault<br/>vaults\"]\n"))
        #expect(waves.contains("  wave1 --> wave2 --> wave3\n"))
        #expect(waves.contains("w2_1[\"kvGrant<br/>roleAssignments<br/>[on vaults 'kv-foundry-adventure-dev']\"]:::otherScope"))
        let teardown = PlanMermaidWriter.teardown(report)
        #expect(teardown.contains("  s1[\"1. searchConnection<br/>connections\"]\n"))
        #expect(teardown.contains("  s1 --> s2 --> s3 --> s4 --> s5\n"))
        #expect(teardown.hasSuffix("classDef otherScope stroke-dasharray: 5 5\n"))
    }

    @Test func commandFormatsAndExitStatus() throws {
        let text = ArmorCLI.run(["plan", teardownSample])
        #expect(text.status == .success && text.stdout.hasPrefix("Deployment plan for ") && text.stderr.isEmpty)
        let steps = ArmorCLI.run(["plan", "--teardown", teardownSample])
        #expect(steps.stdout.hasPrefix("Teardown plan for "))
        // A script format implies --teardown.
        let az = ArmorCLI.run(["plan", "--format", "az", teardownSample])
        #expect(az.stdout.hasPrefix("#!/usr/bin/env bash\n") && az.stdout.contains("set -euo pipefail\n"))
        let pwsh = ArmorCLI.run(["plan", "-f", "pwsh", "--teardown", teardownSample])
        #expect(pwsh.stdout.contains("$ErrorActionPreference = 'Stop'") && pwsh.stdout.contains("Remove-AzResource -ResourceId"))
        let json = ArmorCLI.run(["plan", "--format", "json", "--teardown", teardownSample])
        #expect(json.stdout.contains("\"mode\": \"teardown\""))
        #expect(ArmorCLI.run(["plan", "--format", "dot", teardownSample]).status == .usage)
        #expect(ArmorCLI.run(["plan"]).status == .usage)
        let missing = ArmorCLI.run(["plan", "/nonexistent/main.bicep"])
        #expect(missing.status == .usage && missing.stderr.contains("cannot read '/nonexistent/main.bicep'"))
        let badParameters = ArmorCLI.run(["plan", "--parameters", "/nonexistent/p.json", teardownSample])
        #expect(badParameters.status == .usage && badParameters.stderr.contains("cannot read parameters file"))
    }

    @Test func unreadableModulesAreNamed() throws {
        let (context, dir) = try PlanFixtures.bicep("""
        module shared 'br/public:avm/res/key-vault/vault:0.9.0' = {
          name: 'shared'
          params: { name: 'kv-shared' }
        }

        resource store 'Microsoft.Storage/storageAccounts@2023-05-01' = {
          name: 'stapp'
          location: 'eastus'
          kind: 'StorageV2'
          sku: { name: 'Standard_LRS' }
        }

        """)
        defer { dir.remove() }
        let report = PlanFixtures.report(context)
        #expect(report.opaqueModules == ["shared"])
        #expect(PlanTextWriter.waves(report).hasSuffix("\nNot expanded (registry, template spec or unreadable file), so not in the plan: module 'shared'.\n"))
        #expect(PlanJSONWriter.teardown(report).contains("\"unexpandedModules\": [\"shared\"]"))
        #expect(PlanFixtures.script(context, .shell).contains("# Module 'shared' is not expanded (registry, template spec or unreadable file): delete what it deployed separately.\n"))
    }

    @Test func syntaxErrorsGoToStderrAndThePlanStillComes() throws {
        let dir = TempDirectory()
        defer { dir.remove() }
        let path = dir.write("main.bicep", """
        resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
          name: 'kv-one'
          location: 'eastus'
          properties: { tenantId: subscription().tenantId, sku: { family: 'A', name: 'standard' } }
        }

        resource broken 'Microsoft.Storage/storageAccounts@2023-05-01' = {
          name: 'st'
          location: = 'eastus'
        }

        """)
        let result = ArmorCLI.run(["plan", path])
        #expect(result.status == .findings)
        #expect(result.stderr.contains("\(path):9:"), "\(result.stderr)")
        #expect(result.stdout.contains("  vault "))
    }
}
