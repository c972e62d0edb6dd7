import Testing
@testable import ArmorBase
@testable import ArmorKit
import ArmorTestSupport

/// `armor lint --fix`, `--unsafe-fixes`, `--diff`, `--stdin --fix`: the files written, the
/// text kept (CRLF, comments, indentation), what is printed.
@Suite struct LintCommandFixTests {
    @Test(arguments: ["\n", "\r\n"])
    func fixWritesTheFileInItsOwnLineEndings(_ newline: String) {
        let dir = TempDirectory()
        defer { dir.remove() }
        let path = dir.write("main.bicep", AccountFixture.text(AccountFixture.unfixed, newline: newline))
        let before = CLIFixtures.lint(["-f", "concise", path])
        #expect(CLIFixtures.findings(before.stdout) == ["unnecessary-dependson@15", "role-assignment-principal-type@18"])
        let result = CLIFixtures.lint(["-f", "concise", "--fix", path])
        #expect(dir.read("main.bicep") == AccountFixture.text(AccountFixture.fixed, newline: newline))
        #expect(result.stderr.contains("applied 2 fixes to 1 file"))
        #expect(CLIFixtures.findings(result.stdout) == [])
        #expect(result.status == .success)
        // Nothing left to do: a second run changes nothing.
        let again = CLIFixtures.lint(["-f", "concise", "--fix", path])
        #expect(again.stderr.contains("applied 0 fixes"))
        #expect(dir.read("main.bicep") == AccountFixture.text(AccountFixture.fixed, newline: newline))
    }

    @Test func diffPrintsAndDoesNotWrite() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let original = AccountFixture.text(AccountFixture.unfixed)
        let path = dir.write("main.bicep", original)
        let result = CLIFixtures.lint(["--diff", path])
        #expect(dir.read("main.bicep") == original)
        #expect(result.stdout.contains("--- \(path)\n+++ \(path)\n"))
        #expect(result.stdout.contains("\n-  dependsOn: [account]\n"))
        #expect(result.stdout.contains("\n+    principalType: 'ServicePrincipal'\n"))
        #expect(result.stderr.contains("2 fixes would be applied to 1 file"))
        #expect(result.status == .findings)
        let clean = dir.write("clean.bicep", AccountFixture.text(AccountFixture.fixed))
        let none = CLIFixtures.lint(["--diff", clean])
        #expect(none.stdout == "")
        #expect(none.status == .success)
    }

    @Test func stdinFixPrintsTheFixedText() {
        let text = AccountFixture.text(AccountFixture.unfixed)
        let result = CLIFixtures.lint(["--stdin", "--stdin-filename", "/nowhere/main.bicep", "--fix", "-f", "concise"],
                                      stdin: Array(text.utf8))
        #expect(result.stdout == AccountFixture.text(AccountFixture.fixed))
        #expect(result.stderr.contains("applied 2 fixes"))
    }

    /// A principalType written with another value is replaced only under `--unsafe-fixes`.
    @Test func unsafeFixesOnlyWhenAsked() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let text = AccountFixture.text(AccountFixture.projectAndGrant(dependsOn: false, principalType: "User"))
        let path = dir.write("main.bicep", text)
        let safe = CLIFixtures.lint(["-f", "concise", "--fix", path])
        #expect(dir.read("main.bicep") == text)
        #expect(CLIFixtures.findings(safe.stdout) == ["role-assignment-principal-type@17"])
        let unsafe = CLIFixtures.lint(["-f", "concise", "--fix", "--unsafe-fixes", path])
        #expect(dir.read("main.bicep") == AccountFixture.text(AccountFixture.fixed))
        #expect(CLIFixtures.findings(unsafe.stdout) == [])
    }

    /// A suppressed finding is not fixed.
    @Test func suppressedFindingsStay() {
        let dir = TempDirectory()
        defer { dir.remove() }
        var lines = AccountFixture.unfixed
        lines.insert("  #disable-next-line unnecessary-dependson", at: 14)
        let text = AccountFixture.text(lines)
        let path = dir.write("main.bicep", text)
        _ = CLIFixtures.lint(["--fix", path])
        #expect(dir.read("main.bicep")?.contains("  dependsOn: [account]\n") == true)
    }
}

/// The help lines issue 11 found wrong, now the titles of edits that apply.
@Suite struct OrderingFixTests {
    static func fixture(_ name: String) -> String { ScenarioTests.fixtures + "/" + name }

