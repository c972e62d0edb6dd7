import Testing
@testable import ArmorAnalysis

/// ARM JSON → expression lowering → evaluator: the forms the Bicep compiler emits for the
/// constructs of `KnownBicepConstructTests`.
@Suite struct KnownARMConstructTests {
    @Test func spreadsCompileToShallowMergeAndFlatten() {
        let e = Known.armVariables("""
        "base": {"authType": "AAD", "category": "CognitiveSearch"},
        "kv": "[shallowMerge(createArray(variables('base'), createObject('category', 'AzureKeyVault')))]",
        "list": "[flatten(createArray(createArray('a'), createArray('b', 'c')))]",
        "u": "[union(variables('base'), createObject('category', 'AzureKeyVault'))]"
        """)
        #expect(e.variable("kv") == .obj(("authType", .string("AAD")), ("category", .string("AzureKeyVault"))))
        #expect(e.variable("u") == e.variable("kv"))
        #expect(e.variable("list") == .strings("a", "b", "c"))
    }

    @Test func tryGetCoalesceAndIf() {
        let e = Known.armVariables("""
        "a": "[coalesce(tryGet(parameters('settings'), 'category'), 'CognitiveSearch')]",
        "b": "[coalesce(tryGet(parameters('settings'), 'missing'), 'CognitiveSearch')]",
        "c": "[if(parameters('useVault'), 'AzureKeyVault', 'CognitiveSearch')]",
        "d": "[if(equals(resourceGroup().location, 'x'), 'a', 'b')]",
        "e": "[tryGet(parameters('list'), 0, 'category')]",
        "f": "[tryIndexFromEnd(parameters('list'), 1).category]"
        """, parameters: """
        "settings": {"type": "object", "defaultValue": {"category": "AzureKeyVault"}},
        "useVault": {"type": "bool", "defaultValue": true},
        "list": {"type": "array", "defaultValue": [{"category": "AzureKeyVault"}]}
        """)
        #expect(e.variable("a") == .string("AzureKeyVault"))
        #expect(e.variable("b") == .string("CognitiveSearch"))
        #expect(e.variable("c") == .string("AzureKeyVault"))
        #expect(e.variable("d") == .unknown)
        #expect(e.variable("e") == .string("AzureKeyVault"))
        #expect(e.variable("f") == .string("AzureKeyVault"))
    }

    @Test func lambdasAndLambdaVariables() {
        let e = Known.armVariables("""
        "conns": [{"name": "search", "category": "CognitiveSearch"}, {"name": "kv", "category": "AzureKeyVault"}],
        "cats": "[map(variables('conns'), lambda('c', lambdaVariables('c').category))]",
        "kvOnly": "[filter(variables('conns'), lambda('c', equals(lambdaVariables('c').category, 'AzureKeyVault')))]",
        "byName": "[reduce(variables('conns'), createObject(), lambda('cur', 'next', union(lambdaVariables('cur'), createObject(lambdaVariables('next').name, lambdaVariables('next').category))))]",
        "obj": "[toObject(variables('conns'), lambda('c', lambdaVariables('c').name))]",
        "sorted": "[sort(variables('conns'), lambda('a', 'b', less(lambdaVariables('a').name, lambdaVariables('b').name)))]",
        "pairs": "[items(createObject('b', 2, 'a', 1))]"
        """)
        #expect(e.variable("cats") == .strings("CognitiveSearch", "AzureKeyVault"))
        #expect(e.variable("kvOnly").arrayValue?.first?["name"] == .string("kv"))
        #expect(e.variable("byName") == .obj(("search", .string("CognitiveSearch")), ("kv", .string("AzureKeyVault"))))
        #expect(e.variable("obj")["kv"]?["category"] == .string("AzureKeyVault"))
        #expect(e.variable("sorted").arrayValue?.first?["name"] == .string("kv"))
        #expect(e.variable("pairs").arrayValue?.first?["key"] == .string("a"))
    }

    @Test func groupByAndMapValues() {
        let e = Known.armVariables("""
        "conns": [{"name": "a", "category": "X"}, {"name": "b", "category": "X"}, {"name": "c", "category": "Y"}],
        "grouped": "[groupBy(variables('conns'), lambda('c', lambdaVariables('c').category))]",
        "names": "[mapValues(createObject('a', createObject('n', 1)), lambda('v', lambdaVariables('v').n))]",
        "unknown": "[groupBy(parameters('p'), lambda('c', lambdaVariables('c').category))]"
        """, parameters: """
        "p": {"type": "array"}
        """)
        #expect(e.variable("grouped")["X"]?.arrayValue?.count == 2)
        #expect(e.variable("grouped")["Y"]?.arrayValue?.count == 1)
        #expect(e.variable("names") == .obj(("a", .int(1))))
        #expect(e.variable("unknown") == .unknown)
    }

    @Test func variableCopyBindsCopyIndexByName() {
        let e = Known.armVariables("""
        "names": ["search", "kv"],
        "copy": [{"name": "conns", "count": "[length(variables('names'))]",
                  "input": {"name": "[variables('names')[copyIndex('conns')]]", "n": "[copyIndex('conns', 1)]"}}]
        """)
        #expect(e.variable("conns") == .array([.obj(("name", .string("search")), ("n", .int(1))),
                                              .obj(("name", .string("kv")), ("n", .int(2)))]))
    }

    @Test func propertyCopyInsideResourceBody() {
        let e = Known.arm("""
        {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
         "variables": {"cats": ["AzureKeyVault", "CognitiveSearch"]},
         "resources": [{"type": "Microsoft.Test/things", "apiVersion": "2020-01-01", "name": "t",
           "properties": {"copy": [{"name": "items", "count": 2,
             "input": {"category": "[variables('cats')[copyIndex('items')]]"}}]}}]}
        """)
        guard let body = e.environment.resources.first?.body else {
            Issue.record("no resource")
            return
        }
        #expect(e.evaluate(body).path("properties", "items")
            == .array([.obj(("category", .string("AzureKeyVault"))), .obj(("category", .string("CognitiveSearch")))]))
    }

    @Test func jsonAndString() {
        let e = Known.armVariables("""
        "j": "[json('{\\"category\\": \\"AzureKeyVault\\"}')]",
        "s": "[string(createObject('a', createArray(1, 'x')))]",
        "bad": "[json('{')]"
        """)
        #expect(e.variable("j") == .obj(("category", .string("AzureKeyVault"))))
        #expect(e.variable("s") == .string(#"{"a":[1,"x"]}"#))
        #expect(e.variable("bad") == .unknown)
    }
}
