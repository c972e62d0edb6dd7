import Testing
@testable import ArmorKit

@Suite struct ReportFormatTests {
    @Test(arguments: [
        ([:], ReportFormat.text),
        (["GITHUB_ACTIONS": "true"], .github),
        (["GITHUB_ACTIONS": "false"], .text),
        (["TF_BUILD": "True"], .azure),
        (["TF_BUILD": ""], .text),
        (["GITHUB_ACTIONS": "true", "TF_BUILD": "True"], .github),
    ])
    func automaticFormatFollowsTheCIEnvironment(_ environment: [String: String], _ expected: ReportFormat) {
        #expect(ReportFormat.automatic(environment: environment) == expected)
    }

    @Test func namesParseAndUnknownNamesDoNot() {
        #expect(ReportFormat.allNames == ["text", "concise", "json", "sarif", "github", "azure", "junit"])
        #expect(ReportFormat(name: "sarif") == .sarif)
        #expect(ReportFormat(name: "xml") == nil)
    }

    @Test func eachFormatHasItsOwnReporter() {
        #expect(ReportFormat.text.reporter() is TextReporter)
        #expect(ReportFormat.concise.reporter() is ConciseReporter)
        #expect(ReportFormat.json.reporter() is JSONReporter)
        #expect(ReportFormat.sarif.reporter() is SARIFReporter)
        #expect(ReportFormat.github.reporter() is GitHubReporter)
        #expect(ReportFormat.azure.reporter() is AzureReporter)
        #expect(ReportFormat.junit.reporter() is JUnitReporter)
        #expect((ReportFormat.text.reporter(color: true) as? TextReporter)?.color == true)
    }
}
