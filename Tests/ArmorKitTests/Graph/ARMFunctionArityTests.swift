import Testing
@testable import ArmorBase
@testable import ArmorAnalysis
@testable import ArmorKit

/// Functions called with the wrong number of arguments must give unknowns, never a crash
/// (`[tolower()]` once indexed an empty argument list).
@Suite struct ARMFunctionArityTests {
    @Test(arguments: ["tolower", "toupper", "format", "split", "concat", "resourceId", "reference", "guid", "parameters", "variables"])
    func emptyArgumentListsAreHarmless(_ function: String) {
        let source = SourceFile(path: "azuredeploy.json", text: """
        {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
         "resources": [
           {"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-05-01", "name": "[\(function)()]",
            "dependsOn": ["[\(function)()]"], "properties": {"x": "[\(function)()]"}},
           {"type": "Microsoft.Web/sites", "apiVersion": "2023-01-01", "name": "site", "dependsOn": ["[\(function)()]"]}
         ]}
        """)
        let outcome = Linter().lint([source])
        #expect(outcome.files == ["azuredeploy.json"])
        let analyzed = Frontend.analyze(source)
        #expect(analyzed.template.resources.count == 2)
    }
}
