import Testing
@testable import ArmorBase
@testable import ArmorKit
import ArmorTestSupport

/// `armor lint` with undecided checks: the summary in each format, `--show-undecided`, the exit
/// status, baselines. Most tests hand the command's reporting half a real lint of a real file
/// plus hand-built checks, as `Linter` hands them over (counted always; among the diagnostics
/// only when shown), so that they do not depend on which checks the rules leave undecided; the
/// `endToEnd` tests run the whole command on a template whose connection category is unknown.
@Suite struct LintCommandUndecidedTests {
    static let reason = "category of 'first' comes from parameter 'connections', which has no value"
    static let help = "Give 'connections' a value in a parameters file (--parameters) or a default."

    /// A clean template (two ordinary connections) and an undecided check on its first connection.
    private func setUp(_ dir: TempDirectory, template: String = CLIFixtures.foundry(category: "'AzureBlob'"))
        -> (file: String, check: Diagnostic) {
        let file = dir.write("main.bicep", template)
        let check = Diagnostic(code: .rule(.keyvaultFirst), severity: .info, message: Self.reason,
                               location: Location(path: file, span: OutputFixture.span(of: "resource first", in: template)),
                               help: Self.help,
                               isUndecided: true)
        return (file, check)
    }

    /// `armor lint WORDS` over `files`, with `undecided` added to the outcome as `Linter` would.
    private func lint(_ words: [String], _ files: [String], undecided: [Diagnostic]) throws -> CommandResult {
        let arguments = try Arguments.parse(words + files, spec: LintCommand.spec)
        let settings = LintCommand.parseSettings(arguments, environment: ["NO_COLOR": "1"])
        let inputs = try files.map { SourceFile(path: $0, bytes: try FileSystem.readFile($0)) }
        var options = Linter.Options()
        options.configurations = ConfigLocator()
        var outcome = Linter(options: options).lint(inputs)
        outcome.undecided = undecided
        if arguments[LintCommand.Options.showUndecided] {
            outcome.diagnostics = (outcome.diagnostics + undecided).sorted(by: Diagnostic.outputOrder)
        }
        return LintCommand.respond(to: outcome, arguments: arguments, settings: settings, errors: [],
                                   locator: ConfigLocator())
    }

