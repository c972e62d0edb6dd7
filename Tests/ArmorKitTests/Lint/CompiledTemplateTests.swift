import Testing
@testable import ArmorBase
@testable import ArmorKit
import ArmorTestSupport

/// Bicep-generated JSON beside its `.bicep` is build output: no style findings there, and its
/// ordering findings only when the `.bicep` is not linted in the same run (no duplicates).
@Suite struct CompiledTemplateTests {
    /// What `bicep build` could write for a template with a Key Vault connection and an
    /// ordinary one without dependsOn (keyvault-first, role-assignment-dependson), whose
    /// second connection has a literal API key (connection-managed-identity, connection-secret-literal).
    static func compiled(generator: String = "bicep") -> String {
        #"""
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "metadata": { "_generator": { "name": "\#(generator)", "version": "0.30.0" } },
  "resources": [
    {
      "type": "Microsoft.CognitiveServices/accounts",
      "apiVersion": "2025-04-01-preview",
      "name": "acct",
      "location": "eastus",
      "kind": "AIServices",
      "sku": { "name": "S0" },
      "identity": { "type": "SystemAssigned" },
      "properties": {}
    },
    {
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "[format('{0}/{1}', 'acct', 'first')]",
      "properties": { "category": "AzureKeyVault", "target": "https://example.invalid/", "authType": "AAD" },
      "dependsOn": ["[resourceId('Microsoft.CognitiveServices/accounts', 'acct')]"]
    },
    {
      "type": "Microsoft.CognitiveServices/accounts/connections",
      "apiVersion": "2025-04-01-preview",
      "name": "[format('{0}/{1}', 'acct', 'second')]",
      "properties": { "category": "AzureBlob", "target": "https://example.blob.core.windows.net/", "authType": "ApiKey", "credentials": { "key": "abc" } },
      "dependsOn": ["[resourceId('Microsoft.CognitiveServices/accounts', 'acct')]"]
    }
  ]
}
"""#
    }

    private func findings(_ dir: TempDirectory, _ files: [String]) -> [String] {
        let result = CLIFixtures.lint(["-f", "concise"] + files.map { dir.path + "/" + $0 })
        return result.stdout.split(separator: "\n").compactMap { line in
            let path = line.prefix { $0 != ":" }
            let file = path.split(separator: "/").last.map(String.init) ?? ""
            guard let open = line.firstIndex(of: "["), let close = line.firstIndex(of: "]") else { return nil }
            return file + " " + line[line.index(after: open)..<close]
        }.sorted()
    }

    @Test func aloneTheCompiledJSONGetsEveryFinding() {
        let dir = TempDirectory()
        defer { dir.remove() }
        dir.write("main.json", Self.compiled())
        #expect(findings(dir, ["main.json"]) == [
            "main.json connection-managed-identity", "main.json connection-secret-literal",
            "main.json keyvault-first", "main.json role-assignment-dependson",
        ])
    }

    @Test func besideItsSourceOnlyOrderingFindingsStay() {
        let dir = TempDirectory()
        defer { dir.remove() }
        dir.write("main.json", Self.compiled())
        dir.write("main.bicep", CLIFixtures.foundry())
        #expect(findings(dir, ["main.json"]) == ["main.json keyvault-first", "main.json role-assignment-dependson"])
    }

    @Test func bothLintedTheOrderingFindingsAreReportedOnceOnTheBicep() {
        let dir = TempDirectory()
        defer { dir.remove() }
        dir.write("main.json", Self.compiled())
        dir.write("main.bicep", CLIFixtures.foundry())
        let expected = ["main.bicep keyvault-first", "main.bicep role-assignment-dependson"]
        #expect(findings(dir, ["main.json", "main.bicep"]) == expected)
        #expect(findings(dir, ["."]) == expected)
    }

    @Test func handWrittenOrUnpairedJSONKeepsItsFindings() {
        let dir = TempDirectory()
        defer { dir.remove() }
        // Another generator: not Bicep's output.
        dir.write("main.json", Self.compiled(generator: "someone"))
        dir.write("main.bicep", CLIFixtures.foundry())
        #expect(findings(dir, ["main.json"]).count == 4)
        // Bicep's output, but its source is not beside it (other base name).
        dir.write("other.json", Self.compiled())
        #expect(findings(dir, ["other.json"]).count == 4)
    }

    @Test func sourcePathOfACompiledTemplate() {
        #expect(Linter.bicepSource(of: "infra/main.json") == "infra/main.bicep")
        #expect(Linter.bicepSource(of: "a.jsonc") == "a.bicep")
        #expect(Linter.bicepSource(of: "a.bicep") == nil)
    }
}
