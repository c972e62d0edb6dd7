import Testing
@testable import ArmorBase
@testable import ArmorAnalysis
@testable import ArmorKit

/// Inline nested deployments (dependency-semantics §7.4): what an expression inside an inner- or
/// outer-scoped template names, in the model, the graph, the evaluation and missing-dependson.
@Suite struct ARMNestedScopeTests {
    private static let schema = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"

    /// A classic root with one resource `st` and one nested deployment `mod` of the given scope.
    private static func root(scope: String?, inner: String, moduleDependsOn: String = "[]") -> String {
        let options = scope.map { #""expressionEvaluationOptions": {"scope": "\#($0)"},"# } ?? ""
        return """
        {"$schema": "\(schema)", "parameters": {"name": {"type": "string", "defaultValue": "fromDefault"}}, "resources": [
          {"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-05-01", "name": "st"},
          {"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "mod", "dependsOn": \(moduleDependsOn),
           "properties": {\(options) "mode": "Incremental", "parameters": {"p": {"value": "x"}}, "template": \(inner)}}
        ]}
        """
    }

    private static func analyze(_ text: String) -> AnalyzedTemplate {
        AnalyzedTemplate(ARMFrontend.parseTemplate(SourceFile(path: "main.json", text: text)))
    }

    /// Lines and messages of one rule's findings when the text is linted as `main.json`.
    private static func findings(_ text: String, _ rule: RuleID) -> [(line: Int, message: String)] {
        let path = "/virtual/nested/main.json"
        let outcome = Linter().lint([SourceFile(path: path, text: text)])
        return outcome.diagnostics.filter { $0.code == .rule(rule) }.map { diagnostic in
            (outcome.sources[path]?.location(of: diagnostic.location.span.start).line ?? 0, diagnostic.message)
        }
    }

    @Test func deploymentBodyKeepsParametersButNotTheInlineTemplate() throws {
        let template = Self.analyze(Self.root(scope: "inner", inner: #"{"resources": [{"type": "A.B/c", "name": "in"}]}"#)).template
        let module = template.resources[1]
        #expect(module.body.path("properties", "parameters") != nil)
        #expect(module.body.path("properties", "template") == nil)
        #expect(module.body.path("properties", "mode") != nil)
        #expect(template.nestedTemplates.count == 1)
        #expect(template.nestedTemplates[0].resources.map(\.symbol) == ["in"])
    }

    @Test func outerScopedOutputsOrderTheDeploymentAfterTheParent() {
        let inner = #"{"resources": [], "outputs": {"e": {"type": "string", "value": "[reference('st').primaryEndpoints]"}}}"#
        let outer = Self.analyze(Self.root(scope: nil, inner: inner))
        #expect(outer.graph.inferredTargets(of: 1) == [0])
        // Inner scope: 'st' is not a name of the nested template; outputs order nothing outside.
        let innerScoped = Self.analyze(Self.root(scope: "inner", inner: inner))
        #expect(innerScoped.graph.inferredTargets(of: 1) == [])
    }

    @Test func outerScopedReferenceToItsOwnSameNamedResourceStaysInside() {
        let inner = """
        {"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "st"},
                       {"type": "A.B/c", "name": "reader", "properties": {"k": "[reference('st').primaryEndpoints]"}}]}
        """
        let analyzed = Self.analyze(Self.root(scope: "outer", inner: inner))
        #expect(analyzed.graph.inferredTargets(of: 1) == [])
        #expect(analyzed.nested[0].graph.inferredTargets(of: 1) == [0])
    }

    @Test func outerScopedTemplateSeesTheParentsParameterValues() {
        let inner = #"{"resources": [{"type": "A.B/c", "name": "[parameters('name')]"}]}"#
        for (scope, expected) in [("outer", "fromFile"), ("inner", nil)] as [(String, String?)] {
            let analyzed = Frontend.analyze(SourceFile(path: "main.json", text: Self.root(scope: scope, inner: inner)))
            let deployment = DeploymentLoader.load(root: analyzed) { _ in nil }
            let evaluation = DeploymentEvaluation(deployment, rootParameters: ["name": .string("fromFile")])
            let name = deployment.instances[1].template.resources[0].name
            #expect(evaluation.evaluate(name, in: 1).stringValue == expected, "scope \(scope)")
        }
    }

    @Test func innerOutputReadingItsOwnResourceIsOrdered() {
        let inner = """
        {"resources": [{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-05-01", "name": "st"}],
         "outputs": {"e": {"type": "object", "value": "[reference(resourceId('Microsoft.Storage/storageAccounts', 'st'), '2023-05-01')]"}}}
        """
        #expect(Self.findings(Self.root(scope: "inner", inner: inner), .missingDependsOn).isEmpty)
    }

    @Test func innerOutputReadingTheParentNeedsTheDeploymentToWait() throws {
        let inner = """
        {"resources": [],
         "outputs": {"e": {"type": "object", "value": "[reference(resourceId('Microsoft.Storage/storageAccounts', 'st'), '2023-05-01')]"}}}
        """
        let found = Self.findings(Self.root(scope: "inner", inner: inner), .missingDependsOn)
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect(finding.line == 3)
        #expect(finding.message.hasPrefix("an output of nested deployment 'mod' calls reference() on the resource id of 'st' but 'mod' does not depend on 'st'"))
        let ordered = Self.root(scope: "inner", inner: inner, moduleDependsOn: #"["st"]"#)
        #expect(Self.findings(ordered, .missingDependsOn).isEmpty)
    }

    @Test func siblingNestedDeploymentsAreOrderedThroughTheirDeployments() throws {
        func text(_ dependsOn: String) -> String {
            """
            {"$schema": "\(Self.schema)", "resources": [
              {"type": "Microsoft.Resources/deployments", "name": "make", "properties": {"mode": "Incremental",
               "expressionEvaluationOptions": {"scope": "inner"},
               "template": {"resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "st"}]}}},
              {"type": "Microsoft.Resources/deployments", "name": "use", "dependsOn": \(dependsOn), "properties": {"mode": "Incremental",
               "expressionEvaluationOptions": {"scope": "inner"},
               "template": {"resources": [{"type": "A.B/c", "name": "reader",
                 "properties": {"k": "[listKeys(resourceId('Microsoft.Storage/storageAccounts', 'st'), '1')]"}}]}}}
            ]}
            """
        }
        let found = Self.findings(text("[]"), .missingDependsOn)
        let finding = try #require(found.first)
        #expect(finding.line == 5)
        #expect(finding.message.hasPrefix("'reader', inside nested deployment 'use', calls listkeys() on the resource id of 'st' (deployed by 'make') but 'use' does not depend on 'make'"))
        #expect(Self.findings(text(#"["make"]"#), .missingDependsOn).isEmpty)
    }

    /// Alternative branches (create a vnet, or use an existing one of the same name): the id read
    /// in one branch does not certainly name the other branch's declaration.
    @Test func alternativeBranchesDeclaringTheSameNameAreNotOrderedAgainstEachOther() {
        func text(_ create: String, make condition: String = #""[parameters('create')]""#) -> String {
        """
        {"$schema": "\(Self.schema)", "parameters": {"create": \(create)}, "resources": [
          {"condition": \(condition), "type": "Microsoft.Resources/deployments", "name": "make",
           "properties": {"mode": "Incremental", "expressionEvaluationOptions": {"scope": "inner"},
             "template": {"resources": [{"type": "Microsoft.Network/virtualNetworks", "name": "vnet"}]}}},
          {"condition": "[not(parameters('create'))]", "type": "Microsoft.Resources/deployments", "name": "use",
           "properties": {"mode": "Incremental", "expressionEvaluationOptions": {"scope": "inner"},
             "template": {"resources": [], "outputs": {"id": {"type": "object",
               "value": "[reference(resourceId('Microsoft.Network/virtualNetworks', 'vnet'), '2024-01-01')]"}}}}}
        ]}
        """
        }
        #expect(Self.findings(text(#"{"type": "bool"}"#), .missingDependsOn).isEmpty)
        // 'use' does not deploy when 'create' is true: nothing reads.
        #expect(Self.findings(text(#"{"type": "bool", "defaultValue": true}"#), .missingDependsOn).isEmpty)
        // 'make' deploys in any case: the same read is reported.
        #expect(Self.findings(text(#"{"type": "bool", "defaultValue": false}"#, make: "true"), .missingDependsOn).count == 1)
    }
}
