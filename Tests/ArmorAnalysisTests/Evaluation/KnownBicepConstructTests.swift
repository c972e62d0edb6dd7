import Testing
@testable import ArmorAnalysis

/// Bicep source → model → evaluator, one construct per test (rules.md "Known value").
@Suite struct KnownBicepConstructTests {
    @Test func anyIsItsArgument() {
        let e = Known.bicep("var c = any('AzureKeyVault')\nvar o = any({ category: 'X' }).category")
        #expect(e.variable("c") == .string("AzureKeyVault"))
        #expect(e.variable("o") == .string("X"))
    }

    @Test func objectAndArraySpread() {
        let e = Known.bicep("""
        var base = { authType: 'AAD', category: 'CognitiveSearch' }
        var kv = { ...base, category: 'AzureKeyVault' }
        var list = [ 'a', ...['b', 'c'] ]
        var unknownBase = { ...resourceGroup(), category: 'x' }
        """)
        #expect(e.variable("kv") == .obj(("authType", .string("AAD")), ("category", .string("AzureKeyVault"))))
        #expect(e.variable("list") == .strings("a", "b", "c"))
        #expect(e.variable("unknownBase") == .unknown)
    }

    @Test func unionAndShallowMerge() {
        let e = Known.bicep("""
        var a = union({ p: { x: 1 } }, { p: { y: 2 } })
        var s = shallowMerge([{ p: { x: 1 } }, { p: { y: 2 } }, { q: 'z' }])
        """)
        #expect(e.variable("a") == .obj(("p", .obj(("x", .int(1)), ("y", .int(2))))))
        #expect(e.variable("s") == .obj(("p", .obj(("y", .int(2)))), ("q", .string("z"))))
    }

    @Test func coalesceSafeAccessAndNonNull() {
        let e = Known.bicep("""
        param settings object = { category: 'AzureKeyVault' }
        var a = settings.?category ?? 'CognitiveSearch'
        var b = settings.?missing ?? 'CognitiveSearch'
        var c = settings.category!
        var d = resourceGroup().tags.?x ?? 'fallback'
        var e = settings[?'category']
        """)
        #expect(e.variable("a") == .string("AzureKeyVault"))
        #expect(e.variable("b") == .string("CognitiveSearch"))
        #expect(e.variable("c") == .string("AzureKeyVault"))
        #expect(e.variable("d") == .unknown)
        #expect(e.variable("e") == .string("AzureKeyVault"))
    }

    @Test func ternaryAndIfWithKnownCondition() {
        let e = Known.bicep("""
        param useVault bool = true
        var t = useVault ? 'AzureKeyVault' : 'CognitiveSearch'
        var u = resourceGroup().location == 'x' ? 'a' : 'b'
        """)
        #expect(e.variable("t") == .string("AzureKeyVault"))
        #expect(e.variable("u") == .unknown)
    }

    @Test func objectAndArrayParameterDefaults() {
        let e = Known.bicep("""
        param conns array = [ { name: 'kv', category: 'AzureKeyVault' } ]
        param opts object = { auth: 'AAD' }
        var first = conns[0].category
        var auth = opts.auth
        """)
        #expect(e.variable("first") == .string("AzureKeyVault"))
        #expect(e.variable("auth") == .string("AAD"))
    }

