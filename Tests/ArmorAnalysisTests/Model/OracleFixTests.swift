import Testing
@testable import ArmorBase
@testable import ArmorSyntax
@testable import ArmorAnalysis

/// Front-end and lowering bugs found by the Bicep/ARM oracle (`Tests/oracle/compare.py`), each
/// checked on what the compiler writes for it.
@Suite struct OracleFixTests {
    private static let schema = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"

    /// A `/` inside an opaque part of a child's name (`resourceId('A/b', …)`, `split(x, '/')`)
    /// separates nothing: the child still finds its parent (document-db, dns-forwarding-ruleset).
    @Test func parentFoundWhenTheChildNameHoldsASlashInsideAFunction() {
        let t = armTemplate("""
        {
          "languageVersion": "2.0",
          "resources": {
            "account": { "existing": true, "type": "Microsoft.DocumentDB/databaseAccounts", "apiVersion": "2024-11-15",
                         "name": "[parameters('accountName')]" },
            "assignment": { "type": "Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments", "apiVersion": "2024-11-15",
                            "name": "[format('{0}/{1}', parameters('accountName'), guid(resourceId('Microsoft.DocumentDB/databaseAccounts', parameters('accountName'))))]" }
          }
        }
        """)
        #expect(t.resources.map(\.parent) == [nil, 0])
    }

    /// A module argument written as one expression for the whole `{ value }` wrapper (what the
    /// compiler emits for `c ? a : b`) is that expression's `value`, not the inner default.
    @Test func conditionalModuleArgumentIsNotTheInnerDefault() {
        let t = armTemplate("""
        {
          "$schema": "\(Self.schema)",
          "parameters": { "on": { "type": "bool" } },
          "resources": [
            { "type": "Microsoft.Resources/deployments", "apiVersion": "2025-04-01", "name": "inner",
              "properties": {
                "expressionEvaluationOptions": { "scope": "inner" }, "mode": "Incremental",
                "parameters": {
                  "rbac": "[if(parameters('on'), createObject('value', true()), createObject('value', false()))]",
                  "fixed": "[if(true(), createObject('value', 'yes'), createObject('value', 'no'))]"
                },
                "template": {
                  "$schema": "\(Self.schema)",
                  "parameters": { "rbac": { "type": "bool", "defaultValue": true }, "fixed": { "type": "string" } },
                  "resources": [ { "condition": "[parameters('rbac')]", "type": "Microsoft.Storage/storageAccounts",
                                   "apiVersion": "2024-01-01", "name": "[parameters('fixed')]" } ]
                }
              } }
          ]
        }
        """)
        #expect(t.resources[0].moduleArguments.map(\.name) == ["rbac", "fixed"])
        let deployment = DeploymentLoader.load(root: AnalyzedTemplate(t)) { _ in nil }
        let evaluation = DeploymentEvaluation(deployment)
        let inner = ResourceRef(instance: 1, index: 0)
        #expect(evaluation.isDeployed(inner) == nil)
        #expect(evaluation.evaluate(deployment.resource(inner).name, in: 1) == .string("yes"))
    }

    /// `tryGet(x, 'a', 'b')` lowers to `x.?a.?b`, so the tracer follows
    /// `tryGet(reference('svc', v, 'full'), 'identity')` as it follows Bicep's `svc.?identity`.
    @Test func tryGetLowersToSafeAccess() {
        let (value, failure) = ARMExpressionParser.lower("[tryGet(parameters('o'), 'identity', 0)]", span: Span(0, 0), in: [])
        #expect(failure == nil)
        guard case .index(let outer, let zero, true, false) = value.kind, case .member(let base, let key, true) = outer.kind
        else { Issue.record("not lowered: \(value.kind)"); return }
        #expect(base.kind == .parameter("o"))
        #expect(key == "identity")
        #expect(zero.kind == .int(0))
        let known = Evaluator(template: armTemplate("{\"$schema\": \"\(Self.schema)\"}"),
                              parameterValues: ["o": .object(KnownObject([("identity", .array([.string("x")]))]))])
        #expect(known.evaluate(value) == .string("x"))
    }

