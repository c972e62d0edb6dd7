import Testing
@testable import ArmorBase
@testable import ArmorAnalysis

func armTemplate(_ text: String) -> Template {
    ARMFrontend.parseTemplate(SourceFile(path: "main.json", text: text))
}

@Suite struct ARMFrontendTests {
    /// A large template holds hundreds of thousands: see the field order in `Resource`.
    @Test func resourceStaysPacked() {
        #expect(MemoryLayout<Resource>.size <= 152)
    }

    @Test func classicChildrenAreFlattenedWithFullTypeSymbolAndName() throws {
        let t = armTemplate("""
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "resources": [
            {
              "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-01-01",
              "name": "[parameters('vnet')]",
              "resources": [
                { "type": "subnets", "apiVersion": "2024-01-01", "name": "apps",
                  "resources": [ { "type": "Microsoft.Network/virtualNetworks/subnets/x", "name": "[concat(parameters('vnet'), '/apps/x')]" } ] }
              ]
            }
          ]
        }
        """)
        #expect(t.diagnostics.isEmpty)
        #expect(t.targetScope == "resourceGroup")
        #expect(t.resources.map(\.symbol) == ["[parameters('vnet')]", "[parameters('vnet')]/apps",
                                              "[concat(parameters('vnet'), '/apps/x')]"])
        #expect(t.resources.map(\.type) == ["Microsoft.Network/virtualNetworks", "Microsoft.Network/virtualNetworks/subnets",
                                            "Microsoft.Network/virtualNetworks/subnets/x"])
        #expect(t.resources.map(\.parent) == [nil, 0, 1])
        #expect(t.resources[0].body.field("resources") == nil)
        #expect(t.resources[0].body.field("apiVersion")?.stringLiteral == "2024-01-01")
        let child = t.resources[1]
        #expect(t.source.location(of: child.span.start) == LineColumn(line: 8, column: 9))
        #expect(t.source.text(child.span) == "{")
        guard case .interpolation(let parts)? = child.name?.kind else { Issue.record("no full name"); return }
        #expect(parts.map(\.kind) == [.parameter("vnet"), .string("/"), .string("apps")])
    }

    @Test func symbolicResourcesUseTheirKeys() throws {
        let t = armTemplate("""
        {
          "languageVersion": "2.0",
          "resources": {
            "acct::proj": { "type": "Microsoft.CognitiveServices/accounts/projects", "apiVersion": "2025-04-01-preview",
                            "name": "[format('{0}/{1}', 'a', 'p')]", "condition": "[parameters('on')]" },
            "acct": { "existing": true, "type": "Microsoft.CognitiveServices/accounts", "apiVersion": "2025-04-01-preview", "name": "a" },
            "graph": { "type": "Microsoft.Graph/groups@v1.0", "extension": "microsoftGraphV1", "name": "g" }
          }
        }
        """)
        #expect(t.diagnostics.isEmpty)
        #expect(t.languageVersion == "2.0")
        #expect(t.resources.map(\.symbol) == ["acct::proj", "acct", "graph"])
        #expect(t.resources[0].parent == 1)
        #expect(t.resources[0].conditional)
        #expect(t.resources[0].condition?.kind == .parameter("on"))
        #expect(t.resources[1].existing)
        #expect(t.source.text(t.resources[1].span) == "\"acct\"")
        #expect(t.resources[2].type == "Microsoft.Graph/groups")
        #expect(t.resources[2].apiVersion == "v1.0")
        #expect(t.resources[2].isAzureType == false)
    }

    @Test func copyLoopsAndBatchSize() throws {
        let t = armTemplate("""
        {"resources": [
          {"type": "Microsoft.Storage/storageAccounts", "name": "[concat('st', copyIndex())]",
           "copy": {"name": "stLoop", "count": 3, "mode": "Serial", "batchSize": 2}},
          {"type": "Microsoft.Storage/storageAccounts", "name": "x", "copy": {"name": "p", "count": "[parameters('n')]"}}
        ]}
        """)
        #expect(t.resources[0].loop?.copyName == "stLoop")
        #expect(t.resources[0].batchSize == 2)
        #expect(t.resources[1].isLoop)
        #expect(t.resources[1].batchSize == nil)
        guard case .call("range", _, let args)? = t.resources[1].loop?.source.kind else { Issue.record("no range"); return }
        #expect(args.map(\.kind) == [.int(0), .parameter("n")])
    }

    @Test func parametersVariablesOutputsAndScope() throws {
        let t = armTemplate("""
        {"$schema": "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#",
         "parameters": {"pwd": {"type": "secureString"}, "n": {"type": "int", "defaultValue": 2}},
         "variables": {"a": "[parameters('n')]", "copy": [{"name": "items", "count": 2, "input": "[copyIndex('items')]"}]},
         "resources": [],
         "outputs": {"o": {"type": "string", "value": "[variables('a')]"}}}
        """)
        #expect(t.targetScope == "subscription")
        #expect(t.parameters.map(\.name) == ["pwd", "n"])
        #expect(t.parameters.map(\.isSecure) == [true, false])
        #expect(t.parameters[1].defaultValue?.kind == .int(2))
        #expect(t.variables.map(\.name) == ["a", "items"])
        guard case .forLoop(_, _, _, let body) = t.variables[1].value.kind else { Issue.record("no loop"); return }
        guard case .call("copyindex", nil, let copyArgs) = body.kind else { Issue.record("no copyIndex"); return }
        #expect(copyArgs.first?.stringLiteral == "items")
        #expect(t.outputs.map(\.name) == ["o"])
        #expect(t.outputs[0].value.kind == .variable("a"))
    }

    @Test func nestedDeploymentsBecomeModules() throws {
        let t = armTemplate("""
        {"parameters": {"p": {"type": "string", "defaultValue": "v"}},
         "resources": [
          {"type": "Microsoft.Resources/deployments", "name": "inner",
           "properties": {"expressionEvaluationOptions": {"scope": "inner"},
             "template": {"parameters": {"q": {"type": "string"}}, "resources": [{"type": "A.B/c", "name": "x"}]}}},
          {"type": "microsoft.resources/deployments", "name": "outer",
           "properties": {"template": {"resources": [{"type": "A.B/c", "name": "y"}]}}},
          {"type": "Microsoft.Resources/deployments", "name": "linked",
           "properties": {"templateLink": {"relativePath": "mods/a.json"}}},
          {"type": "Microsoft.Resources/deployments", "name": "remote",
           "properties": {"templateLink": {"uri": "https://x/y.json"}}}
        ]}
        """)
        #expect(t.diagnostics.isEmpty)
        #expect(t.resources.map(\.kind) == [.module, .module, .module, .module])
        #expect(t.resources[1].type == "Microsoft.Resources/deployments")
        #expect(t.resources[0].module == .inline(index: 0, innerScope: true))
        #expect(t.resources[1].module == .inline(index: 1, innerScope: false))
        #expect(t.resources[2].module == .local(path: "mods/a.json"))
        #expect(t.resources[3].module == .external("https://x/y.json"))
        #expect(t.nestedTemplates.count == 2)
        #expect(t.nestedTemplates[0].resources.map(\.symbol) == ["x"])
        #expect(t.nestedTemplates[0].parameters.map(\.name) == ["q"])
        // An outer-scoped template sees the outer parameters.
        #expect(t.nestedTemplates[1].parameters.map(\.name) == ["p"])
    }

    @Test func topLevelChildGetsItsParentWhenTypeAndNameMatch() {
        let t = armTemplate("""
        {"variables": {"sa": "store1"}, "resources": [
          {"type": "Microsoft.Storage/storageAccounts", "name": "[variables('sa')]"},
          {"type": "Microsoft.Storage/storageAccounts/blobServices", "name": "[concat(variables('sa'), '/default')]"},
          {"type": "Microsoft.Storage/storageAccounts/blobServices/containers", "name": "store1/default/c"},
          {"type": "Microsoft.Storage/storageAccounts/blobServices", "name": "other/default"}
        ]}
        """)
        #expect(t.resources.map(\.parent) == [nil, 0, 1, nil])
    }

    @Test func shapeErrorsAreReported() {
        #expect(armTemplate("[1]").diagnostics.map(\.message) == ["the template must be a JSON object"])
        let t = armTemplate(#"{"resources": [{"name": "a"}, 3]}"#)
        #expect(t.diagnostics.map(\.message) == ["resource has no 'type'", "a resource must be a JSON object"])
        #expect(t.resources.count == 1)
        let bad = armTemplate(#"{"resources": [{"type": "A.B/c", "name": "[concat('a']"}]}"#)
        #expect(bad.diagnostics.map(\.code.id) == ["arm-expression"])
    }

    /// Root resources are lowered while the JSON is read: the model and the order of the
    /// diagnostics are those of lowering the whole tree afterwards (document order), for every
    /// `resources` array of the root (any case, duplicates too) and for no other.
    @Test func resourcesLoweredWhileReadingKeepDocumentOrder() {
        let t = armTemplate("""
        {"variables": {"resources": ["[concat('v']"]},
         "Resources": [{"type": "A.B/c", "name": "[concat('a']"}, 3, {"type": "A.B/c", "name": "b"}],
         "outputs": {"o": {"type": "string", "value": "[concat('o']"}}}
        """)
        #expect(t.resources.map(\.symbol) == ["[concat('a']", "b"])
        #expect(t.diagnostics.map(\.code.id) == ["arm-expression", "arm-expression", "arm-expression", "arm-template-shape"])
        let starts = t.diagnostics.prefix(3).map(\.location.span.start)
        #expect(starts == starts.sorted())
        let twice = armTemplate(#"{"resources": [{"type": "A.B/c", "name": "[concat('x']"}], "resources": [{"type": "A.B/d", "name": "d"}]}"#)
        #expect(twice.resources.map(\.symbol) == ["d"])
        #expect(twice.diagnostics.map(\.code.id) == ["json-duplicate-key", "arm-expression"])
    }

    @Test func metadataIsNotEvaluated() {
        let t = armTemplate(#"{"parameters": {"a": {"type": "string", "metadata": {"description": "[optional] x]"}}}, "resources": []}"#)
        #expect(t.diagnostics.isEmpty)
    }

    @Test func parametersFileValuesByName() throws {
        let file = ARMFrontend.parseParameters(SourceFile(path: "main.parameters.json", text: """
        {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
         "parameters": {"name": {"value": "x"}, "count": {"value": 3},
           "pwd": {"reference": {"keyVault": {"id": "/subscriptions/s/kv"}, "secretName": "p"}}}}
        """))
        #expect(file.diagnostics.isEmpty)
        #expect(file.values.map(\.name) == ["name", "count", "pwd"])
        #expect(file.value(named: "NAME")?.value?.stringLiteral == "x")
        #expect(file.value(named: "count")?.value?.kind == .int(3))
        #expect(file.value(named: "pwd")?.value == nil)
        #expect(file.valuesByName.keys.sorted() == ["count", "name"])
        #expect(file.value(named: "pwd")?.reference?.field("secretName")?.stringLiteral == "p")
        #expect(ARMFrontend.parseParameters(SourceFile(path: "p.json", text: "[]")).diagnostics.count == 1)
    }
}