    @Test func lambdasOverKnownArrays() {
        let e = Known.bicep("""
        var conns = [ { name: 'search', category: 'CognitiveSearch' }, { name: 'kv', category: 'AzureKeyVault' } ]
        var cats = map(conns, c => c.category)
        var kvOnly = filter(conns, c => c.category == 'AzureKeyVault')
        var joined = reduce(conns, '', (acc, c) => '${acc}${c.name};')
        var byName = toObject(conns, c => c.name, c => c.category)
        var sorted = sort(conns, (a, b) => a.name < b.name)
        var grouped = groupBy(conns, c => c.category)
        var upper = mapValues({ a: 'x' }, v => toUpper(v))
        var pairs = items({ b: 2, a: 1 })
        var flat = flatten([[1], [2, 3]])
        """)
        #expect(e.variable("cats") == .strings("CognitiveSearch", "AzureKeyVault"))
        #expect(e.variable("kvOnly").arrayValue?.count == 1)
        #expect(e.variable("joined") == .string("search;kv;"))
        #expect(e.variable("byName") == .obj(("search", .string("CognitiveSearch")), ("kv", .string("AzureKeyVault"))))
        #expect(e.variable("sorted").arrayValue?.first?["name"] == .string("kv"))
        #expect(e.variable("grouped")["AzureKeyVault"]?.arrayValue?.count == 1)
        #expect(e.variable("upper") == .obj(("a", .string("X"))))
        #expect(e.variable("pairs") == .array([.obj(("key", .string("a")), ("value", .int(1))),
                                               .obj(("key", .string("b")), ("value", .int(2)))]))
        #expect(e.variable("flat") == .array([.int(1), .int(2), .int(3)]))
    }

    @Test func lambdaOverUnknownArrayIsUnknown() {
        let e = Known.bicep("param conns array\nvar cats = map(conns, c => c.category)\nvar s = sort(conns, (a, b) => a < b)")
        #expect(e.variable("cats") == .unknown)
        #expect(e.variable("s") == .unknown)
    }

    @Test func jsonCreateObjectAndString() {
        let e = Known.bicep("""
        var j = json('{"category": "AzureKeyVault", "n": [1, true, null]}')
        var s = string({ a: 'x', b: [1, true] })
        var n = string(12)
        var b = string(true)
        """)
        #expect(e.variable("j")["category"] == .string("AzureKeyVault"))
        #expect(e.variable("j")["n"] == .array([.int(1), .bool(true), .null]))
        #expect(e.variable("s") == .string(#"{"a":"x","b":[1,true]}"#))
        #expect(e.variable("n") == .string("12"))
        #expect(e.variable("b") == .unknown)
    }

    @Test func loadJsonContentWithAndWithoutPath() {
        let files = ["connections.json": #"{"list": [{"name": "kv", "category": "AzureKeyVault"}], "n": 1.5}"#]
        let e = Known.bicep("""
        var all = loadJsonContent('connections.json')
        var list = loadJsonContent('./connections.json', '$.list')
        var cat = loadJsonContent('connections.json', 'list[0].category')
        var wild = loadJsonContent('connections.json', '$..category')
        var missing = loadJsonContent('nope.json')
        var fraction = loadJsonContent('connections.json').n
        """, files: files)
        #expect(e.variable("all")["list"]?.arrayValue?.count == 1)
        #expect(e.variable("list").arrayValue?.first?["category"] == .string("AzureKeyVault"))
        #expect(e.variable("cat") == .string("AzureKeyVault"))
        #expect(e.variable("wild") == .unknown)
        #expect(e.variable("missing") == .unknown)
        #expect(e.variable("fraction") == .unknown)
    }

    @Test func loadYamlAndTextContent() {
        let yaml = """
        # connections
        connections:
          - name: search
            category: CognitiveSearch
          - name: 'kv'
            category: "AzureKeyVault"
            tags: [a, 'b']
            meta: {x: 1, y: true}
        enabled: true
        """
        let e = Known.bicep("""
        var y = loadYamlContent('c.yaml')
        var cats = loadYamlContent('c.yaml', '$.connections')
        var text = loadTextContent('name.txt')
        var bad = loadYamlContent('anchors.yaml')
        """, files: ["c.yaml": yaml, "name.txt": "AzureKeyVault", "anchors.yaml": "a: &x 1\nb: *x\n"])
        let connections = e.variable("y")["connections"]?.arrayValue
        #expect(connections?.count == 2)
        #expect(connections?.last?["category"] == .string("AzureKeyVault"))
        #expect(connections?.last?["tags"] == .strings("a", "b"))
        #expect(connections?.last?["meta"] == .obj(("x", .int(1)), ("y", .bool(true))))
        #expect(e.variable("y")["enabled"] == .bool(true))
        #expect(e.variable("cats").arrayValue?.first?["name"] == .string("search"))
        #expect(e.variable("text") == .string("AzureKeyVault"))
        #expect(e.variable("bad") == .unknown)
    }

    @Test func byteOrderMarkIsDropped() {
        let e = Known.bicep("var t = loadTextContent('bom.txt')\nvar y = loadYamlContent('bom.yaml')",
                            files: ["bom.txt": "\u{FEFF}AzureKeyVault", "bom.yaml": "\u{FEFF}a: b\n"])
        #expect(e.variable("t") == .string("AzureKeyVault"))
        #expect(e.variable("y") == .obj(("a", .string("b"))))
    }

    @Test func loopOverLoadedArrayGivesKnownElements() {
        let e = Known.bicep("""
        var conns = loadJsonContent('c.json')
        var names = [for c in conns: '${c.name}-${c.category}']
        """, files: ["c.json": #"[{"name": "kv", "category": "AzureKeyVault"}]"#])
        #expect(e.variable("names") == .strings("kv-AzureKeyVault"))
    }
}
