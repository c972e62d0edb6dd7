import Testing
@testable import ArmorBase
@testable import ArmorAnalysis
@testable import ArmorKit
import ArmorTestSupport

/// Parameters files, `--stdin`, and `armor init`.
@Suite struct LintCommandInputTests {
    private let kvFirst = "keyvault-first@\(CLIFixtures.secondLine)"

    /// `category` is 'AzureBlob' by default, so keyvault-first fires only with a parameters
    /// file that makes the first connection a Key Vault connection.
    private func setUp(_ dir: TempDirectory) -> String {
        dir.write("infra/main.bicep", CLIFixtures.foundry(parameter: true))
    }

    private func ids(_ result: CommandResult) -> [String] { CLIFixtures.findings(result.stdout) }

    @Test func defaultsWithoutParametersFile() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let template = setUp(dir)
        let result = CLIFixtures.lint(["-f", "concise", template])
        #expect(ids(result) == [])
        #expect(result.status == .success)
    }

    @Test func bicepparamBesideTheTemplateIsUsed() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let template = setUp(dir)
        // Evaluated with its own variables in scope.
        dir.write("infra/main.prod.bicepparam", "using './main.bicep'\nvar kv = concat('AzureKey', 'Vault')\nparam category = kv\n")
        #expect(ids(CLIFixtures.lint(["-f", "concise", template])) == ["role-assignment-dependson@11", kvFirst])
        // A second candidate makes the choice ambiguous: defaults again.
        dir.write("infra/main.dev.bicepparam", "using './main.bicep'\nparam category = 'AzureBlob'\n")
        #expect(ids(CLIFixtures.lint(["-f", "concise", template])) == [])
        // An explicit file settles it.
        let explicit = CLIFixtures.lint(["-f", "concise", "--parameters", dir.path + "/infra/main.prod.bicepparam", template])
        #expect(ids(explicit) == ["role-assignment-dependson@11", kvFirst])
    }

    @Test func armParametersFileAndConfigMapping() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let template = setUp(dir)
        let json = dir.write("params/prod.parameters.json", """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
          "contentVersion": "1.0.0.0",
          "parameters": { "category": { "value": "AzureKeyVault" } }
        }
        """)
        #expect(ids(CLIFixtures.lint(["-f", "concise", "--parameters", json, template])).contains(kvFirst))
        dir.write("armor.json", #"{ "parameters": { "infra/*.bicep": "params/prod.parameters.json" } }"#)
        #expect(ids(CLIFixtures.lint(["-f", "concise", template])).contains(kvFirst))
        dir.write("armor.json", #"{ "parameters": { "infra/*.bicep": "params/missing.json" } }"#)
        let missing = CLIFixtures.lint(["-f", "concise", template])
        #expect(missing.status == .usage)
        #expect(missing.stderr.contains("cannot read parameters file"))
    }

    @Test func explicitBicepparamForAnotherTemplateIsAnError() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let template = setUp(dir)
        let params = dir.write("other/x.bicepparam", "using './main.bicep'\nparam category = 'AzureKeyVault'\n")
        let result = CLIFixtures.lint(["--parameters", params, template])
        #expect(result.status == .usage)
        #expect(result.stderr.contains("which is not being linted"))
    }

    @Test func parametersFileSyntaxErrorsAreReported() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let template = setUp(dir)
        dir.write("infra/main.bicepparam", "using './main.bicep'\nparam category = \n")
        let result = CLIFixtures.lint(["-f", "concise", template])
        #expect(result.stdout.contains("main.bicepparam:2:"))
        #expect(result.status == .findings)
        // A broken .bicepparam for another template is not this template's business…
        dir.write("infra/main.bicepparam", "using './main.bicep'\nparam category = 'AzureBlob'\n")
        dir.write("infra/other.bicepparam", "using './other.bicep'\nparam category = \n")
        #expect(CLIFixtures.lint(["-f", "concise", template]).stdout.isEmpty)
        // …unless it is linted itself.
        #expect(CLIFixtures.lint(["-f", "concise", dir.path + "/infra"]).stdout.contains("other.bicepparam:2:"))
    }

    @Test func stdinIsLintedAsIfAtItsPath() {
        let dir = TempDirectory()
        defer { dir.remove() }
        // The module exists on disk beside the (unsaved) file; the file itself does not.
        dir.write("infra/modules/conns.bicep", "param accountName string\n")
        let text = CLIFixtures.foundry() + "module m './modules/conns.bicep' = {\n  name: 'm'\n  params: { accountName: 'acct' }\n}\n"
        let path = dir.path + "/infra/unsaved.bicep"
        let result = CLIFixtures.lint(["-f", "concise", "--stdin", "--stdin-filename", path], stdin: Array(text.utf8))
        #expect(ids(result) == ["role-assignment-dependson@11", kvFirst])
        #expect(result.stdout.hasPrefix(path + ":"))
        // A module path that does not resolve beside PATH is reported.
        let elsewhere = CLIFixtures.lint(["-f", "concise", "--stdin", "--stdin-filename", dir.path + "/x.bicep"],
                                         stdin: Array(text.utf8))
        #expect(elsewhere.stdout.contains("conns.bicep"))
        // Configuration is found from PATH too.
        dir.write("infra/armor.json", #"{ "rules": { "keyvault-first": "off" } }"#)
        let configured = CLIFixtures.lint(["-f", "concise", "--stdin", "--stdin-filename", path], stdin: Array(text.utf8))
        #expect(ids(configured) == ["role-assignment-dependson@11"])
        #expect(CLIFixtures.lint(["--stdin"]).status == .usage)
    }

    @Test func initWritesAConfigThatLoadsCleanly() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let written = InitCommand.run([dir.path])
        #expect(written.status == .success)
        let text = dir.read("armor.json") ?? ""
        let parsed = ConfigFile.parse(SourceFile(path: "armor.json", text: text), directory: dir.path)
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.configuration.rules.count == RuleID.allCases.count)
        for id in RuleID.allCases { #expect(parsed.configuration.rules[.rule(id)]?.severity == id.metadata.severity) }
        #expect(parsed.configuration.failLevel == .error)
        #expect(text.hasPrefix("// armor configuration"))
        // No overwrite without --force.
        dir.write("armor.json", "{}")
        let refused = InitCommand.run([dir.path])
        #expect(refused.status == .usage && refused.stderr.contains("already exists"))
        #expect(dir.read("armor.json") == "{}")
        #expect(InitCommand.run([dir.path, "--force"]).status == .success)
        #expect(dir.read("armor.json") == text)
        #expect(ArmorCLI.run(["init", dir.path + "/missing"]).status == .usage)
    }
}
