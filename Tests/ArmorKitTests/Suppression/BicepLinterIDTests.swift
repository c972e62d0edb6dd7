import Testing
@testable import ArmorBase
@testable import ArmorKit
import ArmorTestSupport

/// The Bicep linter's id for a rule armor also has (`no-unnecessary-dependson`) works wherever
/// armor's own id does: `#disable-next-line`, `#disable-diagnostics`, armor.json, `--ignore`.
@Suite struct BicepLinterIDTests {
    /// One unnecessary-dependson finding: `project` depends on its own parent. `marker` goes
    /// on the line above the redundant entry, where the finding is (a `#disable-next-line` there covers it).
    static func template(above marker: String = "", regionStart: String = "") -> String {
        """
        \(regionStart)
        resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
          name: 'foundry-demo'
          location: 'eastus'
          kind: 'AIServices'
          sku: { name: 'S0' }
          identity: { type: 'SystemAssigned' }
          properties: {}
        }
        resource project 'Microsoft.CognitiveServices/accounts/projects@2025-04-01-preview' = {
          parent: account
          name: 'demo-project'
          location: 'eastus'
          properties: {}
          \(marker)
          dependsOn: [account]
        }

        """
    }

    private func codes(_ text: String, config: String? = nil, _ words: [String] = []) -> [String] {
        let dir = TempDirectory()
        defer { dir.remove() }
        if let config { dir.write("armor.json", config) }
        let file = dir.write("main.bicep", text)
        let result = CLIFixtures.lint(["-f", "concise"] + words + [file])
        return CLIFixtures.findings(result.stdout).map { String($0.split(separator: "@")[0]) }
    }

    @Test func theTemplateHasOneFinding() {
        #expect(codes(Self.template()) == ["unnecessary-dependson"])
    }

    @Test func disableNextLine() {
        #expect(codes(Self.template(above: "#disable-next-line no-unnecessary-dependson")) == [])
        #expect(codes(Self.template(above: "#disable-next-line unnecessary-dependson")) == [])
    }

    @Test func disableDiagnosticsRegion() {
        #expect(codes(Self.template(regionStart: "#disable-diagnostics no-unnecessary-dependson")) == [])
        #expect(codes(Self.template(regionStart: "#disable-diagnostics NO-UNNECESSARY-DEPENDSON")) == [])
    }

    @Test func armorJSONAndTheCommandLine() {
        #expect(codes(Self.template(), config: #"{ "rules": { "no-unnecessary-dependson": "off" } }"#) == [])
        #expect(codes(Self.template(), ["--ignore", "no-unnecessary-dependson"]) == [])
        #expect(codes(Self.template(), ["--select", "no-unnecessary-dependson"]) == ["unnecessary-dependson"])
    }

    /// A Bicep id in a Bicep pragma may be there for the Bicep linter alone: never "unused".
    @Test func aBicepIDThatSuppressesNothingIsNotReportedUnused() {
        let text = "#disable-next-line no-unnecessary-dependson\n" + Self.template()
        #expect(codes(text) == ["unnecessary-dependson"])
        let own = "#disable-next-line unnecessary-dependson\n" + Self.template()
        #expect(codes(own).sorted() == ["unnecessary-dependson", "unused-suppression"])
    }

    @Test func everyPairNamesARealRuleAndIsNotAnArmorID() {
        for (bicep, rule) in RuleID.bicepLinterIDs {
            #expect(RuleID(rawValue: bicep) == nil)
            #expect(RuleID(id: bicep) == rule)
            #expect(SuppressionAudit.bicepLinterRules.contains(bicep))
        }
    }
}
