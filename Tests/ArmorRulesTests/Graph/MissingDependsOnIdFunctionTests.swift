import Testing
@testable import ArmorBase
@testable import ArmorAnalysis
@testable import ArmorRules

/// missing-dependson recognises a read by every resource-id function of the one table,
/// `managementGroupResourceId` included, in any case (ARM function names ignore case).
@Suite struct MissingDependsOnIdFunctionTests {
    private static func findings(_ idCall: String, dependsOn: Bool = false) -> [Diagnostic] {
        let json = """
        {"$schema": "https://schema.management.azure.com/schemas/2019-08-01/managementGroupDeploymentTemplate.json#",
         "resources": [
          {"type": "Microsoft.Authorization/policyDefinitions", "apiVersion": "2021-06-01", "name": "p"},
          {"type": "Microsoft.Authorization/policyAssignments", "apiVersion": "2022-06-01", "name": "a",
           \(dependsOn ? "\"dependsOn\": [\"p\"]," : "")
           "properties": {"read": "[reference(\(idCall), '2021-06-01').policyType]"}}
         ]}
        """
        let deployment = DeploymentLoader.load(root: AnalyzedTemplate(ARMFrontend.parseTemplate(SourceFile(path: "main.json", text: json)))) { _ in nil }
        var report = RuleReport(metadata: MissingDependsOnRule.metadata)
        MissingDependsOnRule().check(DeploymentAnalysis(deployment: deployment), into: &report)
        return report.diagnostics
    }

    @Test(arguments: [
        "managementGroupResourceId('Microsoft.Authorization/policyDefinitions', 'p')",
        "MANAGEMENTGROUPRESOURCEID('Microsoft.Authorization/policyDefinitions', 'p')",
        "resourceId('Microsoft.Authorization/policyDefinitions', 'p')",
    ])
    func readByIdWithoutDependsOnIsReported(idCall: String) {
        #expect(Self.findings(idCall).count == 1)
        #expect(Self.findings(idCall, dependsOn: true).isEmpty)
    }
}
