import Foundation
import Testing
@testable import ArmorBase
@testable import ArmorKit
import ArmorRules
import ArmorTestSupport

/// One documentation base (`DocumentationLinks`) behind every link armor prints.
@Suite struct DocumentationLinkTests {
    static let sample = "Samples/mistake-connection-before-keyvault/main.bicep"

    @Test func everyOutputOfOneFindingCarriesTheSameLink() throws {
        let expected = DocumentationLinks.rulePage("keyvault-first")
        #expect(expected == DocumentationLinks.repository + "/blob/main/Rules/keyvault-first.md")
        #expect(RuleID.keyvaultFirst.helpURL == expected)
        #expect(RuleID.keyvaultFirst.metadata.helpURL == expected)

        // SARIF: the rule descriptor of the finding's ruleIndex.
        let file = PackageRoot.file(Self.sample)
        let sarif = ArmorCLI.run(["lint", "--format", "sarif", file])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["informationUri"] as? String == DocumentationLinks.repository)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let result = try #require((run["results"] as? [[String: Any]])?.first { $0["ruleId"] as? String == "keyvault-first" })
        let index = try #require(result["ruleIndex"] as? Int)
        #expect(rules[index]["helpUri"] as? String == expected)

        // LSP: the same finding's codeDescription.
        let folder = TempDirectory()
        defer { folder.remove() }
        let uri = "file://" + folder.path + "/main.bicep"
        var client = LSPTestClient()
        _ = client.initialize()
        let published = LSPTestClient.diagnostics(client.open(uri, try #require(PackageRoot.read(Self.sample))))
        let finding = try #require(published[uri]?.first { $0.field("code")?.stringValue == "keyvault-first" })
        #expect(finding.path("codeDescription", "href")?.stringValue == expected)

        // No format prints a link to the project that does not start from the same base.
        for format in ReportFormat.allCases {
            let output = ArmorCLI.run(["lint", "--format", format.rawValue, file]).stdout
            for part in output.split(separator: "https://github.com/").dropFirst() {
                #expect(("https://github.com/" + part).hasPrefix(DocumentationLinks.repository), "\(format)")
            }
        }
    }
}
