import Testing
@testable import ArmorAnalysis

@Suite struct EvaluatorFunctionTests {
    @Test func functionNamesIgnoreCaseAndNamespace() {
        #expect(evaluateAlone(V.call("TOLOWER", V.s("AbC"))) == .string("abc"))
        #expect(evaluateAlone(V.nsCall("sys", "toUpper", V.s("abc"))) == .string("ABC"))
        #expect(evaluateAlone(V.nsCall("az", "resourceId", V.s("Microsoft.KeyVault/vaults"), V.s("kv")))
            .resourceIdValue?.fullName == "kv")
    }

    @Test func concatOfStringsAndOfArrays() {
        #expect(evaluateAlone(V.call("concat", V.s("a"), V.i(1), V.s("b"))) == .string("a1b"))
        #expect(evaluateAlone(V.call("concat", V.arr(V.i(1)), V.arr(V.i(2), V.unknown)))
            == .array([.int(1), .int(2), .unknown]))
        #expect(evaluateAlone(V.call("concat", V.arr(V.i(1)), V.s("x"))) == .unknown)
        #expect(evaluateAlone(V.call("concat", V.s("a"), V.unknown)) == .unknown)
    }

    @Test func formatWithIndexPlaceholders() {
        #expect(evaluateAlone(V.call("format", V.s("{0}/{1}"), V.s("acct"), V.s("conn"))) == .string("acct/conn"))
        #expect(evaluateAlone(V.call("format", V.s("{1}-{0}-{1}"), V.s("a"), V.i(2))) == .string("2-a-2"))
        #expect(evaluateAlone(V.call("format", V.s("{{literal}} {0}"), V.s("x"))) == .string("{literal} x"))
        #expect(evaluateAlone(V.call("format", V.s("{0:N2}"), V.i(1))) == .unknown)
        #expect(evaluateAlone(V.call("format", V.s("{2}"), V.s("a"))) == .unknown)
        #expect(evaluateAlone(V.call("format", V.s("{0"), V.s("a"))) == .unknown)
        #expect(evaluateAlone(V.call("format", V.s("{0}"), V.unknown)) == .unknown)
        #expect(evaluateAlone(V.call("format", V.s("{1}"), V.unknown, V.s("b"))) == .string("b"))
    }

    @Test func stringFunctions() {
        #expect(evaluateAlone(V.call("replace", V.s("a-b-c"), V.s("-"), V.s("/"))) == .string("a/b/c"))
        #expect(evaluateAlone(V.call("replace", V.s("abc"), V.s(""), V.s("x"))) == .unknown)
        #expect(evaluateAlone(V.call("split", V.s("a/b//c"), V.s("/")))
            == .array([.string("a"), .string("b"), .string(""), .string("c")]))
        #expect(evaluateAlone(V.call("split", V.s("a,b;c"), V.arr(V.s(","), V.s(";"))))
            == .array([.string("a"), .string("b"), .string("c")]))
        #expect(evaluateAlone(V.call("join", V.arr(V.s("a"), V.s("b")), V.s("-"))) == .string("a-b"))
        #expect(evaluateAlone(V.call("join", V.arr(V.s("a"), V.unknown), V.s("-"))) == .unknown)
        #expect(evaluateAlone(V.call("substring", V.s("abcdef"), V.i(1), V.i(3))) == .string("bcd"))
        #expect(evaluateAlone(V.call("substring", V.s("abcdef"), V.i(4))) == .string("ef"))
        #expect(evaluateAlone(V.call("substring", V.s("abc"), V.i(2), V.i(5))) == .unknown)
        #expect(evaluateAlone(V.call("startsWith", V.s("AzureKeyVault"), V.s("azure"))) == .bool(true))
        #expect(evaluateAlone(V.call("endsWith", V.s("AzureKeyVault"), V.s("VAULT"))) == .bool(true))
        #expect(evaluateAlone(V.call("endsWith", V.s("abc"), V.s("x"))) == .bool(false))
        #expect(evaluateAlone(V.call("trim", V.s("  a b \t"))) == .string("a b"))
        #expect(evaluateAlone(V.call("indexOf", V.s("abcABC"), V.s("C"))) == .int(2))
        #expect(evaluateAlone(V.call("lastIndexOf", V.s("abcABC"), V.s("c"))) == .int(5))
        #expect(evaluateAlone(V.call("indexOf", V.s("abc"), V.s("z"))) == .int(-1))
        #expect(evaluateAlone(V.call("string", V.i(42))) == .string("42"))
        #expect(evaluateAlone(V.call("string", V.b(true))) == .unknown)
        #expect(evaluateAlone(V.call("int", V.s("17"))) == .int(17))
        #expect(evaluateAlone(V.call("int", V.s("x"))) == .unknown)
        #expect(evaluateAlone(V.call("bool", V.s("TRUE"))) == .bool(true))
        #expect(evaluateAlone(V.call("bool", V.i(0))) == .bool(false))
        #expect(evaluateAlone(V.call("toLower", V.unknown)) == .unknown)
    }

    @Test func padLeftAndComputedParameterNames() {
        #expect(evaluateAlone(V.call("padLeft", V.i(7), V.i(3), V.s("0"))) == .string("007"))
        #expect(evaluateAlone(V.call("padLeft", V.s("abcd"), V.i(2))) == .string("abcd"))
        #expect(evaluateAlone(V.call("padLeft", V.s("a"), V.i(3))) == .string("  a"))
        #expect(evaluateAlone(V.call("padLeft", V.s("a"), V.i(3), V.s("xy"))) == .unknown)
        #expect(evaluateAlone(V.call("padLeft", V.s("a"), V.i(1_000_000_000))) == .unknown)
        var t = TemplateBuilder()
        t.param("kvName", default: V.s("kv1"))
        t.variable("which", V.s("kvName"))
        t.variable("vv", V.s("value"))
        let e = t.evaluator()
        #expect(e.evaluate(V.call("parameters", V.variable("which"))) == .string("kv1"))
        #expect(e.evaluate(V.call("variables", V.s("VV"))) == .string("value"))
        #expect(e.evaluate(V.call("parameters", V.unknown)) == .unknown)
    }

    @Test func lengthsCountUTF16Units() {
        #expect(evaluateAlone(V.call("length", V.s("é😀"))) == .int(3))
        #expect(evaluateAlone(V.call("length", V.arr(V.unknown, V.unknown))) == .int(2))
        #expect(evaluateAlone(V.call("length", V.obj(("a", V.i(1))))) == .int(1))
        #expect(evaluateAlone(V.call("length", V.unknown)) == .unknown)
    }

    @Test func emptyContainsFirstLast() {
        #expect(evaluateAlone(V.call("empty", V.s(""))) == .bool(true))
        #expect(evaluateAlone(V.call("empty", V.arr(V.unknown))) == .bool(false))
        #expect(evaluateAlone(V.call("empty", V.null)) == .bool(true))
        #expect(evaluateAlone(V.call("empty", V.obj())) == .bool(true))
        #expect(evaluateAlone(V.call("contains", V.s("abc"), V.s("b"))) == .bool(true))
        #expect(evaluateAlone(V.call("contains", V.s("abc"), V.s("B"))) == .bool(false))
        #expect(evaluateAlone(V.call("contains", V.obj(("Key", V.i(1))), V.s("key"))) == .bool(true))
        #expect(evaluateAlone(V.call("contains", V.arr(V.unknown, V.s("x")), V.s("x"))) == .bool(true))
        #expect(evaluateAlone(V.call("contains", V.arr(V.unknown, V.s("x")), V.s("y"))) == .unknown)
        #expect(evaluateAlone(V.call("contains", V.arr(V.s("x")), V.s("y"))) == .bool(false))
        #expect(evaluateAlone(V.call("first", V.arr(V.s("a"), V.unknown))) == .string("a"))
        #expect(evaluateAlone(V.call("last", V.arr(V.s("a"), V.unknown))) == .unknown)
        #expect(evaluateAlone(V.call("last", V.s("abc"))) == .string("c"))
        #expect(evaluateAlone(V.call("first", V.arr())) == .unknown)
    }

    @Test func constructors() {
        #expect(evaluateAlone(V.call("createArray", V.i(1), V.s("a"))) == .array([.int(1), .string("a")]))
        #expect(evaluateAlone(V.call("createObject", V.s("a"), V.i(1), V.s("b"), V.unknown))
            == .obj(("a", .int(1)), ("b", .unknown)))
        #expect(evaluateAlone(V.call("createObject", V.s("a"))) == .unknown)
        #expect(evaluateAlone(V.call("createObject", V.unknown, V.i(1))) == .unknown)
        #expect(evaluateAlone(V.call("range", V.i(2), V.i(3))) == .array([.int(2), .int(3), .int(4)]))
        #expect(evaluateAlone(V.call("range", V.i(0), V.i(-1))) == .unknown)
        #expect(evaluateAlone(V.call("range", V.i(0), V.i(1_000_000_000))) == .unknown)
        #expect(evaluateAlone(V.call("array", V.s("x"))) == .array([.string("x")]))
        #expect(evaluateAlone(V.call("take", V.arr(V.i(1), V.i(2), V.i(3)), V.i(2))) == .array([.int(1), .int(2)]))
        #expect(evaluateAlone(V.call("skip", V.s("abcd"), V.i(3))) == .string("d"))
        #expect(evaluateAlone(V.call("max", V.i(3), V.i(9), V.i(4))) == .int(9))
        #expect(evaluateAlone(V.call("min", V.arr(V.i(3), V.i(9)))) == .int(3))
        #expect(evaluateAlone(V.call("objectKeys", V.obj(("b", V.i(1)), ("a", V.i(2))))) == .array([.string("b"), .string("a")]))
    }

    @Test func unionDeepMergesObjects() {
        let a = V.obj(("p", V.obj(("x", V.i(1)), ("y", V.i(2)))), ("arr", V.arr(V.i(1), V.i(2))), ("keep", V.s("k")))
        let b = V.obj(("P", V.obj(("x", V.i(3)), ("z", V.i(4)))), ("arr", V.arr(V.i(3))))
        let merged = evaluateAlone(V.call("union", a, b))
        #expect(merged == .obj(("p", .obj(("x", .int(3)), ("y", .int(2)), ("z", .int(4)))),
                               ("arr", .array([.int(3)])), ("keep", .string("k"))))
        #expect(evaluateAlone(V.call("union", a, V.unknown)) == .unknown)
        let unknownNested = evaluateAlone(V.call("union", a, V.obj(("p", V.unknown), ("q", V.i(1)))))
        #expect(unknownNested["p"] == .unknown)
        #expect(unknownNested["keep"] == .string("k"))
    }

    @Test func unionDedupesArrays() {
        #expect(evaluateAlone(V.call("union", V.arr(V.s("a"), V.s("b")), V.arr(V.s("b"), V.s("c"), V.s("a"))))
            == .array([.string("a"), .string("b"), .string("c")]))
        #expect(evaluateAlone(V.call("union", V.arr(V.s("a")), V.arr(V.unknown))) == .unknown)
        #expect(evaluateAlone(V.call("union", V.arr(V.s("a")), V.obj())) == .unknown)
    }

    @Test func unionKeepsElementsThatDifferInAKnownField() {
        // Connection configs whose names are run-time values but whose categories differ.
        let appInsights = V.obj(("name", V.unknown), ("category", V.s("AppInsights")))
        let keyVault = V.obj(("name", V.unknown), ("category", V.s("AzureKeyVault")))
        let merged = evaluateAlone(V.call("union", V.arr(appInsights, keyVault), V.arr()))
        #expect(merged.arrayValue?.map { $0["category"] } == [.string("AppInsights"), .string("AzureKeyVault")])
        // Whether two elements are duplicates cannot be told: the result is unknown.
        let unsure = V.obj(("name", V.unknown), ("category", V.s("AppInsights")))
        #expect(evaluateAlone(V.call("union", V.arr(appInsights), V.arr(unsure))) == .unknown)
    }

    @Test func lazyFunctions() {
        #expect(evaluateAlone(V.call("any", V.s("x"))) == .string("x"))
        #expect(evaluateAlone(V.call("if", V.b(false), V.unknown, V.s("b"))) == .string("b"))
        #expect(evaluateAlone(V.call("if", V.unknown, V.s("a"), V.s("b"))) == .unknown)
        #expect(evaluateAlone(V.call("and", V.b(true), V.unknown, V.b(false))) == .bool(false))
        #expect(evaluateAlone(V.call("or", V.unknown, V.b(false))) == .unknown)
        #expect(evaluateAlone(V.call("or", V.b(false), V.b(false))) == .bool(false))
        #expect(evaluateAlone(V.call("coalesce", V.null, V.s("a"), V.unknown)) == .string("a"))
        #expect(evaluateAlone(V.call("coalesce", V.null, V.unknown, V.s("a"))) == .unknown)
        #expect(evaluateAlone(V.call("not", V.b(false))) == .bool(true))
        #expect(evaluateAlone(V.call("equals", V.s("a"), V.s("a"))) == .bool(true))
        #expect(evaluateAlone(V.call("add", V.i(1), V.i(2))) == .int(3))
        #expect(evaluateAlone(V.call("lessOrEquals", V.i(3), V.i(2))) == .bool(false))
    }

    @Test func guidStaysSymbolicButComparable() {
        let g1 = evaluateAlone(V.call("guid", V.s("a"), V.s("b")))
        let g2 = evaluateAlone(V.nsCall("sys", "GUID", V.s("a"), V.s("b")))
        let g3 = evaluateAlone(V.call("guid", V.s("a"), V.s("c")))
        let g4 = evaluateAlone(V.call("guid", V.s("a"), V.unknown))
        #expect(g1 == .guid([.string("a"), .string("b")]))
        #expect(g1.equals(g2) == true)
        #expect(g1.equals(g3) == false)
        #expect(g1.equals(g4) == nil)
        #expect(g1.equals(.string("a")) == false)
        #expect(evaluateAlone(V.call("guid")) == .unknown)
    }

    @Test func mapAndFilterBindTheirLambdaParameters() {
        let items = V.arr(V.obj(("c", V.s("AzureKeyVault"))), V.obj(("c", V.s("ApiKey"))))
        let isKV = V.lambda(["x"], V.bin(.equal, V.member(V.local("x"), "c"), V.s("AzureKeyVault")))
        #expect(evaluateAlone(V.call("filter", items, isKV)) == .array([.obj(("c", .string("AzureKeyVault")))]))
        let withIndex = V.lambda(["x", "i"], V.interp(V.member(V.local("x"), "c"), V.s("-"), V.local("i")))
        #expect(evaluateAlone(V.call("map", items, withIndex)) == .array([.string("AzureKeyVault-0"), .string("ApiKey-1")]))
        let undecided = V.lambda(["x"], V.unknown)
        #expect(evaluateAlone(V.call("filter", items, undecided)) == .unknown)
        #expect(evaluateAlone(V.call("map", V.unknown, withIndex)) == .unknown)
    }
}
