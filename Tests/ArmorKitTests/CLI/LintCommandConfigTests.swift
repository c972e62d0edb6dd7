import Testing
@testable import ArmorBase
@testable import ArmorKit
import ArmorTestSupport

/// `armor lint` end to end with armor.json: levels, overrides, globs, fail levels, errors.
@Suite struct LintCommandConfigTests {
    private let kvFirst = "keyvault-first@\(CLIFixtures.secondLine)"
    private let roleWarning = "role-assignment-dependson@11"

    @Test func withoutConfigTheDefaultsApply() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let file = dir.write("main.bicep", CLIFixtures.foundry())
        let result = CLIFixtures.lint(["-f", "concise", file])
        #expect(CLIFixtures.findings(result.stdout) == [roleWarning, kvFirst])
        #expect(result.stdout.contains("error [keyvault-first]"))
        #expect(result.status == .findings)
    }

    @Test func ruleLevelsOverridesAndFailLevel() {
        let dir = TempDirectory()
        defer { dir.remove() }
        dir.write("armor.json", """
        {
          "rules": { "keyvault-first": "warning" },
          "overrides": [ { "files": ["sandbox/**"], "rules": { "keyvault-first": "off", "role-assignment-dependson": "off" } } ]
        }
        """)
        let main = dir.write("main.bicep", CLIFixtures.foundry())
        let sandbox = dir.write("sandbox/main.bicep", CLIFixtures.foundry())
        let result = CLIFixtures.lint(["-f", "concise", main, sandbox])
        #expect(CLIFixtures.findings(result.stdout) == [roleWarning, kvFirst])
        #expect(result.stdout.contains("warning [keyvault-first]"))
        #expect(!result.stdout.contains("sandbox/main.bicep"))
        #expect(result.status == .success)   // warnings do not fail at the default level
        // The flag beats the file; the file beats the default.
        #expect(CLIFixtures.lint(["-f", "concise", "--fail-level", "warning", main]).status == .findings)
        dir.write("armor.json", #"{ "rules": { "keyvault-first": "warning" }, "failLevel": "warning" }"#)
        #expect(CLIFixtures.lint(["-f", "concise", main]).status == .findings)
        #expect(CLIFixtures.lint(["-f", "concise", "--fail-level", "none", main]).status == .success)
    }

    @Test func includeAndExcludeApplyWhenWalkingFolders() {
        let dir = TempDirectory()
        defer { dir.remove() }
        dir.write("armor.json", #"{ "exclude": ["legacy/**", "*.old.bicep"] }"#)
        dir.write("infra/main.bicep", CLIFixtures.foundry())
        let legacy = dir.write("legacy/main.bicep", CLIFixtures.foundry())
        dir.write("infra/x.old.bicep", CLIFixtures.foundry())
        let walked = CLIFixtures.lint(["-f", "concise", dir.path])
        #expect(walked.stdout.contains("infra/main.bicep"))
        #expect(!walked.stdout.contains("legacy/"))
        #expect(!walked.stdout.contains("x.old.bicep"))
        // A file named on the command line is always linted, unless --force-exclude (pre-commit).
        #expect(CLIFixtures.lint(["-f", "concise", legacy]).stdout.contains("legacy/main.bicep"))
        let forced = CLIFixtures.lint(["-f", "concise", "--force-exclude", legacy, dir.path + "/infra/main.bicep"])
        #expect(!forced.stdout.contains("legacy/") && forced.stdout.contains("infra/main.bicep"))
        dir.write("armor.json", #"{ "include": ["legacy/**"] }"#)
        let included = CLIFixtures.lint(["-f", "concise", dir.path])
        #expect(included.stdout.contains("legacy/main.bicep") && !included.stdout.contains("infra/main.bicep"))
    }

    @Test func badConfigExitsTwoWithPositions() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let config = dir.write("armor.json", "{\n  \"rules\": { \"keyvault-first\": \"loud\" }\n}\n")
        let file = dir.write("main.bicep", CLIFixtures.foundry())
        let result = CLIFixtures.lint([file])
        #expect(result.status == .usage)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "\(config):2:32: error: invalid value 'loud' for rule 'keyvault-first': "
                + "expected one of 'off', 'info', 'warning', 'error'\n")
    }

    @Test func explicitConfigReplacesDiscovery() {
        let dir = TempDirectory()
        defer { dir.remove() }
        dir.write("armor.json", #"{ "rules": { "keyvault-first": "off" } }"#)
        let ci = dir.write("ci/armor.ci.json", #"{ "rules": { "role-assignment-dependson": "off" } }"#)
        let file = dir.write("main.bicep", CLIFixtures.foundry())
        #expect(CLIFixtures.findings(CLIFixtures.lint(["-f", "concise", file]).stdout) == [roleWarning])
        #expect(CLIFixtures.findings(CLIFixtures.lint(["-f", "concise", "--config", ci, file]).stdout) == [kvFirst])
        let missing = CLIFixtures.lint(["--config", dir.path + "/nope.json", file])
        #expect(missing.status == .usage)
        #expect(missing.stderr.contains("nope.json: error: cannot read configuration"))
    }

    @Test func suppressionsInBicepAndTheirAudit() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let text = CLIFixtures.foundry().replacing(
            "resource second", with: "#disable-next-line keyvault-first no-unused-params\nresource second")
            .replacing("resource account", with: "#disable-next-line dependency-cycle\nresource account")
        let file = dir.write("main.bicep", text)
        let result = CLIFixtures.lint(["-f", "concise", file])
        #expect(CLIFixtures.findings(result.stdout) == ["unused-suppression@2", "role-assignment-dependson@12"])
        #expect(result.status == .success)
        #expect(CLIFixtures.lint(["-f", "concise", "--fail-level", "info", file]).status == .findings)
        // The audit codes can be switched off like rules.
        dir.write("armor.json", #"{ "rules": { "unused-suppression": "off" } }"#)
        #expect(CLIFixtures.findings(CLIFixtures.lint(["-f", "concise", file]).stdout) == ["role-assignment-dependson@12"])
    }

    @Test func outputOrderIsStableAcrossParallelRuns() {
        let dir = TempDirectory()
        defer { dir.remove() }
        for i in 0..<24 { dir.write("t\(i % 5)/main\(i).bicep", CLIFixtures.foundry()) }
        let first = CLIFixtures.lint(["-f", "concise", dir.path])
        #expect(first.stdout.split(separator: "\n").count == 48)
        for _ in 0..<3 { #expect(CLIFixtures.lint(["-f", "concise", dir.path]).stdout == first.stdout) }
        let paths = first.stdout.split(separator: "\n").map { String($0.split(separator: ":")[0]) }
        #expect(paths == paths.sorted())
    }

    @Test func armJSONSuppressionThroughTheLinter() {
        let template = """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "resources": [
            {
              "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "vnet",
              "dependsOn": ["[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'missing')]"]
            }
          ]
        }
        """
        let plain = Linter().lint([SourceFile(path: "t.json", text: template)]).diagnostics.filter { $0.code.id != "arm-template-shape" }
        let ruleIDs = Set(plain.compactMap { d -> RuleID? in if case .rule(let id) = d.code { return id } else { return nil } })
        #expect(!ruleIDs.isEmpty, "the fixture should raise a rule finding: \(plain.map(\.message))")
        let directive = "      // armor-disable-next-line " + ruleIDs.map(\.rawValue).sorted().joined(separator: " ") + "\n"
        let suppressed = template.replacing("    {\n      \"type\"", with: "    " + directive.dropFirst(4) + "    {\n      \"type\"")
        let result = Linter().lint([SourceFile(path: "t.json", text: suppressed)]).diagnostics
        #expect(!result.contains { if case .rule = $0.code { return true } else { return false } })
        #expect(!result.contains { $0.code == .syntax(.unusedSuppression) })
    }
}