    /// `subscriptionId` and `resourceGroup` (and `"scope": "/"`) mean the scopes Bicep writes as
    /// `resourceGroup(sub, rg)` and `tenant()`; both front ends give the same resource id.
    @Test func armScopePropertiesGiveTheBicepScope() {
        let t = armTemplate("""
        {
          "$schema": "\(Self.schema)",
          "resources": [
            { "type": "Microsoft.Resources/deployments", "apiVersion": "2025-04-01", "name": "d",
              "subscriptionId": "sub", "resourceGroup": "rg", "properties": { "mode": "Incremental" } },
            { "type": "Microsoft.Resources/deployments", "apiVersion": "2025-04-01", "name": "e",
              "resourceGroup": "rg2", "properties": { "mode": "Incremental" } },
            { "type": "Microsoft.Management/managementGroups", "apiVersion": "2023-04-01", "name": "mg", "scope": "/" }
          ]
        }
        """)
        let evaluator = Evaluator(template: t)
        let scopes = t.resources.indices.map { evaluator.resourceId(ofResource: $0).resourceIdValue?.scope }
        #expect(scopes == [.resourceGroup(subscription: .string("sub"), group: .string("rg")),
                           .resourceGroup(subscription: nil, group: .string("rg2")), .tenant])
    }
}

/// Scopes the evaluator gives both front ends alike.
@Suite struct OracleScopeTests {
    /// ARM 2.0 writes `scope: actionRule` as `"scope": "[resourceId(...)]"`: an extension of it.
    @Test func resourceIdScopeIsAnExtension() {
        let t = armTemplate("""
        {
          "languageVersion": "2.0",
          "resources": {
            "lock": { "type": "Microsoft.Authorization/locks", "apiVersion": "2020-05-01", "name": "l",
                      "scope": "[resourceId('Microsoft.AlertsManagement/actionRules', 'rule')]" }
          }
        }
        """)
        let id = Evaluator(template: t).resourceId(ofResource: 0).resourceIdValue
        guard case .extension(.resourceId(let base))? = id?.scope else { Issue.record("scope: \(String(describing: id))"); return }
        #expect(base.type == "Microsoft.AlertsManagement/actionRules")
        #expect(base.names == [.string("rule")])
    }

    /// `module m = { scope: rg }` with `rg` a resource group declared in a subscription
    /// template deploys into that group (ARM: `"resourceGroup": "name"`).
    @Test func moduleScopedToADeclaredResourceGroupDeploysInIt() {
        let t = BicepFrontend.parseTemplate(SourceFile(path: "main.bicep", text: """
        targetScope = 'subscription'
        resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
          name: 'group'
          location: 'westeurope'
        }
        module m 'm.bicep' = {
          name: 'inner'
          scope: rg
        }
        """))
        let id = Evaluator(template: t).resourceId(ofResource: 1).resourceIdValue
        #expect(id?.scope == .resourceGroup(subscription: nil, group: .string("group")))
    }
}

/// ARM lambdas, as the compiler writes Bicep's `x => body`.
@Suite struct OracleLambdaTests {
    /// `filter(list, lambda('r', equals(lambdaVariables('r').kind, 'a')))` evaluates as in Bicep.
    @Test func armLambdasEvaluateLikeBicepOnes() {
        let (value, failure) = ARMExpressionParser.lower(
            "[length(filter(createArray(createObject('kind', 'a'), createObject('kind', 'b')), lambda('r', equals(lambdaVariables('r').kind, 'a'))))]",
            span: Span(0, 0), in: [])
        #expect(failure == nil)
        #expect(Evaluator(environment: Environment()).evaluate(value) == .int(1))
        let (lambda, _) = ARMExpressionParser.lower("[lambda('a', 'b', lambdaVariables('b'))]", span: Span(0, 0), in: [])
        guard case .lambda(let parameters, let body) = lambda.kind else { Issue.record("not a lambda: \(lambda.kind)"); return }
        #expect(parameters == ["a", "b"])
        #expect(body.kind == .local("b"))
    }
}

