import Testing
@testable import ArmorKit

/// Every format rendered from the same fixture and compared byte for byte with its snapshot.
@Suite struct GoldenOutputTests {
    static let snapshotNames: [ReportFormat: String] = [
        .text: "report.txt", .concise: "report.concise.txt", .json: "report.json", .sarif: "report.sarif",
        .github: "report.github.txt", .azure: "report.azure.txt", .junit: "report.junit.xml",
    ]

    @Test(arguments: ReportFormat.allCases)
    func formatMatchesSnapshot(_ format: ReportFormat) {
        let name = Self.snapshotNames[format] ?? "report.\(format.rawValue)"
        OutputGolden.check(format.reporter().render(OutputFixture.report), against: name)
    }

    @Test func colouredTextMatchesSnapshot() {
        OutputGolden.check(TextReporter(color: true).render(OutputFixture.report), against: "report.color.txt")
    }

    @Test func cleanRunMatchesSnapshots() {
        var report = OutputFixture.report
        report.diagnostics = []
        OutputGolden.check(ReportFormat.text.reporter().render(report), against: "clean.txt")
        OutputGolden.check(ReportFormat.sarif.reporter().render(report), against: "clean.sarif")
        OutputGolden.check(ReportFormat.junit.reporter().render(report), against: "clean.junit.xml")
    }

    @Test func baselineFileMatchesSnapshot() {
        OutputGolden.check(Baseline(recording: OutputFixture.report).serialized(), against: "baseline.json")
    }

    @Test func rendersAreDeterministic() {
        for format in ReportFormat.allCases {
            let reporter = format.reporter()
            #expect(reporter.render(OutputFixture.report) == reporter.render(OutputFixture.report))
        }
    }
}
