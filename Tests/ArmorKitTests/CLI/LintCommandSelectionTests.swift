import Testing
@testable import ArmorBase
@testable import ArmorKit
import ArmorTestSupport

/// `--select`, `--extend-select`, `--ignore` (and how they meet armor.json), `--quiet`,
/// `--exit-zero`, `--color`, and "did you mean" for commands.
@Suite struct LintCommandSelectionTests {
    private let kvFirst = "keyvault-first@\(CLIFixtures.secondLine)"
    private let roleWarning = "role-assignment-dependson@11"

    @Test func selectIgnoreAndExtendSelectTakeIdsAndCategories() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let file = dir.write("main.bicep", CLIFixtures.foundry())
        func findings(_ words: [String]) -> [String] { CLIFixtures.findings(CLIFixtures.lint(["-f", "concise"] + words + [file]).stdout) }
        #expect(findings(["--select", "keyvault-first"]) == [kvFirst])
        #expect(findings(["--select", "deployment-order"]) == [roleWarning, kvFirst])
        #expect(findings(["--select", "security,network"]) == [])
        #expect(findings(["--ignore", "keyvault-first"]) == [roleWarning])
        #expect(findings(["--ignore", "deployment-order"]) == [])
        #expect(findings(["--select", "graph", "--extend-select", "keyvault-first"]) == [kvFirst])
        #expect(findings(["--select", "all", "--ignore", "role-assignment-dependson"]) == [kvFirst])
        // Repeated options add up; ignore beats select.
        #expect(findings(["--select", "keyvault-first", "--select", "role-assignment-dependson", "--ignore", "keyvault-first"]) == [roleWarning])
    }

    @Test func unknownRuleOrCategoryIsAUsageErrorWithASuggestion() {
        let result = CLIFixtures.lint(["--select", "keyvault-frist", "."])
        #expect(result.status == .usage)
        #expect(result.stderr.contains("unknown rule or category 'keyvault-frist' for '--select'; did you mean 'keyvault-first'?"))
        let category = CLIFixtures.lint(["--ignore", "deployment-ordr", "."])
        #expect(category.status == .usage && category.stderr.contains("did you mean 'deployment-order'?"))
        #expect(CLIFixtures.lint(["--extend-select", "nothing-like-it", "."]).status == .usage)
    }

    @Test func anEmptySelectionIsAUsageErrorNotASilentPass() {
        for words in [["--select", ""], ["--ignore", " , "], ["--extend-select", ","]] {
            let result = CLIFixtures.lint(words + ["."])
            #expect(result.status == .usage, "\(words)")
            #expect(result.stderr.contains("needs a rule id or category"), "\(words)")
        }
    }

    @Test func theCommandLineWinsOverArmorJSON() {
        let dir = TempDirectory()
        defer { dir.remove() }
        dir.write("armor.json", #"{ "rules": { "keyvault-first": "off", "role-assignment-dependson": "info" } }"#)
        let file = dir.write("main.bicep", CLIFixtures.foundry())
        func lint(_ words: [String]) -> CommandResult { CLIFixtures.lint(["-f", "concise"] + words + [file]) }
        #expect(CLIFixtures.findings(lint([]).stdout) == [roleWarning])
        // Selected by name or category: runs although armor.json turns it off.
        #expect(CLIFixtures.findings(lint(["--extend-select", "keyvault-first"]).stdout) == [roleWarning, kvFirst])
        #expect(CLIFixtures.findings(lint(["--select", "deployment-order"]).stdout) == [roleWarning, kvFirst])
        // The configuration's level still applies to a rule it does not turn off.
        #expect(lint(["--select", "role-assignment-dependson"]).stdout.contains("info [role-assignment-dependson]"))
        #expect(CLIFixtures.findings(lint(["--ignore", "role-assignment-dependson"]).stdout) == [])
    }

    @Test func quietPrintsFindingsOnlyAndExitZeroKeepsUsageErrors() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let file = dir.write("main.bicep", CLIFixtures.foundry())
        let loud = CLIFixtures.lint([file])
        #expect(loud.stdout.contains("2 files") || loud.stdout.contains("in 1 file"))
        let quiet = CLIFixtures.lint(["--quiet", file])
        #expect(quiet.stdout.contains("error [keyvault-first]"))
        #expect(!quiet.stdout.contains("in 1 file"))
        #expect(quiet.status == .findings)
        let report = dir.path + "/report.txt"
        let written = CLIFixtures.lint(["-q", "-o", report, file])
        #expect(written.stderr.isEmpty && written.stdout.isEmpty)
        #expect(CLIFixtures.lint(["--exit-zero", file]).status == .success)
        #expect(CLIFixtures.lint(["--exit-zero", dir.path + "/missing.bicep"]).status == .usage)
        #expect(CLIFixtures.lint(["--exit-zero", "--format", "nope", file]).status == .usage)
    }

    @Test func colorChoiceAndEnvironment() throws {
        func color(_ words: [String], _ environment: [String: String] = [:], terminal: Bool) throws -> Bool {
            let arguments = try Arguments.parse(words, spec: LintCommand.spec)
            return LintCommand.color(arguments, environment: environment, isTerminal: terminal)
        }
        #expect(try color([], terminal: true))
        #expect(try !color([], terminal: false))
        #expect(try !color([], ["NO_COLOR": "1"], terminal: true))
        #expect(try !color([], ["TERM": "dumb"], terminal: true))
        #expect(try color([], ["FORCE_COLOR": "1"], terminal: false))
        #expect(try !color([], ["FORCE_COLOR": ""], terminal: false))
        #expect(try color(["--color", "always"], ["NO_COLOR": "1"], terminal: false))
        #expect(try !color(["--color", "never"], ["FORCE_COLOR": "1"], terminal: true))
        #expect(try !color(["--no-color"], terminal: true))
        #expect(LintCommand.run(["--color", "sometimes"], environment: [:]).status == .usage)
        // Colour reaches the text report.
        let dir = TempDirectory()
        defer { dir.remove() }
        let file = dir.write("main.bicep", CLIFixtures.foundry())
        #expect(LintCommand.run(["--color", "always", file], environment: [:], stdin: { nil }).stdout.contains("\u{1B}["))
        #expect(!LintCommand.run(["--color", "never", file], environment: ["FORCE_COLOR": "1"], stdin: { nil }).stdout.contains("\u{1B}["))
    }

    @Test func didYouMeanForCommands() {
        let result = ArmorCLI.run(["lnit"])
        #expect(result.status == .usage)
        #expect(result.stderr.contains("unknown command 'lnit'; did you mean 'lint'?"))
        #expect(ArmorCLI.run(["explian", "x"]).stderr.contains("did you mean 'explain'?"))
        #expect(ArmorCLI.run(["grpah"]).stderr.contains("did you mean 'graph'?"))
    }
}