/// ARM `copy` loops outside resources: variables, outputs and nested-deployment parameters.
@Suite struct OracleCopyLoopTests {
    private static let schema = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"

    /// `copyIndex('formatted')` in a variable copy is bound (it was unknown, so every
    /// `formattedRoleAssignments` of AVM was), and an output `copy` is a loop, not an object.
    @Test func variableAndOutputCopiesEvaluate() {
        let t = armTemplate("""
        {
          "$schema": "\(Self.schema)",
          "parameters": { "ras": { "type": "array", "defaultValue": [ { "p": "x" }, { "p": "y" } ] } },
          "variables": {
            "copy": [ { "name": "formatted", "count": "[length(parameters('ras'))]",
                        "input": "[union(parameters('ras')[copyIndex('formatted')], createObject('i', copyIndex('formatted')))]" } ]
          },
          "resources": [],
          "outputs": {
            "ids": { "type": "array", "copy": { "count": 2, "input": "[concat('id-', string(copyIndex()))]" } },
            "plain": { "type": "array", "copy": { "count": 2, "input": "[copyIndex(1)]" } }
          }
        }
        """)
        let evaluator = Evaluator(template: t)
        let formatted: KnownValue = .array([
            .object(KnownObject([("p", .string("x")), ("i", .int(0))])),
            .object(KnownObject([("p", .string("y")), ("i", .int(1))])),
        ])
        #expect(evaluator.evaluate(Value(.variable("formatted"), at: Span(0, 0))) == formatted)
        #expect(evaluator.evaluate(t.outputs[1].value) == .array([.int(1), .int(2)]))
    }

    /// A nested deployment's parameter written as `{ "copy": [{ "name": "value", … }] }` is that
    /// loop (it was dropped, so the inner template used its default).
    @Test func parameterCopyIsPassed() {
        let t = armTemplate("""
        {
          "$schema": "\(Self.schema)",
          "resources": [
            { "type": "Microsoft.Resources/deployments", "apiVersion": "2025-04-01", "name": "inner",
              "properties": {
                "expressionEvaluationOptions": { "scope": "inner" }, "mode": "Incremental",
                "parameters": { "ids": { "copy": [ { "name": "value", "count": 2, "input": "[copyIndex('value')]" } ] } },
                "template": { "$schema": "\(Self.schema)", "parameters": { "ids": { "type": "array", "defaultValue": [] } },
                              "resources": [], "outputs": { "n": { "type": "int", "value": "[length(parameters('ids'))]" } } }
              } }
          ]
        }
        """)
        let deployment = DeploymentLoader.load(root: AnalyzedTemplate(t)) { _ in nil }
        let evaluation = DeploymentEvaluation(deployment)
        #expect(evaluation.evaluate(deployment.instances[1].template.outputs[0].value, in: 1) == .int(2))
    }
}

/// Module outputs and parameters across the deployment, alike in both languages.
@Suite struct OracleModuleValueTests {
    private static let schema = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"

    private static func inner(_ name: String, condition: String? = nil) -> String {
        """
        "\(name)": { \(condition.map { "\"condition\": \"\($0)\"," } ?? "")
          "type": "Microsoft.Resources/deployments", "apiVersion": "2025-04-01", "name": "\(name)-deployment",
          "properties": {
            "expressionEvaluationOptions": { "scope": "inner" }, "mode": "Incremental",
            "parameters": { "name": { "value": "[null()]" } },
            "template": { "$schema": "\(schema)", "parameters": { "name": { "type": "string", "defaultValue": "default" } },
                          "resources": [], "outputs": { "name": { "type": "string", "value": "[parameters('name')]" } } }
          } }
        """
    }