    /// Inverted order: the Key Vault connection waited for the ordinary one. Adding the right
    /// entry alone would close a cycle; the fix drops the inverted entry too.
    @Test func invertedOrderInBicep() {
        let result = CLIFixtures.lint(["--diff", Self.fixture("bicep-inverted-order")])
        #expect(result.stdout.contains("+  dependsOn: [kvConnection]\n"))
        #expect(result.stdout.contains("-  dependsOn: [kvGrant, searchConnection]\n+  dependsOn: [kvGrant]\n"))
        let text = CLIFixtures.lint(["--no-color", Self.fixture("bicep-inverted-order")])
        #expect(text.stdout.contains("help: remove 'searchConnection' from the dependsOn of 'kvConnection' and add dependsOn: [kvConnection] to 'searchConnection'"))
    }

    /// Classic ARM: a quoted resourceId built from the template's own name expression, not from
    /// the parameter's default value.
    @Test func classicARMEntryIsAResourceIdExpression() {
        let result = CLIFixtures.lint(["--diff", Self.fixture("arm-classic-inverted")])
        #expect(result.stdout.contains("+        \"[resourceId('Microsoft.CognitiveServices/accounts/connections', parameters('accountName'), 'keyvault')]\"\n"))
        #expect(!result.stdout.contains("+        \"[resourceId('Microsoft.CognitiveServices/accounts/connections', 'foundry-northwind-dev'"))
    }

    /// The JSON report carries the fix; its help is the fix's title.
    @Test func jsonReportCarriesTheFix() {
        let result = CLIFixtures.lint(["-f", "json", Self.fixture("bicep-inverted-order")])
        #expect(result.stdout.contains("\"fix\": {"))
        #expect(result.stdout.contains("\"applicability\": \"safe\""))
        #expect(result.stdout.contains("\"content\": \"\\n  dependsOn: [kvConnection]\""))
    }
}

/// ARM JSON: a last entry goes with the comma before it; a `dependsOn` left empty goes whole,
/// with the comma of the property before it; the result is valid JSON in either line ending.
@Suite struct JSONFixTests {
    static let lines: [String] = [
        #"{"#,
        #"  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#","#,
        #"  "contentVersion": "1.0.0.0","#,
        #"  "resources": ["#,
        #"    {"#,
    ] + AccountFixture.armMembers + [
        #"    },"#,
        #"    {"#,
        #"      "type": "Microsoft.CognitiveServices/accounts/projects","#,
        #"      "apiVersion": "2025-04-01-preview","#,
        #"      "name": "foundry-demo/demo-project","#,
        #"      "location": "westeurope","#,
        #"      "identity": { "type": "SystemAssigned" },"#,
        #"      "properties": {},"#,
        #"      "dependsOn": ["#,
        #"        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]""#,
        #"      ]"#,
        #"    },"#,
        #"    {"#,
        #"      "type": "Microsoft.CognitiveServices/accounts/projects/connections","#,
        #"      "apiVersion": "2025-04-01-preview","#,
        #"      "name": "foundry-demo/demo-project/search","#,
        #"      "properties": { "category": "CognitiveSearch", "target": "https://x.search.windows.net", "authType": "AAD" },"#,
        #"      "dependsOn": ["#,
        #"        "[resourceId('Microsoft.CognitiveServices/accounts/projects', 'foundry-demo', 'demo-project')]","#,
        #"        "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]""#,
        #"      ]"#,
        #"    },"#,
        #"    {"#,
        #"      "type": "Microsoft.CognitiveServices/accounts/projects/connections","#,
        #"      "apiVersion": "2025-04-01-preview","#,
        #"      "name": "foundry-demo/demo-project/blob","#,
        #"      "properties": { "category": "AzureBlob", "target": "[reference('foundry-demo/demo-project', '2025-04-01-preview').endpoint]", "authType": "AAD" },"#,
        #"      "dependsOn": ["[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"]"#,
        #"    }"#,
        #"  ]"#,
        #"}"#,
    ]

    @Test(arguments: ["\n", "\r\n"])
    func removalsKeepTheJSONValid(_ newline: String) {
        let dir = TempDirectory()
        defer { dir.remove() }
        let path = dir.write("azuredeploy.json", Self.lines.joined(separator: newline) + newline)
        let result = CLIFixtures.lint(["-f", "concise", "--fix", path])
        #expect(result.stderr.contains("applied 2 fixes to 1 file"))
        var expected = Self.lines
        expected[31] = String(expected[31].dropLast())   // the comma before the removed last entry
        expected.remove(at: 32)
        expected[38] = String(expected[38].dropLast())   // the comma before the removed dependsOn
        expected.remove(at: 39)
        #expect(dir.read("azuredeploy.json") == expected.joined(separator: newline) + newline)
        #expect(CLIFixtures.findings(result.stdout) == [])
    }
}
