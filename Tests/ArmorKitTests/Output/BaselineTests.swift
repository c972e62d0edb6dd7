import Testing
@testable import ArmorAnalysis
@testable import ArmorKit

@Suite struct BaselineTests {
    @Test func writtenBaselineReadsBackEqual() throws {
        let baseline = Baseline(recording: OutputFixture.report)
        #expect(baseline.entries.count == 5)
        let parsed = try Baseline.parse(Array(baseline.serialized().utf8), path: "b.json")
        #expect(parsed == baseline)
    }

    @Test func baselineHidesRecordedFindingsEvenAfterLineShifts() {
        let baseline = Baseline(recording: OutputFixture.report)
        #expect(baseline.filter(OutputFixture.report).diagnostics.isEmpty)
        let shifted = OutputFixture.makeReport(mainText: "// new\r\n" + OutputFixture.mainText,
                                               networkText: "\n\n" + OutputFixture.networkText)
        #expect(baseline.filter(shifted).diagnostics.isEmpty)
    }

    @Test func newFindingIsReported() {
        let baseline = Baseline(recording: OutputFixture.report)
        let edited = OutputFixture.mainText.replacing("  properties: {", with: "  properties:  {  ")
        // Whitespace-only edits keep the fingerprint; a changed token does not.
        let same = OutputFixture.makeReport(mainText: edited, networkText: OutputFixture.networkText)
        #expect(baseline.filter(same).diagnostics.isEmpty)
        let changed = OutputFixture.mainText.replacing("principalId: 'x'", with: "principalId: 'y'")
        let report = OutputFixture.makeReport(mainText: changed, networkText: OutputFixture.networkText)
        #expect(baseline.filter(report).diagnostics.map(\.code.id) == ["role-assignment-principal-type"])
    }

    @Test func duplicatesAreCounted() {
        var report = OutputFixture.report
        let first = report.diagnostics[0]
        report.diagnostics = [first]
        let baseline = Baseline(recording: report)
        report.diagnostics = [first, first]
        let kept = baseline.filter(report).diagnostics
        #expect(kept == [first])
        // Two entries for two identical findings hide both.
        #expect(Baseline(recording: report).filter(report).diagnostics.isEmpty)
    }

    @Test func readerAcceptsOtherLayoutsAndExtraKeys() throws {
        let text = "\u{FEFF}{\"tool\": \"armor\", \"findings\": [\"a-b\\tdir/x\\ty.bicep\\t00000000000000ff\"],\r\n \"version\":1}"
        let baseline = try Baseline.parse(Array(text.utf8), path: "b.json")
        #expect(baseline.entries == [Baseline.Entry(code: "a-b", file: "dir/x\ty.bicep", fingerprint: Fingerprint(value: 255))])
    }

    @Test(arguments: [
        ("{\n  \"version\": 1,\n  \"findings\": [\n    \"x\\ty\"\n  ]\n}", 4, 5, "expected \"rule<TAB>file<TAB>fingerprint\""),
        ("{\n  \"version\": 2,\n  \"findings\": []\n}", 2, 3, "unsupported baseline version 2"),
        ("{\"version\": 1}", 1, 1, "missing \"findings\""),
        ("{\"version\": 1, \"findings\": [1]}", 1, 29, "expected '\"'"),
        ("{\"version\": 1, \"findings\": [\"a", 1, 31, "unterminated string"),
        ("[]", 1, 1, "expected '{'"),
        ("{\"version\": 1, \"findings\": []} x", 1, 32, "unexpected text"),
        ("", 1, 1, "unexpected end of file"),
    ])
    func malformedFilesAreRejectedWithAPosition(_ text: String, _ line: Int, _ column: Int, _ message: String) {
        #expect {
            _ = try Baseline.parse(Array(text.utf8), path: "base.json")
        } throws: { error in
            guard let error = error as? BaselineError else { return false }
            return error.line == line && error.column == column && error.message.hasPrefix(message)
                && error.description.hasPrefix("base.json:\(line):\(column): ")
        }
    }
}