    @Test func textSummaryCountsAndShowUndecidedLists() throws {
        let dir = TempDirectory()
        defer { dir.remove() }
        let (file, check) = setUp(dir)
        let hidden = try lint(["--fail-level", "info"], [file], undecided: [check])
        #expect(hidden.stdout == "No problems found in 1 file.\n"
            + "1 ordering check undecided: \(Self.reason) (--show-undecided lists them)\n")
        #expect(hidden.status == .success)
        let shown = try lint(["--fail-level", "info", "--show-undecided"], [file], undecided: [check])
        #expect(shown.stdout.hasPrefix("\(file):11:1: info [keyvault-first] \(Self.reason)\n"))
        #expect(shown.stdout.contains("\nhelp: \(Self.help)\n"))
        #expect(shown.stdout.hasSuffix("No problems found in 1 file.\n1 ordering check undecided: \(Self.reason)\n"))
        #expect(shown.status == .success)   // never a failure, even at --fail-level info
        // Without checks, nothing is said about them.
        #expect(try lint([], [file], undecided: []).stdout == "No problems found in 1 file.\n")
    }

    @Test func failLevelInfoStillFailsOnRealInfoFindings() throws {
        let dir = TempDirectory()
        defer { dir.remove() }
        let (file, check) = setUp(dir)
        var real = check
        real.isUndecided = false
        let words = ["--fail-level", "info", "--show-undecided", "-f", "json"]
        #expect(try lint(words, [file], undecided: [check]).status == .success)
        // The same diagnostic as a finding fails the run: only undecidedness exempts it.
        let arguments = try Arguments.parse(words + [file], spec: LintCommand.spec)
        var outcome = Linter.Outcome()
        outcome.diagnostics = [real]
        outcome.files = [file]
        let result = LintCommand.respond(to: outcome, arguments: arguments,
                                         settings: LintCommand.parseSettings(arguments, environment: [:]),
                                         errors: [], locator: ConfigLocator())
        #expect(result.status == .findings)
    }

    @Test(arguments: ReportFormat.allCases)
    func everyFormatCarriesTheCount(_ format: ReportFormat) throws {
        let dir = TempDirectory()
        defer { dir.remove() }
        let (file, check) = setUp(dir)
        let result = try lint(["-f", format.rawValue, "--fail-level", "info"], [file], undecided: [check])
        #expect(result.status == .success)
        #expect(Self.mentionsUndecided(result.stdout + result.stderr))
        if format == .concise {
            // Problem matchers read stdout: the count goes to stderr.
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "armor: 1 ordering check undecided: \(Self.reason) (--show-undecided lists them)\n")
        }
        let shown = try lint(["-f", format.rawValue, "--fail-level", "info", "--show-undecided"], [file], undecided: [check])
        #expect(shown.status == .success)
        #expect((shown.stdout + shown.stderr).contains(Self.help))
        let clean = try lint(["-f", format.rawValue], [file], undecided: [])
        #expect(!Self.mentionsUndecided(clean.stdout + clean.stderr))
    }

    @Test func concisePatternStillMatchesEveryStdoutLine() throws {
        let dir = TempDirectory()
        defer { dir.remove() }
        let (file, check) = setUp(dir, template: CLIFixtures.foundry())
        let result = try lint(["-f", "concise", "--show-undecided"], [file], undecided: [check])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        let regex = try Regex(EditorPatternTests.vscode)
        for line in lines { #expect(try regex.wholeMatch(in: line) != nil, "no match: \(line)") }
        #expect(lines.contains { $0.contains("info [keyvault-first] \(Self.reason); help: ") })
        #expect(result.status == .findings)   // the real keyvault-first error still fails
    }

    @Test func baselinesLeaveUndecidedOut() throws {
        let dir = TempDirectory()
        defer { dir.remove() }
        let (file, check) = setUp(dir, template: CLIFixtures.foundry())
        let baseline = dir.path + "/baseline.json"
        let written = try lint(["--show-undecided", "--write-baseline", baseline, "-f", "json"], [file], undecided: [check])
        #expect(written.stderr.contains("wrote 2 finding(s)"))
        let recorded = try Baseline.parse(try FileSystem.readFile(baseline), path: baseline)
        #expect(recorded.entries.map(\.code) == ["keyvault-first", "role-assignment-dependson"])
        // The same baseline as a run without the check.
        let plain = dir.path + "/plain.json"
        _ = try lint(["--write-baseline", plain], [file], undecided: [])
        #expect(dir.read("plain.json") == dir.read("baseline.json"))
        let again = try lint(["--show-undecided", "--baseline", baseline, "-f", "concise"], [file], undecided: [check])
        #expect(CLIFixtures.findings(again.stdout) == ["keyvault-first@11"])
        #expect(again.stdout.contains("info [keyvault-first] \(Self.reason)"))
        #expect(again.status == .success)   // the baselined findings are gone; the check never fails
        #expect(again.stderr.contains("1 ordering check undecided"))
    }

    @Test func outputFileAndStatisticsMentionTheCount() throws {
        let dir = TempDirectory()
        defer { dir.remove() }
        let (file, check) = setUp(dir)
        let report = dir.path + "/report.sarif"
        let result = try lint(["-f", "sarif", "-o", report, "--statistics"], [file], undecided: [check])
        #expect(result.stderr.contains("armor: No problems found in 1 file. (report written to \(report))\n"
            + "armor: 1 ordering check undecided: \(Self.reason) (--show-undecided lists them)\n"))
        #expect(result.stderr.hasSuffix("\nNo findings.\n1 undecided\n"))
        #expect(dir.read("report.sarif")?.contains("\"undecided\": 1") == true)
    }

    /// The summary line, a JSON/SARIF key or the JUnit property (not a path: the working
    /// folder's name may well contain the word).
    static func mentionsUndecided(_ text: String) -> Bool {
        ["check undecided", "\"undecided\"", "armor.undecided"].contains { text.contains($0) }
    }

    @Test func helpMentionsShowUndecided() {
        let lintHelp = LintCommand.run(["--help"], environment: [:])
        #expect(lintHelp.status == .success)
        #expect(lintHelp.stdout.contains("--show-undecided"))
        #expect(lintHelp.stdout.hasPrefix("Usage: armor lint"))
        // The top-level help lists commands; each command's options are in its own help.
        #expect(ArmorCLI.run(["help", "lint"]).stdout == lintHelp.stdout)
        #expect(ArmorCLI.run(["lint", "-h"]).stdout == lintHelp.stdout)
    }

    /// A Key Vault connection (API key: no grant needed; its managed-identity hint suppressed) and
    /// a loop of connections over a parameter without a value: whether the loop must wait for the
    /// Key Vault connection is undecided (keyvault-first), and nothing else is found.
    static let unknownCategories = """
        param connections array

        resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
          name: 'foundry-undecided'
          location: 'westeurope'
          kind: 'AIServices'
          sku: { name: 'S0' }
          identity: { type: 'SystemAssigned' }
          properties: {}
        }

        #disable-next-line connection-managed-identity
        resource kv 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
          parent: account
          name: 'keyvault'
          properties: { category: 'AzureKeyVault', target: 'https://kv.vault.azure.net', authType: 'ApiKey' }
        }

        resource conns 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = [for c in connections: {
          parent: account
          name: c.name
          properties: { category: c.category, target: c.target, authType: 'AAD' }
        }]

        """

    @Test func endToEndCountListFailLevelAndBaseline() throws {
        let dir = TempDirectory()
        defer { dir.remove() }
        let file = dir.write("main.bicep", Self.unknownCategories)
        let plain = CLIFixtures.lint(["--fail-level", "info", "-f", "concise", file])
        #expect(plain.stdout.isEmpty)
        #expect(plain.stderr.hasPrefix("armor: 1 ordering check undecided: "))
        #expect(plain.stderr.contains("parameter 'connections' has no value"))
        #expect(plain.stderr.hasSuffix(" (--show-undecided lists them)\n"))
        #expect(plain.status == .success)
        let shown = CLIFixtures.lint(["--fail-level", "info", "--show-undecided", "-f", "concise", file])
        #expect(CLIFixtures.findings(shown.stdout) == ["keyvault-first@19"])
        #expect(shown.stdout.contains(": info [keyvault-first] ") && shown.stdout.contains("; help: "))
        #expect(shown.status == .success)
        let baseline = dir.path + "/baseline.json"
        let written = CLIFixtures.lint(["--show-undecided", "--write-baseline", baseline, "-f", "json", file])
        #expect(written.stderr.contains("wrote 0 finding(s)"))
        #expect(try Baseline.parse(try FileSystem.readFile(baseline), path: baseline).entries.isEmpty)
        let again = CLIFixtures.lint(["--show-undecided", "--baseline", baseline, "-f", "concise", file])
        #expect(again.stdout == shown.stdout)
    }

    @Test func endToEndEveryFormatCountsIt() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let file = dir.write("main.bicep", Self.unknownCategories)
        for format in ReportFormat.allCases {
            let result = CLIFixtures.lint(["-f", format.rawValue, "--fail-level", "info", file])
            #expect(Self.mentionsUndecided(result.stdout + result.stderr), "\(format)")
            #expect(result.status == .success)
        }
    }
}
