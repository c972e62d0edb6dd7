import Foundation
import Testing
@testable import ArmorAnalysis
@testable import ArmorKit

/// Undecided checks in every format: counted in the summary with the first reason, listed as
/// info notes only when shown, and never counted as findings.
@Suite struct UndecidedOutputTests {
    static func snapshotName(_ format: ReportFormat, shown: Bool) -> String {
        let base = GoldenOutputTests.snapshotNames[format] ?? "report.\(format.rawValue)"
        return base.replacing("report.", with: shown ? "undecided-shown." : "undecided.")
    }

    @Test(arguments: ReportFormat.allCases, [false, true])
    func formatMatchesSnapshot(_ format: ReportFormat, shown: Bool) {
        let rendered = format.reporter().render(UndecidedFixture.report(shown: shown))
        OutputGolden.check(rendered, against: Self.snapshotName(format, shown: shown))
        // Every format but concise (whose count goes to stderr) carries the count.
        if format != .concise { #expect(rendered.contains("undecided")) }
    }

    @Test(arguments: ReportFormat.allCases)
    func noUndecidedNoChange(_ format: ReportFormat) {
        var report = UndecidedFixture.report(shown: false)
        report.undecided = []
        #expect(format.reporter().render(report) == format.reporter().render(OutputFixture.report))
    }

    @Test func summaryCountsUndecidedApartFromFindings() {
        let hidden = ReportSummary(UndecidedFixture.report(shown: false))
        let shown = ReportSummary(UndecidedFixture.report(shown: true))
        for summary in [hidden, shown] {
            #expect(summary.line == "2 errors, 2 warnings, 1 info in 2 files")
            #expect(summary.undecided == 2)
            #expect(summary.byCode["keyvault-first"] == 1)
        }
        #expect(hidden.undecidedLine == "2 ordering checks undecided: \(UndecidedFixture.firstReason) (--show-undecided lists them)")
        #expect(shown.undecidedLine == "2 ordering checks undecided: \(UndecidedFixture.firstReason)")
    }

    @Test func summaryWordingForOneCheckAndOtherRules() {
        var report = OutputFixture.report
        report.diagnostics = []
        var check = UndecidedFixture.checks[0]
        report.undecided = [check]
        #expect(TextReporter().render(report) == "No problems found in 3 files.\n"
            + "1 ordering check undecided: \(UndecidedFixture.firstReason) (--show-undecided lists them)\n")
        check.code = .rule(.privateEndpointRegion)
        check.message = "region of 'vnet'\nis unknown"
        report.undecided = [check, UndecidedFixture.checks[0]]
        #expect(ReportSummary(report).undecidedLine == "2 checks undecided: region of 'vnet' is unknown (--show-undecided lists them)")
        report.undecided = []
        #expect(ReportSummary(report).undecidedLine == nil)
    }

    @Test func conciseListsHelpAndKeepsOneLinePerCheck() {
        let lines = ConciseReporter().render(UndecidedFixture.report(shown: true)).split(separator: "\n")
        #expect(lines.count == 7)
        #expect(lines.contains { $0.hasSuffix("[keyvault-first] \(UndecidedFixture.firstReason); help: \(UndecidedFixture.firstHelp)") })
        #expect(ConciseReporter.summary(UndecidedFixture.report(shown: false)).hasSuffix("(--show-undecided lists them)\n"))
    }

    @Test func jsonSummaryHasCountAndItems() throws {
        for shown in [false, true] {
            let text = JSONReporter().render(UndecidedFixture.report(shown: shown))
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            let summary = try #require(object["summary"] as? [String: Any])
            #expect(summary["infos"] as? Int == 1)
            let undecided = try #require(summary["undecided"] as? [String: Any])
            #expect(undecided["count"] as? Int == 2)
            let checks = try #require(undecided["checks"] as? [[String: Any]])
            #expect(checks.count == 2)
            #expect(checks[0]["rule"] as? String == "keyvault-first")
            #expect(checks[0]["file"] as? String == OutputFixture.mainPath)
            #expect(checks[0]["line"] as? Int == 4)
            #expect(checks[0]["column"] as? Int == 1)
            #expect(checks[0]["message"] as? String == UndecidedFixture.firstReason)
            #expect(checks[0]["help"] as? String == UndecidedFixture.firstHelp)
            let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
            #expect(diagnostics.count == (shown ? 7 : 5))
            #expect(diagnostics.filter { $0["undecided"] as? Bool == true }.count == (shown ? 2 : 0))
        }
    }

    @Test func sarifRunPropertiesAndNoteResults() throws {
        for shown in [false, true] {
            let run = try SARIFReporterTests.run(try SARIFReporterTests.parse(UndecidedFixture.report(shown: shown)))
            let properties = try #require(run["properties"] as? [String: Any])
            #expect(properties["undecided"] as? Int == 2)
            #expect((properties["undecidedSummary"] as? String)?.hasPrefix("2 ordering checks undecided: ") == true)
            let results = try #require(run["results"] as? [[String: Any]])
            let undecided = results.filter { ($0["properties"] as? [String: Any])?["undecided"] as? Bool == true }
            #expect(undecided.count == (shown ? 2 : 0))
            #expect(undecided.allSatisfy { $0["level"] as? String == "note" })
        }
        let clean = try SARIFReporterTests.run(try SARIFReporterTests.parse(OutputFixture.report))
        #expect(clean["properties"] == nil)
    }

    @Test func junitNeverFailsOnUndecided() {
        let hidden = JUnitReporter().render(UndecidedFixture.report(shown: false))
        let shown = JUnitReporter().render(UndecidedFixture.report(shown: true))
        let counts = "tests=\"6\" failures=\"5\""
        #expect(hidden.contains(counts) && shown.contains(counts))
        #expect(hidden.contains("<property name=\"armor.undecided\" value=\"2\"/>"))
        #expect(shown.contains("infra/main.bicep:4:1: info [keyvault-first] \(UndecidedFixture.firstReason)\n  note: "))
        #expect(!hidden.contains("info [keyvault-first]"))
    }

    @Test func listingUndecidedKeepsFindingsFingerprints() {
        let hidden = UndecidedFixture.report(shown: false)
        let shown = UndecidedFixture.report(shown: true)
        let fingerprints = Dictionary(uniqueKeysWithValues: zip(shown.diagnostics, Fingerprint.all(in: shown)))
        for (diagnostic, fingerprint) in zip(hidden.diagnostics, Fingerprint.all(in: hidden)) {
            #expect(fingerprints[diagnostic] == fingerprint)
        }
    }

    @Test func baselinesNeitherRecordNorHideUndecided() {
        let shown = UndecidedFixture.report(shown: true)
        let baseline = Baseline(recording: shown)
        #expect(baseline == Baseline(recording: OutputFixture.report))
        // A baseline holding an undecided check's very entry still lets it through.
        var all = baseline
        all.entries += zip(shown.diagnostics, Fingerprint.all(in: shown)).filter { $0.0.isUndecided }.map {
            Baseline.Entry(code: $0.0.code.id, file: OutputFixture.mainPath, fingerprint: $0.1)
        }
        #expect(all.filter(shown).diagnostics == UndecidedFixture.checks)
    }
}
