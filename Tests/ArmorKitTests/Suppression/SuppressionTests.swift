import Testing
@testable import ArmorBase
@testable import ArmorKit

@Suite struct SuppressionTests {
    private func finding(_ id: RuleID, line: Int, in source: SourceFile) -> Diagnostic {
        let start = Int(source.lines.starts[line - 1])
        return Diagnostic(code: .rule(id), severity: .error, message: "m", location: Location(path: source.path, span: Span(start, start + 1)))
    }

    private func run(_ source: SourceFile, _ findings: [Diagnostic], enabled: Set<RuleID> = Set(RuleID.allCases)) -> Suppressor.Result {
        Suppressor.apply(findings, indexes: [source.path: Suppressor.index(source)], sources: [source.path: source],
                         audited: [source.path]) { rule, _ in enabled.contains(rule) }
    }

    @Test func nextLineCoversOnlyTheNextLine() {
        let source = SourceFile(path: "m.bicep", text: "#disable-next-line keyvault-first\nresource a 'A/b@1' = {}\nresource b 'A/b@1' = {}\n")
        let result = run(source, [finding(.keyvaultFirst, line: 2, in: source), finding(.keyvaultFirst, line: 3, in: source)])
        #expect(result.kept.map { source.location(of: $0.location.span.start).line } == [3])
        #expect(result.audit.isEmpty)
    }

    @Test func regionsRunToRestoreOrEndOfFile() {
        let text = "#disable-diagnostics dependency-cycle keyvault-first\nx\ny\n#restore-diagnostics dependency-cycle\nz\n"
        let source = SourceFile(path: "m.bicep", text: text)
        let findings = [2, 3, 5].map { finding(.dependencyCycle, line: $0, in: source) } + [finding(.keyvaultFirst, line: 5, in: source)]
        let result = run(source, findings)
        #expect(result.kept.map { "\($0.code.id)@\(source.location(of: $0.location.span.start).line)" } == ["dependency-cycle@5"])
        #expect(result.audit.isEmpty)
    }

    @Test func syntaxDiagnosticsAreNeverSuppressed() {
        let source = SourceFile(path: "m.bicep", text: "#disable-next-line BCP001 keyvault-first\n?\n")
        let syntax = Diagnostic(code: .syntax(SyntaxCode.bcp001), severity: .error, message: "bad",
                                location: Location(path: source.path, span: Span(41, 42)))
        let result = run(source, [syntax])
        #expect(result.kept == [syntax])
        // The armor id did nothing: reported; the BCP code is the Bicep compiler's business.
        #expect(result.audit.map(\.message) == ["unused suppression: no 'keyvault-first' finding on the next line"])
        #expect(result.audit.allSatisfy { $0.severity == .info && $0.code == .syntax(.unusedSuppression) })
    }

    @Test func auditOfUnknownAndUnusedCodes() {
        let text = "#disable-next-line no-unused-params keyvault-frist zzz-unrelated role-assignment-dependson\nx\n"
        let source = SourceFile(path: "m.bicep", text: text)
        let result = run(source, [])
        #expect(result.audit.map { "\($0.code.id): \(source.text($0.location.span))" } == [
            "unknown-rule: keyvault-frist",
            "unused-suppression: role-assignment-dependson",
        ])
        // A rule that is switched off for the file has nothing to suppress: not "unused".
        #expect(run(source, [], enabled: []).audit.map(\.code.id) == ["unknown-rule"])
    }

    @Test func armAndScriptDirectivesReportEveryUnknownId() {
        let json = SourceFile(path: "t.json", text: "{\n// armor-disable-next-line zzz-unrelated\n\"a\": 1\n}\n")
        #expect(run(json, []).audit.map(\.message) == ["unknown rule 'zzz-unrelated' in suppression (run 'armor rules' for the list)"])
        let script = SourceFile(path: "t.sh", text: "# armor-disable-next-line\naz group delete\n")
        #expect(run(script, []).audit.map(\.code.id) == ["unknown-rule"])
    }

    @Test func armDirectiveSuppressesFindingOnNextLine() {
        let json = SourceFile(path: "t.json", text: "{\n  // armor-disable-next-line keyvault-first\n  \"a\": 1\n}\n")
        let result = run(json, [finding(.keyvaultFirst, line: 3, in: json)])
        #expect(result.kept.isEmpty)
        #expect(result.audit.isEmpty)
    }

    @Test func indexResolvesOverlappingDirectives() {
        let directives = [
            Directive(kind: .disable, codes: [.init(id: "a", span: .zero)], line: 0, span: .zero, origin: .bicepPragma),
            Directive(kind: .disable, codes: [.init(id: "a", span: .zero)], line: 2, span: .zero, origin: .bicepPragma),
            Directive(kind: .restore, codes: [.init(id: "a", span: .zero)], line: 4, span: .zero, origin: .bicepPragma),
            Directive(kind: .restore, codes: [.init(id: "b", span: .zero)], line: 5, span: .zero, origin: .bicepPragma),
        ]
        let index = SuppressionIndex(directives, lineCount: 10)
        #expect(index.covering("a", line: 0) == nil)
        #expect(index.covering("a", line: 3)?.directive == 0)   // the second disable adds nothing
        #expect(index.covering("a", line: 4) == nil)
        #expect(index.covering("b", line: 6) == nil)
        #expect(index.covering("A", line: 1)?.directive == 0)   // ids compare without case
    }
}
