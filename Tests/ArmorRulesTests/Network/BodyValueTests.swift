import Testing
@testable import ArmorBase
@testable import ArmorAnalysis
@testable import ArmorRules

/// `DeploymentAnalysis.bodyValue`: the compiler writes Bicep's spreads and `union()` as one ARM
/// expression for the whole `properties`, so a rule that only followed literal objects saw the
/// Bicep value but nothing in the compiled JSON (found by the oracle on `publicNetworkAccess`).
@Suite struct BodyValueTests {
    private static func context(_ json: String) -> DeploymentAnalysis {
        let deployment = DeploymentLoader.load(root: AnalyzedTemplate(ARMFrontend.parseTemplate(SourceFile(path: "main.json", text: json)))) { _ in nil }
        return DeploymentAnalysis(deployment: deployment)
    }

    private static func template(properties: String) -> String {
        """
        {
          "languageVersion": "2.0",
          "parameters": { "access": { "type": "string" } },
          "resources": {
            "account": { "type": "Microsoft.CognitiveServices/accounts", "apiVersion": "2025-04-01-preview", "name": "acct",
                         "location": "eastus", "properties": \(properties) },
            "endpoint": { "type": "Microsoft.Network/privateEndpoints", "apiVersion": "2024-01-01", "name": "pe",
                          "location": "eastus",
                          "properties": { "privateLinkServiceConnections": [
                            { "name": "c", "properties": { "privateLinkServiceId": "[resourceId('Microsoft.CognitiveServices/accounts', 'acct')]" } } ] } }
          }
        }
        """
    }

    @Test func expressionPropertiesAreEvaluated() {
        let account = ResourceRef(instance: 0, index: 0)
        let merged = Self.context(Self.template(properties: "\"[union(createObject('publicNetworkAccess', 'Disabled'), createObject('x', 1))]\""))
        #expect(merged.bodyValue(account, "properties", "publicNetworkAccess") == .string("Disabled"))
        #expect(merged.bodyValue(account, "properties", "absent") == nil)
        let literal = Self.context(Self.template(properties: "{ \"publicNetworkAccess\": \"Enabled\" }"))
        #expect(literal.bodyValue(account, "properties", "publicNetworkAccess") == .string("Enabled"))
        #expect(literal.bodyValue(account, "properties", "absent") == nil)
        let unknown = Self.context(Self.template(properties: "\"[createObject('publicNetworkAccess', parameters('access'))]\""))
        #expect(unknown.bodyValue(account, "properties", "publicNetworkAccess") == .unknown)
    }

    /// The rule reads the evaluated value: disabled through `union()` is no finding, enabled is.
    @Test func privateEndpointRuleReadsMergedProperties() {
        func findings(_ properties: String) -> Int {
            var report = RuleReport(metadata: PrivateEndpointPublicAccessRule.metadata)
            PrivateEndpointPublicAccessRule().check(Self.context(Self.template(properties: properties)), into: &report)
            return report.diagnostics.count
        }
        #expect(findings("\"[union(createObject('publicNetworkAccess', 'Disabled'), createObject())]\"") == 0)
        #expect(findings("\"[union(createObject('publicNetworkAccess', 'Enabled'), createObject())]\"") == 1)
        #expect(findings("\"[createObject('publicNetworkAccess', parameters('access'))]\"") == 0)
        #expect(findings("{}") == 1)
    }
}
