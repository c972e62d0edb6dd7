import Testing
@testable import ArmorBase
@testable import ArmorRules
@testable import ArmorKit
import ArmorTestSupport

/// Every help line is right because it applies itself: over the samples, the scenario fixtures
/// and the rule pages' bad examples, every safe fix is applied (`armor lint --fix`'s loop), and
/// then the fixed findings are gone, no finding is new (no cycle, no syntax error, no newly
/// unnecessary entry), and a second `--fix` changes nothing.
@Suite struct FixHonestyTests {
    /// What one folder's fix run did.
    struct Check {
        var fixable = 0
        var applied = 0
        var passes = 0
        var problems: [String] = []
    }

    static func check(_ inputs: [SourceFile]) -> Check {
        var options = Linter.Options()
        options.configurations = ConfigLocator()
        let linter = Linter(options: options)
        let before = linter.lint(inputs)
        var check = Check()
        check.fixable = before.diagnostics.filter { $0.fix?.applicability == .safe }.count
        // The help line is the fix's title, and the edits touch the linted files only.
        let paths = Set(inputs.map(\.path))
        for diagnostic in before.diagnostics {
            guard let fix = diagnostic.fix else { continue }
            if diagnostic.help != fix.title { check.problems.append("help '\(diagnostic.help ?? "")' is not the fix title '\(fix.title)'") }
            if fix.edits.isEmpty || !fix.edits.allSatisfy({ paths.contains($0.path) }) {
                check.problems.append("fix '\(fix.title)' edits no linted file")
            }
        }
        let result = FixLoop(linter: linter, unsafe: false).run(inputs)
        check.applied = result.applied
        check.passes = result.passes
        let key = { (d: Diagnostic) in "\(d.location.path): [\(d.code.id)] \(d.message)" }
        var old: [String: Int] = [:]
        for diagnostic in before.diagnostics { old[key(diagnostic), default: 0] += 1 }
        for diagnostic in result.outcome.diagnostics {
            if diagnostic.fix?.applicability == .safe {
                check.problems.append("still fixable after --fix: \(key(diagnostic)) (\(diagnostic.help ?? ""))")
            }
            if old[key(diagnostic), default: 0] > 0 {
                old[key(diagnostic), default: 0] -= 1
            } else {
                let line = result.outcome.sources[diagnostic.location.path]?.location(of: diagnostic.location.span.start).line ?? 0
                check.problems.append("new after --fix, line \(line): \(key(diagnostic))")
            }
        }
        let again = FixLoop(linter: linter, unsafe: false).run(result.inputs)
        if again.applied != 0 || zip(again.inputs, result.inputs).contains(where: { $0.bytes != $1.bytes }) {
            check.problems.append("a second --fix changed the text again (\(again.applied) fixes)")
        }
        return check
    }

    static func read(folder: String) -> [SourceFile] {
        FileDiscovery.discover([folder]).files.sorted().compactMap { path in
            (try? FileSystem.readFile(path)).map { SourceFile(path: path, bytes: $0) }
        }
    }

    @Test func samples() {
        let check = Self.check(Self.read(folder: PackageRoot.file("Samples")))
        #expect(check.problems.isEmpty, "\(check.problems.joined(separator: "\n"))")
        #expect(check.applied > 0)
        print("fix honesty: Samples: \(check.fixable) fixable findings, \(check.applied) fixes applied")
    }

    @Test(arguments: ScenarioTests.names)
    func scenario(_ name: String) {
        let check = Self.check(Self.read(folder: ScenarioTests.fixtures + "/" + name))
        #expect(check.problems.isEmpty, "\(name):\n\(check.problems.joined(separator: "\n"))")
        // Two findings can share one edit (both ordering rules ask for the same entry).
        #expect(check.fixable == 0 || check.applied > 0)
    }

    /// The counts, for the record: how many findings over the fixtures carry a fix that applies.
    @Test func counts() throws {
        var total = Check()
        var folders = 0
        for name in ScenarioTests.names {
            let check = Self.check(Self.read(folder: ScenarioTests.fixtures + "/" + name))
            total.fixable += check.fixable
            total.applied += check.applied
            total.problems += check.problems
            if check.applied > 0 { folders += 1 }
            if check.passes > 1 { print("fix honesty: \(name) took \(check.passes) passes") }
        }
        for id in RuleID.allCases {
            let page = try #require(RulePageTests.page(id))
            for (index, example) in page.examples.enumerated() where example.verdict == "bad" && example.language != "sh"
                && example.language != "powershell" {
                let check = Self.check([SourceFile(path: "/virtual/\(id.rawValue)-\(index).\(example.fileExtension)", text: example.text)])
                total.fixable += check.fixable
                total.applied += check.applied
                total.problems += check.problems
            }
        }
        print("fix honesty: scenarios and page examples: \(total.fixable) fixable findings, \(total.applied) fixes applied "
              + "(\(folders) scenario folders changed), \(total.problems.count) problems")
        #expect(total.problems.isEmpty)
        #expect(total.applied >= 20)
    }

    @Test(arguments: RuleID.allCases)
    func pageExamples(_ id: RuleID) throws {
        let page = try #require(RulePageTests.page(id))
        for (index, example) in page.examples.enumerated() where example.verdict == "bad"
            && (example.language == "bicep" || example.language == "json") {
            let source = SourceFile(path: "/virtual/\(id.rawValue)-\(index).\(example.fileExtension)", text: example.text)
            let check = Self.check([source])
            #expect(check.problems.isEmpty, "\(id.rawValue) example at page line \(example.pageLine):\n\(check.problems.joined(separator: "\n"))")
        }
    }

    /// The pages of the rules that have fixes show them working.
    @Test(arguments: [RuleID.unnecessaryDependsOn, .roleAssignmentPrincipalType, .keyvaultFirst, .roleAssignmentDependsOn, .dependencyCycle])
    func pagesOfFixingRulesHaveFixes(_ id: RuleID) throws {
        let page = try #require(RulePageTests.page(id))
        var applied = 0
        for (index, example) in page.examples.enumerated() where example.verdict == "bad" {
            let source = SourceFile(path: "/virtual/\(id.rawValue)-\(index).\(example.fileExtension)", text: example.text)
            applied += Self.check([source]).applied
        }
        #expect(applied > 0)
    }
}
