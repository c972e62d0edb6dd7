import Testing
@testable import ArmorBase
@testable import ArmorKit

/// The lint post-pass over undecided checks: rule levels never raise them, `off` drops them
/// with the rule, and suppression directives silence them like findings.
@Suite struct UndecidedFilterTests {
    static let text = "param c string\n#disable-next-line keyvault-first\nresource a 'A/b@1' = {}\nresource b 'A/b@1' = {}\n"

    private func check(_ id: RuleID, line: Int, in source: SourceFile) -> Diagnostic {
        let start = Int(source.lines.starts[line - 1])
        return Diagnostic(code: .rule(id), severity: .info, message: "category of 'a' comes from parameter 'c', which has no value",
                          location: Location(path: source.path, span: Span(start, start + 8)), isUndecided: true)
    }

    @Test func ruleLevelsNeverRaiseAnUndecidedCheck() {
        let source = SourceFile(path: "/tmp/m.bicep", text: Self.text)
        let run = LintRun(options: Linter.Options(), inputs: [source])
        var configuration = Configuration(directory: "/")
        // An info rule set to warning raises its findings, but not its undecided checks.
        configuration.rules[.rule(.connectionManagedIdentity)] = .warning
        let undecided = check(.connectionManagedIdentity, line: 4, in: source)
        #expect(run.apply(configuration, to: undecided) == undecided)
        var finding = undecided
        finding.isUndecided = false
        #expect(run.apply(configuration, to: finding)?.severity == .warning)
        // `off` drops them with the rule's findings.
        configuration.rules[.rule(.connectionManagedIdentity)] = .off
        #expect(run.apply(configuration, to: undecided) == nil)
        configuration.rules[.rule(.keyvaultFirst)] = .error
        #expect(run.apply(configuration, to: check(.keyvaultFirst, line: 4, in: source))?.severity == .info)
    }

    @Test func suppressionsSilenceUndecidedChecks() {
        let source = SourceFile(path: "/tmp/armor-undecided-m.bicep", text: Self.text)
        var run = LintRun(options: Linter.Options(), inputs: [source])
        var sources = [source.path: source]
        let suppressed = check(.keyvaultFirst, line: 3, in: source)
        let kept = check(.keyvaultFirst, line: 4, in: source)
        let result = run.filter([suppressed, kept], linted: [source.path], sources: &sources)
        // The directive did its work, so it is not reported as unused either.
        #expect(result == [kept])
    }
}
