import Testing
@testable import ArmorBase
@testable import ArmorKit

@Suite struct TextReporterTests {
    static func render(_ text: String, _ span: Span, color: Bool = false, path: String = "a.bicep") -> [String] {
        let source = SourceFile(path: path, text: text)
        let diagnostic = Diagnostic(code: .rule(.keyvaultFirst), severity: .error, message: "m",
                                    location: Location(path: path, span: span))
        let report = LintReport(diagnostics: [diagnostic], sources: [path: source], files: [path],
                                rules: [], root: "/r", toolVersion: "0")
        return TextReporter(color: color).render(report).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func underlineSkipsMultiByteCharactersByScalarAndKeepsTabs() {
        // "\t" (1 byte), "é" (2 bytes), "😀" (4 bytes, 2 UTF-16 units, 2 cells) before "x".
        let lines = Self.render("\té😀 x = 1\n", Span(8, 9))
        #expect(lines[0] == "a.bicep:1:6: error [keyvault-first] m")
        #expect(lines[2] == "1 | \té😀 x = 1")
        #expect(lines[3] == "  | \t    ^")
    }

    /// A long line shows a window around the span: the caret still sits under the flagged
    /// character, and the frame's size does not grow with the line.
    @Test func longLineShowsAWindowAroundTheSpan() {
        let line = String(repeating: "a", count: 5_000) + "X" + String(repeating: "é", count: 5_000)
        let lines = Self.render(line + "\n", Span(5_000, 5_001))
        #expect(lines[2].count < 200 && lines[3].count < 200)
        #expect(lines[2].hasPrefix("1 | \u{2026}") && lines[2].hasSuffix("\u{2026}"))
        let text = Array(lines[2]), marks = Array(lines[3])
        let caret = marks.firstIndex(of: "^")
        #expect(caret.map { text[$0] } == "X")
        // Cut at character starts: no replacement character from a split "é".
        #expect(!lines[2].contains("\u{FFFD}"))
    }

    @Test func emptySpanGetsOneCaret() {
        let lines = Self.render("abc\n", Span(3, 3))
        #expect(lines[3] == "  |    ^")
    }

    @Test func spanEndingAfterALineBreakFlagsOnlyItsLine() {
        let lines = Self.render("ab\ncd\n", Span(0, 3))
        #expect(lines[2] == "1 | ab")
        #expect(lines[3] == "  | ^^")
        #expect(lines[4] == "")
    }

    @Test func twoLineSpanShowsBothLinesWithoutEllipsis() {
        let lines = Self.render("ab\n  cd\n", Span(1, 6))
        #expect(Array(lines[2...5]) == ["1 | ab", "  |  ^", "2 |   cd", "  |   ^"])
    }

    @Test func controlCharactersInSourceAreNotSentToTheTerminal() {
        let lines = Self.render("a\u{1B}[2Jb\n", Span(0, 1))
        #expect(lines[2] == "1 | a\u{FFFD}[2Jb")
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!Self.render("abc\n", Span(0, 1)).joined().contains("\u{1B}["))
        let coloured = Self.render("abc\n", Span(0, 1), color: true)
        #expect(coloured[0].contains("\u{1B}[1;31merror\u{1B}[0m"))
    }

    @Test func unknownFileHasHeaderButNoFrame() {
        let diagnostic = Diagnostic(code: .syntax(SyntaxCode.moduleNotFound), severity: .warning, message: "gone",
                                    location: Location(path: "x.bicep", span: Span(5, 9)))
        let report = LintReport(diagnostics: [diagnostic], sources: [:], files: ["x.bicep"], rules: [],
                                root: "/", toolVersion: "0")
        #expect(TextReporter().render(report) == "x.bicep:1:1: warning [module-not-found] gone\n\n1 warning in 1 file\n")
    }

    @Test func unrestoredRegistryModulesCountAsUndecided() {
        let path = "main.bicep"
        let unrestored = Diagnostic(code: .syntax(.moduleNotRestored), severity: .info,
                                    message: "'br/public:x:1' is not restored: run `bicep restore main.bicep` to let armor see inside",
                                    location: Location(path: path, span: Span(0, 1)))
        let report = LintReport(diagnostics: [unrestored], sources: [:], files: [path], rules: [], root: "/", toolVersion: "0")
        let summary = ReportSummary(report)
        #expect(summary.infos == 1 && summary.undecided == 1)
        #expect(summary.undecidedLine?.hasPrefix("1 check undecided: 'br/public:x:1' is not restored") == true)
        // --show-undecided lists no unrestored module (each is already a finding): the hint says `bicep restore`.
        #expect(summary.undecidedChecks == 0 && summary.unrestoredModules == 1)
        // The reason given is the module's own message, which names the remedy: no hint repeats it.
        #expect(summary.undecidedLine == "1 check undecided: 'br/public:x:1' is not restored: run `bicep restore main.bicep` to let armor see inside")
        var two = report
        two.diagnostics += [unrestored]
        #expect(ReportSummary(two).undecidedLine?.hasSuffix(" (`bicep restore` lets armor see inside the 2 unrestored registry modules)") == true)
        #expect(ReportSummary(two).undecidedLine?.contains("--show-undecided") == false)
        // With undecided checks too, each hint names what it helps with.
        var both = report
        let check = Diagnostic(code: .rule(.roleAssignmentDependsOn), severity: .info, message: "no grant found",
                               location: Location(path: path, span: Span(0, 1)), isUndecided: true)
        both.undecided = [check]
        both.diagnostics += [unrestored]
        #expect(ReportSummary(both).undecidedLine == "3 checks undecided: no grant found "
            + "(--show-undecided lists the 1 check; `bicep restore` lets armor see inside the 2 unrestored registry modules)")
        both.diagnostics.append(check)   // --show-undecided
        #expect(ReportSummary(both).undecidedLine == "3 checks undecided: no grant found "
            + "(`bicep restore` lets armor see inside the 2 unrestored registry modules)")
    }

    @Test func summaryLineWording() {
        var report = OutputFixture.report
        #expect(ReportSummary(report).line == "2 errors, 2 warnings, 1 info in 2 files")
        report.diagnostics = [report.diagnostics[0]]
        #expect(ReportSummary(report).line == "1 warning in 1 file")
        report.diagnostics = []
        #expect(ReportSummary(report).line == "No problems found in 3 files.")
        report.files = ["one"]
        #expect(ReportSummary(report).line == "No problems found in 1 file.")
    }

    @Test func wideAndCombiningCharactersHaveTheirScreenWidth() {
        #expect(SourceFrame.width(of: "漢") == 2)
        #expect(SourceFrame.width(of: "\u{0301}") == 0)
        #expect(SourceFrame.width(of: "é") == 1)
    }
}
