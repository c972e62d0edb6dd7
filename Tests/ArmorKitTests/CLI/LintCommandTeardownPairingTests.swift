import Testing
@testable import ArmorKit
import ArmorTestSupport

/// A teardown script is never taken as checked when it was not: a named template that cannot be
/// read is a usage error (exit 2), and a script no template pairs with gets an info finding.
@Suite struct LintCommandTeardownPairingTests {
    private static let template = """
        resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
          name: 'kv-app'
        }
        resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' existing = {
          name: 'foundry-app'
        }
        resource kvConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
          parent: account
          name: 'keyvault'
          properties: { category: 'AzureKeyVault', target: vault.id, authType: 'AccountManagedIdentity' }
        }

        """

    private static let script = """
        #!/usr/bin/env bash
        set -euo pipefail
        RG=rg-app
        az keyvault delete -g "$RG" -n kv-app
        az cognitiveservices account delete -g "$RG" -n foundry-app

        """

    @Test func missingTemplateIsAUsageError() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let script = dir.write("scripts/teardown.sh", Self.script)
        let result = CLIFixtures.lint(["-f", "concise", "--template", dir.path + "/missing.bicep", script])
        #expect(result.status == .usage)
        #expect(result.stderr.contains("cannot read template") && result.stderr.contains("missing.bicep"))
        #expect(result.stderr.contains("--template"))
        #expect(result.stdout.isEmpty)
    }

    @Test func templateThatIsNoTemplateIsAUsageError() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let script = dir.write("scripts/teardown.sh", Self.script)
        let json = dir.write("settings.json", #"{ "name": "not a deployment template" }"#)
        let result = CLIFixtures.lint(["-f", "concise", "--template", json, script])
        #expect(result.status == .usage)
        #expect(result.stderr.contains("is not a template"))
        let folder = CLIFixtures.lint(["-f", "concise", "--template", dir.path + "/scripts", script])
        #expect(folder.status == .usage)
    }

    @Test func configuredPairToAMissingTemplateIsAUsageError() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let script = dir.write("scripts/teardown.sh", Self.script)
        dir.write("armor.json", #"{ "teardown": { "scripts/teardown.sh": "infra/gone.bicep" } }"#)
        let result = CLIFixtures.lint(["-f", "concise", script])
        #expect(result.status == .usage)
        #expect(result.stderr.contains("gone.bicep") && result.stderr.contains("'teardown' setting"))
    }

    @Test func unpairedScriptGetsAnInfoOnItsFirstDelete() throws {
        let dir = TempDirectory()
        defer { dir.remove() }
        let script = dir.write("scripts/teardown.sh", Self.script)
        let result = CLIFixtures.lint(["-f", "json", script])
        #expect(result.status == .success)
        #expect(CLIFixtures.findings(CLIFixtures.lint(["-f", "concise", script]).stdout) == ["reverse-order-deletion@4"])
        #expect(result.stdout.contains(#""severity": "info""#))
        #expect(result.stdout.contains("were not checked for reverse-order-deletion"))
        #expect(result.stdout.contains("--template FILE") && result.stdout.contains(#"\"teardown\""#))
        // Off in the configuration, the note goes too.
        dir.write("armor.json", #"{ "rules": { "reverse-order-deletion": "off" } }"#)
        #expect(CLIFixtures.findings(CLIFixtures.lint(["-f", "concise", script]).stdout).isEmpty)
    }

    @Test func scriptWithoutDeletesStaysSilent() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let script = dir.write("scripts/build.sh", "#!/bin/sh\naz group show -n rg-app\necho done\n")
        let result = CLIFixtures.lint(["-f", "concise", script])
        #expect(result.status == .success)
        #expect(CLIFixtures.findings(result.stdout).isEmpty)
    }

    @Test func pairedScriptAgainstExistingResourcesIsChecked() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let template = dir.write("infra/main.bicep", Self.template)
        let script = dir.write("scripts/teardown.sh", Self.script)
        let result = CLIFixtures.lint(["-f", "concise", "--template", template, script])
        #expect(result.status == .findings)
        #expect(CLIFixtures.findings(result.stdout) == ["reverse-order-deletion@4"])
        #expect(result.stdout.contains("error [reverse-order-deletion]"))
    }
}
