import Testing
@testable import ArmorBase
@testable import ArmorAnalysis

private struct ARMGraph {
    let analyzed: AnalyzedTemplate

    init(_ text: String) {
        analyzed = AnalyzedTemplate(ARMFrontend.parseTemplate(SourceFile(path: "main.json", text: text)))
    }

    private var template: Template { analyzed.template }

    private func index(_ symbol: String) -> Int {
        template.resourceIndex(symbol: symbol) ?? -1
    }

    func written(_ symbol: String) -> [String] {
        analyzed.graph.writtenTargets(of: index(symbol)).map { template.resources[$0].symbol }
    }

    func inferred(_ symbol: String) -> [String] {
        analyzed.graph.inferredTargets(of: index(symbol)).map { template.resources[$0].symbol }
    }

    func unresolved(_ symbol: String) -> [String] {
        analyzed.graph.unresolved[index(symbol)].map(\.text)
    }
}

/// A classic template with the given resources (JSON objects) and variables/parameters.
private func classic(_ resources: String, variables: String = "{}", parameters: String = "{}") -> String {
    #"{"parameters": \#(parameters), "variables": \#(variables), "resources": [\#(resources)]}"#
}

@Suite struct ARMDependencyBuilderTests {
    @Test func classicEntryForms() {
        let g = ARMGraph(classic("""
        {"type": "Microsoft.Network/virtualNetworks", "name": "vnet1"},
        {"type": "Microsoft.Network/virtualNetworks/subnets", "name": "vnet1/apps"},
        {"type": "Microsoft.Storage/storageAccounts", "name": "[parameters('sa')]"},
        {"type": "Microsoft.Storage/storageAccounts", "name": "[concat('st', copyIndex())]", "copy": {"name": "stLoop", "count": 2}},
        {"type": "Microsoft.Web/sites", "name": "byName", "dependsOn": ["vnet1"]},
        {"type": "Microsoft.Web/sites", "name": "byCopy", "dependsOn": ["stLoop"]},
        {"type": "Microsoft.Web/sites", "name": "byId", "dependsOn": ["[resourceId('Microsoft.Storage/storageAccounts', parameters('sa'))]"]},
        {"type": "Microsoft.Web/sites", "name": "byChildId", "dependsOn": ["[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet1', 'apps')]"]},
        {"type": "Microsoft.Web/sites", "name": "byTypeName", "dependsOn": ["Microsoft.Network/virtualNetworks/vnet1"]},
        {"type": "Microsoft.Web/sites", "name": "byConcat", "dependsOn": ["[concat('Microsoft.Network/virtualNetworks/', variables('v'))]"]},
        {"type": "Microsoft.Web/sites", "name": "byFormat", "dependsOn": ["[format('{0}/{1}', 'vnet1', 'apps')]"]},
        {"type": "Microsoft.Web/sites", "name": "byVariable", "dependsOn": ["[variables('subnetId')]"]},
        {"type": "Microsoft.Web/sites", "name": "byInstance", "dependsOn": ["[resourceId('Microsoft.Storage/storageAccounts', concat('st', 1))]"]},
        {"type": "Microsoft.Web/sites", "name": "byDefault", "dependsOn": ["store9"]},
        {"type": "Microsoft.Web/sites", "name": "byCase", "dependsOn": ["[resourceId('microsoft.network/VIRTUALNETWORKS', 'VNET1')]"]},
        {"type": "Microsoft.Web/sites", "name": "byScopedId", "dependsOn": ["[resourceId(subscription().subscriptionId, resourceGroup().name, 'Microsoft.Network/virtualNetworks', 'vnet1')]"]}
        """, variables: #"{"v": "vnet1", "subnetId": "[resourceId('Microsoft.Network/virtualNetworks/subnets', variables('v'), 'apps')]"}"#,
        parameters: #"{"sa": {"type": "string", "defaultValue": "store9"}}"#))
        #expect(g.analyzed.allDiagnostics.isEmpty)
        #expect(g.written("byName") == ["vnet1"])
        #expect(g.written("byCopy") == ["[concat('st', copyIndex())]"])
        #expect(g.written("byId") == ["[parameters('sa')]"])
        #expect(g.written("byChildId") == ["vnet1/apps"])
        #expect(g.written("byTypeName") == ["vnet1"])
        #expect(g.written("byConcat") == ["vnet1"])
        #expect(g.written("byFormat") == ["vnet1/apps"])
        #expect(g.written("byVariable") == ["vnet1/apps"])
        #expect(g.written("byInstance") == ["[concat('st', copyIndex())]"])
        #expect(g.written("byDefault") == ["[parameters('sa')]"])
        #expect(g.written("byCase") == ["vnet1"])
        #expect(g.written("byScopedId") == ["vnet1"])
    }

    @Test func unresolvedEntriesAreKeptWithTheirText() {
        let g = ARMGraph(classic("""
        {"type": "Microsoft.Network/virtualNetworks", "name": "a"},
        {"type": "Microsoft.Network/virtualNetworks", "name": "b"},
        {"type": "Microsoft.Web/sites", "name": "s", "dependsOn": ["missing", "[resourceId('Microsoft.Network/virtualNetworks', 'c')]", "a"]}
        """))
        #expect(g.written("s") == ["a"])
        #expect(g.unresolved("s") == ["missing", "[resourceId('Microsoft.Network/virtualNetworks', 'c')]"])
        #expect(g.analyzed.graph.diagnostics.isEmpty)
        let span = g.analyzed.graph.unresolved[2][0].span
        #expect(g.analyzed.template.source.text(span) == "\"missing\"")
    }

    @Test func resourceIdToASingleResourceOfThatTypeMatchesByType() {
        let g = ARMGraph(classic("""
        {"type": "Microsoft.Network/virtualNetworks", "name": "[parameters('n')]"},
        {"type": "Microsoft.Web/sites", "name": "s", "dependsOn": ["[resourceId('Microsoft.Network/virtualNetworks', toLower(parameters('n')))]"]}
        """))
        #expect(g.written("s") == ["[parameters('n')]"])
    }

    @Test func ambiguousPlainNamesStayUnresolved() {
        let g = ARMGraph(classic("""
        {"type": "Microsoft.Network/virtualNetworks", "name": "x"},
        {"type": "Microsoft.Network/networkSecurityGroups", "name": "x"},
        {"type": "Microsoft.Web/sites", "name": "s", "dependsOn": ["x", "Microsoft.Network/networkSecurityGroups/x"]}
        """))
        #expect(g.unresolved("s") == ["x"])
        #expect(g.analyzed.graph.writtenTargets(of: 2) == [1])
    }

    @Test func symbolicEntries() {
        let g = ARMGraph("""
        {"languageVersion": "2.0", "resources": {
          "a": {"type": "A.B/c", "name": "a1", "copy": {"name": "a", "count": 2}},
          "Zeta": {"type": "A.B/c", "name": "z"},
          "alpha_b": {"type": "A.B/c", "name": "ab"},
          "alphaC": {"type": "A.B/c", "name": "ac"},
          "user": {"type": "A.B/d", "name": "u",
                   "dependsOn": ["Zeta", "alphaC", "[format('a[{0}]', copyIndex())]", "alpha_b", "alphaC"]},
          "legacy": {"type": "A.B/d", "name": "l", "dependsOn": ["[resourceId('A.B/c', 'z')]", "nope"]}
        }}
        """)
        #expect(g.written("user") == ["a", "alpha_b", "alphaC", "Zeta"])
        #expect(g.written("legacy") == ["Zeta"])
        #expect(g.unresolved("legacy") == ["nope"])
        #expect(g.analyzed.graph.diagnostics.map(\.code.id) == ["arm-non-symbolic-dependson"])
    }

    /// ARM infers an edge from a name, not from a resource id (rules.md `missing-dependson`).
    @Test func referenceAndListCallsByNameAreInferredEdges() {
        let g = ARMGraph(classic("""
        {"type": "Microsoft.Storage/storageAccounts", "name": "st"},
        {"type": "Microsoft.Insights/components", "name": "ai"},
        {"type": "Microsoft.Storage/storageAccounts", "name": "[parameters('logs')]"},
        {"type": "Microsoft.Web/sites", "name": "app", "dependsOn": ["ai"], "properties": {
          "byId": "[listKeys(resourceId('Microsoft.Storage/storageAccounts', 'st'), '2023-01-01').keys[0].value]",
          "byIdVariable": "[reference(variables('stId'))]",
          "i": "[reference('ai').InstrumentationKey]",
          "k": "[listKeys(parameters('logs'), '2023-01-01').keys[0].value]",
          "ext": "[reference('elsewhere', '2023-01-01')]",
          "self": "[reference('app')]"
        }}
        """, variables: #"{"stId": "[resourceId('Microsoft.Storage/storageAccounts', 'st')]"}"#,
        parameters: #"{"logs": {"type": "string"}}"#))
        #expect(g.written("app") == ["ai"])
        #expect(g.inferred("app") == ["[parameters('logs')]"])
        #expect(g.analyzed.graph.edges[3].first { $0.target == 1 }?.kinds == [.explicit, .armInferred])
    }

    @Test func symbolicReferenceIsInferredButResourceInfoIsNot() {
        let g = ARMGraph("""
        {"languageVersion": "2.0", "resources": {
          "kv": {"type": "Microsoft.KeyVault/vaults", "name": "kv", "existing": true},
          "st": {"type": "Microsoft.Storage/storageAccounts", "name": "st"},
          "app": {"type": "Microsoft.Web/sites", "name": "app", "properties": {
            "uri": "[reference('kv').vaultUri]", "id": "[resourceInfo('st').id]"}}
        }}
        """)
        #expect(g.written("app") == [])
        #expect(g.inferred("app") == ["kv"])
    }

    @Test func writtenSelfDependencyIsKept() {
        let g = ARMGraph(classic(#"{"type": "A.B/c", "name": "x", "dependsOn": ["x"]}"#))
        #expect(g.written("x") == ["x"])
    }

    @Test func nestedDeploymentsHaveTheirOwnNamespace() throws {
        let g = ARMGraph(classic("""
        {"type": "Microsoft.Storage/storageAccounts", "name": "st"},
        {"type": "Microsoft.Resources/deployments", "name": "mod", "dependsOn": ["st"],
         "properties": {"expressionEvaluationOptions": {"scope": "inner"},
           "parameters": {"key": {"value": "[listKeys('st', '1').keys[0].value]"}},
           "template": {"resources": [
             {"type": "A.B/c", "name": "in1"},
             {"type": "A.B/c", "name": "in2", "dependsOn": ["in1", "st"], "properties": {"x": "[reference('st')]"}}
           ]}}},
        {"type": "Microsoft.Resources/deployments", "name": "outerMod",
         "properties": {"template": {"resources": [
             {"type": "A.B/c", "name": "o1", "properties": {"k": "[reference('st').primaryEndpoints]"}},
             {"type": "A.B/c", "name": "o2", "properties": {"k": "[reference('o1').x]"}}
           ]}}},
        {"type": "Microsoft.Web/sites", "name": "after", "dependsOn": ["[resourceId('Microsoft.Resources/deployments', 'mod')]"]}
        """))
        #expect(g.written("mod") == ["st"])
        #expect(g.inferred("mod") == [])
        // listKeys by name in the parameters (evaluated outside) adds ARM's inference to the written edge.
        #expect(g.analyzed.graph.edges[1].first?.kinds == [.explicit, .armInferred])
        #expect(g.written("after") == ["mod"])
        #expect(g.inferred("outerMod") == ["st"])
        let inner = try #require(g.analyzed.nested.first)
        #expect(inner.graph.writtenTargets(of: 1) == [0])
        #expect(inner.graph.unresolved[1].map(\.text) == ["st"])
        #expect(inner.graph.inferredTargets(of: 1) == [])
        let outer = g.analyzed.nested[1]
        #expect(outer.graph.inferredTargets(of: 1) == [0])
    }
}