    /// `reference('m').outputs.x.value` is module `m`'s output, as `m.outputs.x` is in Bicep, also
    /// through a conditional module's `tryGet(if(c, reference('m'), null()), …)` and a secure
    /// output's `listOutputsWithSecureValues('m', v)`; a null argument
    /// leaves the parameter at its default, as Resource Manager does.
    @Test func armModuleOutputsAndNullArguments() {
        let t = armTemplate("""
        {
          "$schema": "\(Self.schema)",
          "languageVersion": "2.0",
          "parameters": { "on": { "type": "bool", "defaultValue": true } },
          "resources": { \(Self.inner("plain")), \(Self.inner("maybe", condition: "[parameters('on')]")) },
          "outputs": {
            "a": { "type": "string", "value": "[reference('plain').outputs.name.value]" },
            "b": { "type": "string", "value": "[reference(resourceId('Microsoft.Resources/deployments', 'plain-deployment')).outputs.name.value]" },
            "c": { "type": "string", "value": "[tryGet(tryGet(tryGet(if(parameters('on'), reference('maybe'), null()), 'outputs'), 'name'), 'value')]" },
            "d": { "type": "string", "value": "[tryGet(listOutputsWithSecureValues('plain', '2025-04-01'), 'name')]" }
          }
        }
        """)
        let deployment = DeploymentLoader.load(root: AnalyzedTemplate(t)) { _ in nil }
        let evaluation = DeploymentEvaluation(deployment)
        #expect(t.outputs.map { evaluation.evaluate($0.value, in: 0) } == [KnownValue](repeating: .string("default"), count: 4))
    }
}

/// ARM property names written as expressions.
@Suite struct OracleExpressionKeyTests {
    /// `"[format('hidden-link:{0}', …)]": "Resource"` is the key the expression gives (it was
    /// the expression text); an escaped `[[` key is the literal text after the escape.
    @Test func expressionKeysAreEvaluated() {
        let t = armTemplate("""
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "parameters": { "id": { "type": "string", "defaultValue": "/x" } },
          "variables": { "tags": { "[format('hidden-link:{0}', parameters('id'))]": "Resource", "[['literal]": 1 } },
          "resources": []
        }
        """)
        let tags = Evaluator(template: t).evaluate(Value(.variable("tags"), at: Span(0, 0)))
        #expect(tags["hidden-link:/x"] == .string("Resource"))
        #expect(tags.objectValue?.keys == ["hidden-link:/x", "['literal]"])
    }
}

/// What the compiler writes inside a resource's body.
@Suite struct OracleBodyLoweringTests {
    private static let schema = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"

    /// `"copy": [{ "name": "metrics", "count", "input" }]` inside properties is the property
    /// `metrics`, a loop with `copyIndex('metrics')` bound (Bicep `metrics: [for …]`).
    @Test func propertyCopyIsALoop() {
        let t = armTemplate("""
        {
          "$schema": "\(Self.schema)",
          "parameters": { "names": { "type": "array", "defaultValue": [ "a", "b" ] } },
          "resources": [
            { "type": "Microsoft.Insights/diagnosticSettings", "apiVersion": "2021-05-01-preview", "name": "d",
              "copy": { "name": "settings", "count": 1 },
              "properties": {
                "copy": [ { "name": "metrics", "count": "[length(parameters('names'))]",
                            "input": { "category": "[parameters('names')[copyIndex('metrics')]]", "enabled": true } } ],
                "workspaceId": "w" } }
          ]
        }
        """)
        let properties = Evaluator(template: t).evaluate(t.resources[0].body.property("properties") ?? .unknown(at: .zero))
        let metrics = properties["metrics"]?.arrayValue?.map { $0["category"] }
        #expect(metrics == [.string("a"), .string("b")])
        #expect(properties["workspaceId"] == .string("w"))
        #expect(properties["copy"] == nil)
        #expect(t.resources[0].loop?.copyName == "settings")
    }

