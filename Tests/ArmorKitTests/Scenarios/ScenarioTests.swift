import Testing
@testable import ArmorBase
@testable import ArmorKit

/// The labelled scenarios under `Fixtures/`: each folder is linted as `armor lint <folder>` would
/// lint it, and the findings of the four deployment-order rules and of the graph rules that fail
/// a deployment must be exactly the marked ones (file, line, rule, severity). Other rules are not
/// judged here.
@Suite struct ScenarioTests {
    static let fixtures = Paths.directory(of: #filePath) + "/Fixtures"

    static var names: [String] {
        ((try? FileSystem.listDirectory(fixtures)) ?? []).filter { FileSystem.kind(of: fixtures + "/" + $0) == .directory }.sorted()
    }

    @Test func thereAreEnoughScenarios() {
        #expect(Self.names.count >= 60)
    }

    @Test(arguments: names)
    func scenario(_ name: String) throws {
        let folder = Self.fixtures + "/" + name
        let run = ScenarioRun(folder: folder)
        #expect(run.markerProblems.isEmpty, "\(run.markerProblems.joined(separator: "\n"))")
        #expect(run.syntaxErrors.isEmpty, "fixture does not parse cleanly:\n\(run.syntaxErrors.joined(separator: "\n"))")
        #expect(!run.files.isEmpty, "no template in \(name)")
        let missing = run.expected.subtracting(run.reported).sorted()
        let unexpected = run.reported.subtracting(run.expected).sorted()
        #expect(missing.isEmpty && unexpected.isEmpty, "\(name):\n\(run.diff(missing: missing, unexpected: unexpected))")
    }
}

/// One scenario folder linted with the CLI's discovery, configuration lookup and linter.
struct ScenarioRun {
    var files: [String] = []
    var expected = Set<ScenarioFinding>()
    var reported = Set<ScenarioFinding>()
    var markerProblems: [String] = []
    var syntaxErrors: [String] = []
    /// Reported core findings with their messages, by finding.
    var messages: [ScenarioFinding: String] = [:]
    private var sources: [String: SourceFile] = [:]
    private let folder: String

    init(folder: String) {
        self.folder = folder
        let discovered = FileDiscovery.discover([folder])
        var inputs: [SourceFile] = []
        for path in discovered.files.sorted() {
            guard let bytes = try? FileSystem.readFile(path) else { continue }
            let source = SourceFile(path: path, bytes: bytes)
            inputs.append(source)
            let relative = relative(path)
            sources[relative] = source
            let parsed = ScenarioMarkers.parse(String(decoding: bytes, as: UTF8.self), file: relative)
            expected.formUnion(parsed.findings)
            markerProblems += parsed.problems
        }
        var options = Linter.Options()
        options.configurations = ConfigLocator()
        options.showUndecided = true
        let outcome = Linter(options: options).lint(inputs)
        files = outcome.files
        for diagnostic in outcome.diagnostics {
            let file = relative(diagnostic.location.path)
            let line = outcome.sources[diagnostic.location.path]?.location(of: diagnostic.location.span.start).line ?? 0
            switch diagnostic.code {
            case .rule(let id) where ScenarioMarkers.judgedRules.contains(id.rawValue):
                let rule = diagnostic.isUndecided ? ScenarioMarkers.undecided(id.rawValue) : id.rawValue
                let finding = ScenarioFinding(file: file, line: line, rule: rule, severity: diagnostic.severity)
                reported.insert(finding)
                messages[finding] = diagnostic.message + (diagnostic.help.map { " (help: \($0))" } ?? "")
            case .syntax where diagnostic.severity == .error:
                syntaxErrors.append("\(file):\(line): \(diagnostic.message)")
            default:
                break
            }
        }
        syntaxErrors += outcome.errors
    }

    private func relative(_ path: String) -> String {
        path.hasPrefix(folder + "/") ? String(path.dropFirst(folder.count + 1)) : path
    }

    /// Missing and unexpected findings, each with its source line (and armor's message).
    func diff(missing: [ScenarioFinding], unexpected: [ScenarioFinding]) -> String {
        var text = ""
        for finding in missing { text += "  missing    \(finding)\n      | \(sourceLine(finding))\n" }
        for finding in unexpected {
            text += "  unexpected \(finding)\n      | \(sourceLine(finding))\n      armor: \(messages[finding] ?? "")\n"
        }
        return text
    }

    private func sourceLine(_ finding: ScenarioFinding) -> String {
        guard let source = sources[finding.file] else { return "" }
        let text = String(decoding: source.bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard finding.line >= 1, finding.line <= lines.count else { return "" }
        return String(lines[finding.line - 1]).trimmingPrefixWhitespace
    }
}

extension String {
    fileprivate var trimmingPrefixWhitespace: String { String(drop { $0 == " " || $0 == "\t" }) }
}
