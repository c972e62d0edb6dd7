import Testing
@testable import ArmorBase
@testable import ArmorSyntax
@testable import ArmorAnalysis

/// The value tracer inside outer-scoped inline ARM templates (dependency-semantics §7.4): their
/// parameters and undeclared symbols are the parent's, even when the values are unknown.
@Suite struct ValueTracerExpressionScopeTests {
    /// Root: a parameter without default names an account; `mod` (of the given scope) reads the
    /// account by `resourceId(…, parameters('accountName'))` and by the symbol `account`.
    private static func context(scope: String) -> DeploymentAnalysis {
        let text = """
        {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
         "languageVersion": "2.0", "parameters": {"accountName": {"type": "string"}}, "resources": {
          "account": {"type": "Microsoft.CognitiveServices/accounts", "apiVersion": "2025-04-01-preview",
                      "name": "[parameters('accountName')]"},
          "mod": {"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "mod",
                  "properties": {"mode": "Incremental", "expressionEvaluationOptions": {"scope": "\(scope)"},
                    "template": {"languageVersion": "2.0", "parameters": {"accountName": {"type": "string"}}, "resources": {
                      "reader": {"type": "A.B/c", "name": "r", "properties": {
                        "byId": "[resourceId('Microsoft.CognitiveServices/accounts', parameters('accountName'))]",
                        "bySymbol": "[reference('account', '2025-04-01-preview', 'full').identity.principalId]"}}}}}}
        }}
        """
        let analyzed = Frontend.analyze(SourceFile(path: "main.json", text: text))
        return DeploymentAnalysis(deployment: DeploymentLoader.load(root: analyzed) { _ in nil })
    }

    private static func property(_ key: String, _ context: DeploymentAnalysis) -> Value? {
        context.deployment.instances[1].template.resources[0].body.path("properties", key)
    }

    @Test func outerScopedParameterIsTheParents() throws {
        let context = Self.context(scope: "outer")
        let (value, parent) = try #require(context.tracer.moduleArgument("accountName", of: 1))
        #expect(parent == 0)
        #expect(value.kind == .parameter("accountName"))
        let byId = try #require(Self.property("byId", context))
        #expect(context.tracer.resolveResource(byId, in: 1) == ResourceRef(instance: 0, index: 0))
    }

    @Test func outerScopedSymbolIsTheParents() throws {
        let context = Self.context(scope: "outer")
        let bySymbol = try #require(Self.property("bySymbol", context))
        #expect(context.tracer.trace(bySymbol, in: 1)?.resource == ResourceRef(instance: 0, index: 0))
    }

    @Test func innerScopedNamesStayInside() throws {
        let context = Self.context(scope: "inner")
        #expect(context.tracer.moduleArgument("accountName", of: 1) == nil)
        let bySymbol = try #require(Self.property("bySymbol", context))
        #expect(context.tracer.trace(bySymbol, in: 1) == nil)
    }
}
