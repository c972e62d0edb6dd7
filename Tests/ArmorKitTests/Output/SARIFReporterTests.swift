import Foundation
import Testing
@testable import ArmorBase
@testable import ArmorKit

/// Structure of the SARIF log beyond the snapshot: the keys consumers rely on, and
/// fingerprints that survive inserted lines. (Schema validity: validate_sarif.py.)
@Suite struct SARIFReporterTests {
    static func parse(_ report: LintReport) throws -> [String: Any] {
        let text = SARIFReporter().render(report)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    static func run(_ log: [String: Any]) throws -> [String: Any] {
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        return try #require(runs.first)
    }

    @Test func logHasVersionSchemaAndOneRunWithColumnKind() throws {
        let log = try Self.parse(OutputFixture.report)
        #expect(log["version"] as? String == "2.1.0")
        #expect((log["$schema"] as? String)?.hasSuffix("sarif-schema-2.1.0.json") == true)
        let run = try Self.run(log)
        #expect(run["columnKind"] as? String == "utf16CodeUnits")
        let bases = try #require(run["originalUriBaseIds"] as? [String: [String: Any]])
        #expect(bases["%SRCROOT%"]?["uri"] as? String == "file:///work/project/")
    }

    @Test func rulesCarrySummaryLevelAndHelpUri() throws {
        let run = try Self.run(try Self.parse(OutputFixture.report))
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "armor")
        #expect(driver["version"] as? String == "0.1.0-test")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let keyvault = try #require(rules.first { $0["id"] as? String == "keyvault-first" })
        #expect(keyvault["helpUri"] as? String == DocumentationLinks.rulePage("keyvault-first"))
        #expect((keyvault["shortDescription"] as? [String: String])?["text"] == OutputFixture.rules[0].summary)
        #expect((keyvault["defaultConfiguration"] as? [String: String])?["level"] == "error")
        // A syntax code that a result uses gets a descriptor too, so its ruleIndex is valid.
        #expect(rules.contains { $0["id"] as? String == "BCP068" })
    }

    @Test func resultsPointAtTheirRuleAndUseRootRelativeURIs() throws {
        let run = try Self.run(try Self.parse(OutputFixture.report))
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == OutputFixture.report.diagnostics.count)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let artifact = try #require(location["artifactLocation"] as? [String: String])
            #expect(artifact["uriBaseId"] == "%SRCROOT%")
            #expect(artifact["uri"]?.hasPrefix("infra/") == true)
            let region = try #require(location["region"] as? [String: Int])
            #expect(Set(region.keys) == ["startLine", "startColumn", "endLine", "endColumn"])
            #expect((result["partialFingerprints"] as? [String: String])?[SARIFReporter.fingerprintKey]?.count == 16)
        }
        let cycle = try #require(results.first { $0["ruleId"] as? String == "dependency-cycle" })
        let related = try #require(cycle["relatedLocations"] as? [[String: Any]])
        #expect(related.count == 2)
        #expect((related[0]["message"] as? [String: String])?["text"] == "'vnet' depends on 'subnet' here")
        let info = try #require(results.first { $0["ruleId"] as? String == "BCP068" })
        #expect(info["level"] as? String == "note")
    }

    /// SARIF has no place for it, so the fix's property bag says whether `--fix` applies it.
    @Test func fixesSayWhetherTheyAreSafe() throws {
        let run = try Self.run(try Self.parse(OutputFixture.report))
        let results = try #require(run["results"] as? [[String: Any]])
        var applicability: [String: String] = [:]
        for result in results {
            guard let fix = (result["fixes"] as? [[String: Any]])?.first else { continue }
            let id = try #require(result["ruleId"] as? String)
            applicability[id] = (fix["properties"] as? [String: String])?["applicability"]
        }
        #expect(applicability == ["keyvault-first": "safe", "role-assignment-principal-type": "unsafe"])
    }

    @Test func fingerprintsAreStableWhenLinesAreInsertedAbove() throws {
        let shiftedMain = "// a new comment line, é😀\r\n\r\n" + OutputFixture.mainText
        let shiftedNetwork = "// added\n" + OutputFixture.networkText
        let before = try Self.fingerprints(OutputFixture.report)
        let shifted = OutputFixture.makeReport(mainText: shiftedMain, networkText: shiftedNetwork)
        #expect(try Self.fingerprints(shifted) == before)
        // The lines did move, so the regions differ: the fingerprint is not the line number.
        #expect(SARIFReporter().render(shifted) != SARIFReporter().render(OutputFixture.report))
    }

    @Test func fingerprintChangesWhenTheFlaggedLineChanges() throws {
        let edited = OutputFixture.mainText.replacing("westeurope", with: "northeurope")
        let report = OutputFixture.makeReport(mainText: edited, networkText: OutputFixture.networkText)
        let a = try Self.fingerprints(OutputFixture.report)
        let b = try Self.fingerprints(report)
        #expect(a["keyvault-first"] != b["keyvault-first"])
        #expect(a["dependency-cycle"] == b["dependency-cycle"])
    }

    @Test func fileOutsideTheRootGetsAnAbsoluteURIAndUnknownFileNoRegion() throws {
        var report = OutputFixture.report
        report.diagnostics = [Diagnostic(code: .rule(.keyvaultFirst), severity: .error, message: "m",
                                         location: Location(path: "/elsewhere/a b.bicep", span: Span(0, 1)))]
        let run = try Self.run(try Self.parse(report))
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        let artifact = try #require(location["artifactLocation"] as? [String: String])
        #expect(artifact["uri"] == "file:///elsewhere/a%20b.bicep")
        #expect(artifact["uriBaseId"] == nil)
        #expect(location["region"] == nil)
    }

    /// Fingerprint per rule id (each rule occurs once in the fixture).
    static func fingerprints(_ report: LintReport) throws -> [String: String] {
        let results = try #require(try run(try parse(report))["results"] as? [[String: Any]])
        var out: [String: String] = [:]
        for result in results {
            let id = try #require(result["ruleId"] as? String)
            out[id] = (result["partialFingerprints"] as? [String: String])?[SARIFReporter.fingerprintKey]
        }
        return out
    }
}