    /// A module parameter named `metadata` is a value, not ARM's free-text `metadata`.
    @Test func parameterNamedMetadataIsEvaluated() {
        let t = armTemplate("""
        {
          "$schema": "\(Self.schema)",
          "resources": [
            { "type": "Microsoft.Resources/deployments", "apiVersion": "2025-04-01", "name": "inner",
              "metadata": { "note": "[not an expression]" },
              "properties": {
                "expressionEvaluationOptions": { "scope": "inner" }, "mode": "Incremental",
                "parameters": { "metadata": { "value": "[createObject('a', 1)]" } },
                "template": { "$schema": "\(Self.schema)", "parameters": { "metadata": { "type": "object" } }, "resources": [] }
              } }
          ]
        }
        """)
        #expect(t.diagnostics.isEmpty)
        let argument = t.resources[0].moduleArguments.first { $0.name == "metadata" }?.value
        #expect(Evaluator(template: t).evaluate(argument ?? .unknown(at: .zero)) == .object(KnownObject([("a", .int(1))])))
    }
}

/// Found after merging main (nullable parameters are null, `??` is traced).
@Suite struct OracleAfterMergeTests {
    private static let schema = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"

    /// `coalesce(a, b, c)` lowers to `a ?? (b ?? c)`: same value, and traced like Bicep's `??`.
    @Test func coalesceLowersToTheOperator() {
        let (value, failure) = ARMExpressionParser.lower("[coalesce(parameters('a'), parameters('b'), 'c')]", span: Span(0, 0), in: [])
        #expect(failure == nil)
        guard case .binary(.coalesce, let first, let rest) = value.kind, case .binary(.coalesce, let second, let last) = rest.kind
        else { Issue.record("not lowered: \(value.kind)"); return }
        #expect(first.kind == .parameter("a"))
        #expect(second.kind == .parameter("b"))
        #expect(last.kind == .string("c"))
        let evaluator = Evaluator(environment: Environment(parameterValues: ["a": .null, "b": .null]))
        #expect(evaluator.evaluate(value) == .string("c"))
    }

    /// A module that does not deploy has null outputs, one that may not has unknown ones; the
    /// compiler's `if(condition, reference(m), null())` follows what `m` does.
    @Test func outputsOfConditionalModules() {
        func inner(_ name: String, _ condition: String) -> String {
            """
            "\(name)": { "condition": \(condition), "type": "Microsoft.Resources/deployments", "apiVersion": "2025-04-01",
              "name": "\(name)", "properties": { "expressionEvaluationOptions": { "scope": "inner" }, "mode": "Incremental",
                "template": { "$schema": "\(Self.schema)", "resources": [], "outputs": { "x": { "type": "string", "value": "v" } } } } }
            """
        }
        let t = armTemplate("""
        {
          "$schema": "\(Self.schema)", "languageVersion": "2.0",
          "parameters": { "maybe": { "type": "bool" } },
          "resources": { \(inner("off", "false")), \(inner("unsure", "\"[parameters('maybe')]\"")), \(inner("on", "true")) },
          "outputs": {
            "off": { "type": "string", "value": "[reference('off').outputs.x.value]" },
            "unsure": { "type": "string", "value": "[reference('unsure').outputs.x.value]" },
            "on": { "type": "string", "value": "[reference('on').outputs.x.value]" },
            "offIf": { "type": "string", "value": "[tryGet(tryGet(tryGet(if(parameters('maybe'), reference('off'), null()), 'outputs'), 'x'), 'value')]" },
            "onIf": { "type": "string", "value": "[tryGet(tryGet(tryGet(if(parameters('maybe'), reference('on'), null()), 'outputs'), 'x'), 'value')]" }
          }
        }
        """)
        let deployment = DeploymentLoader.load(root: AnalyzedTemplate(t)) { _ in nil }
        let evaluation = DeploymentEvaluation(deployment)
        #expect(t.outputs.map { evaluation.evaluate($0.value, in: 0) } == [.null, .unknown, .string("v"), .null, .string("v")])
    }
}
