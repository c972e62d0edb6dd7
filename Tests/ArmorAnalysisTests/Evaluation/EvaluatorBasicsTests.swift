import Testing
@testable import ArmorAnalysis

@Suite struct EvaluatorBasicsTests {
    @Test func literalsEvaluateToThemselves() {
        #expect(evaluateAlone(V.s("a")) == .string("a"))
        #expect(evaluateAlone(V.i(-3)) == .int(-3))
        #expect(evaluateAlone(V.b(true)) == .bool(true))
        #expect(evaluateAlone(V.null) == .null)
        #expect(evaluateAlone(V.unknown) == .unknown)
    }

    @Test func interpolationJoinsStringsAndIntegers() {
        #expect(evaluateAlone(V.interp(V.s("kv-"), V.i(2), V.s("-x"))) == .string("kv-2-x"))
    }

    @Test func interpolationWithAnUnknownPartIsUnknown() {
        #expect(evaluateAlone(V.interp(V.s("kv-"), V.unknown)) == .unknown)
        // .NET casing of booleans is not guessed.
        #expect(evaluateAlone(V.interp(V.s("x"), V.b(true))) == .unknown)
    }

    @Test func objectsKeepOrderAndLookUpCaseInsensitively() {
        let value = evaluateAlone(V.obj(("Category", V.s("AzureKeyVault")), ("target", V.unknown)))
        #expect(value.objectValue?.keys == ["Category", "target"])
        #expect(value["category"] == .string("AzureKeyVault"))
        #expect(value["TARGET"] == .unknown)
        #expect(value["missing"] == nil)
        #expect(!value.isFullyKnown)
    }

    @Test func partiallyKnownObjectsKeepTheirKnownFields() {
        let e = Evaluator(environment: Environment())
        let conn = V.obj(("properties", V.obj(("category", V.s("AzureKeyVault")),
                                              ("target", V.member(V.res("kv"), "properties")))))
        let value = e.evaluate(conn)
        #expect(value.path("properties", "category") == .string("AzureKeyVault"))
        #expect(value.path("properties", "target") == .unknown)
    }

    @Test func spreadOfAnUnknownMakesTheObjectUnknown() {
        let known = V.objEntries([.spread(V.obj(("a", V.i(1)))), .property(key: "b", keySpan: .zero, value: V.i(2))])
        #expect(evaluateAlone(known) == .obj(("a", .int(1)), ("b", .int(2))))
        let unknown = V.objEntries([.spread(V.unknown), .property(key: "b", keySpan: .zero, value: V.i(2))])
        #expect(evaluateAlone(unknown) == .unknown)
        let unknownKey = V.objEntries([.unknownKey(key: V.unknown, value: V.i(1))])
        #expect(evaluateAlone(unknownKey) == .unknown)
        let computedKey = V.objEntries([.unknownKey(key: V.interp(V.s("k"), V.i(1)), value: V.i(1))])
        #expect(evaluateAlone(computedKey) == .obj(("k1", .int(1))))
    }

    @Test func arraysKeepUnknownElementsButUnknownSpreadsAreUnknown() {
        #expect(evaluateAlone(V.arr(V.s("a"), V.unknown)) == .array([.string("a"), .unknown]))
        let spread = V.v(.array([.element(V.i(1)), .spread(V.arr(V.i(2), V.i(3)))]))
        #expect(evaluateAlone(spread) == .array([.int(1), .int(2), .int(3)]))
        let unknownSpread = V.v(.array([.element(V.i(1)), .spread(V.unknown)]))
        #expect(evaluateAlone(unknownSpread) == .unknown)
    }

    @Test func memberAccessAndSafeAccess() {
        let o = V.obj(("a", V.obj(("b", V.s("x")))))
        #expect(evaluateAlone(V.member(V.member(o, "A"), "B")) == .string("x"))
        #expect(evaluateAlone(V.member(o, "missing")) == .unknown)
        #expect(evaluateAlone(V.member(o, "missing", safe: true)) == .null)
        #expect(evaluateAlone(V.member(V.member(o, "missing", safe: true), "c", safe: true)) == .null)
        #expect(evaluateAlone(V.member(V.unknown, "a", safe: true)) == .unknown)
    }

    @Test func indexing() {
        let a = V.arr(V.s("x"), V.s("y"), V.s("z"))
        #expect(evaluateAlone(V.index(a, V.i(1))) == .string("y"))
        #expect(evaluateAlone(V.index(a, V.i(1), fromEnd: true)) == .string("z"))
        #expect(evaluateAlone(V.index(a, V.i(3))) == .unknown)
        #expect(evaluateAlone(V.index(a, V.i(-1))) == .unknown)
        #expect(evaluateAlone(V.index(a, V.i(7), safe: true)) == .null)
        #expect(evaluateAlone(V.index(a, V.unknown)) == .unknown)
        #expect(evaluateAlone(V.index(V.obj(("Key", V.i(1))), V.s("key"))) == .int(1))
        #expect(evaluateAlone(V.index(V.arr(V.unknown, V.s("b")), V.i(1))) == .string("b"))
    }

    @Test func coalesceAndSafeAccessFollowKnownness() {
        #expect(evaluateAlone(V.bin(.coalesce, V.s("a"), V.unknown)) == .string("a"))
        #expect(evaluateAlone(V.bin(.coalesce, V.null, V.s("b"))) == .string("b"))
        #expect(evaluateAlone(V.bin(.coalesce, V.unknown, V.s("b"))) == .unknown)
        let o = V.obj(("a", V.i(1)))
        #expect(evaluateAlone(V.bin(.coalesce, V.member(o, "b", safe: true), V.s("d"))) == .string("d"))
    }

    @Test func ternaryNeedsOnlyItsCondition() {
        #expect(evaluateAlone(V.ternary(V.b(true), V.s("a"), V.unknown)) == .string("a"))
        #expect(evaluateAlone(V.ternary(V.b(false), V.unknown, V.s("b"))) == .string("b"))
        #expect(evaluateAlone(V.ternary(V.unknown, V.s("a"), V.s("a"))) == .unknown)
        #expect(evaluateAlone(V.ternary(V.s("true"), V.s("a"), V.s("b"))) == .unknown)
    }

    @Test func logicShortCircuitsOnlyOnADecidingKnownSide() {
        #expect(evaluateAlone(V.bin(.and, V.b(false), V.unknown)) == .bool(false))
        #expect(evaluateAlone(V.bin(.and, V.unknown, V.b(false))) == .bool(false))
        #expect(evaluateAlone(V.bin(.and, V.b(true), V.unknown)) == .unknown)
        #expect(evaluateAlone(V.bin(.or, V.b(true), V.unknown)) == .bool(true))
        #expect(evaluateAlone(V.bin(.or, V.unknown, V.b(true))) == .bool(true))
        #expect(evaluateAlone(V.bin(.or, V.b(false), V.unknown)) == .unknown)
        #expect(evaluateAlone(V.bin(.and, V.b(true), V.b(true))) == .bool(true))
        #expect(evaluateAlone(V.not(V.b(true))) == .bool(false))
        #expect(evaluateAlone(V.not(V.unknown)) == .unknown)
    }

    @Test func comparisons() {
        #expect(evaluateAlone(V.bin(.equal, V.s("a"), V.s("a"))) == .bool(true))
        #expect(evaluateAlone(V.bin(.equal, V.s("a"), V.s("A"))) == .bool(false))
        #expect(evaluateAlone(V.bin(.equalInsensitive, V.s("a"), V.s("A"))) == .bool(true))
        #expect(evaluateAlone(V.bin(.notEqualInsensitive, V.s("a"), V.s("A"))) == .bool(false))
        #expect(evaluateAlone(V.bin(.notEqual, V.i(1), V.i(2))) == .bool(true))
        #expect(evaluateAlone(V.bin(.equal, V.s("a"), V.unknown)) == .unknown)
        #expect(evaluateAlone(V.bin(.equal, V.s("1"), V.i(1))) == .bool(false))
        #expect(evaluateAlone(V.bin(.less, V.i(1), V.i(2))) == .bool(true))
        #expect(evaluateAlone(V.bin(.greaterOrEqual, V.i(2), V.i(2))) == .bool(true))
        #expect(evaluateAlone(V.bin(.greater, V.s("b"), V.s("a"))) == .bool(true))
        #expect(evaluateAlone(V.bin(.less, V.i(1), V.s("a"))) == .unknown)
        // An array with an unknown element equals nothing for certain, but a known mismatch is false.
        #expect(evaluateAlone(V.bin(.equal, V.arr(V.unknown, V.i(1)), V.arr(V.i(0), V.i(2)))) == .bool(false))
        #expect(evaluateAlone(V.bin(.equal, V.arr(V.unknown, V.i(1)), V.arr(V.i(0), V.i(1)))) == .unknown)
    }

    @Test func arithmeticRefusesOverflowAndDivisionByZero() {
        #expect(evaluateAlone(V.bin(.add, V.i(2), V.i(3))) == .int(5))
        #expect(evaluateAlone(V.bin(.modulo, V.i(7), V.i(3))) == .int(1))
        #expect(evaluateAlone(V.bin(.divide, V.i(7), V.i(0))) == .unknown)
        #expect(evaluateAlone(V.bin(.multiply, V.i(.max), V.i(2))) == .unknown)
        #expect(evaluateAlone(V.v(.unary(.negate, V.i(.min)))) == .unknown)
        #expect(evaluateAlone(V.v(.unary(.negate, V.i(4)))) == .int(-4))
        #expect(evaluateAlone(V.v(.unary(.nonNull, V.s("x")))) == .string("x"))
    }

    @Test func runtimeValuesStayUnknown() {
        #expect(evaluateAlone(V.v(.methodCall(V.res("kv"), name: "getSecret", arguments: [V.s("x")]))) == .unknown)
        #expect(evaluateAlone(V.call("reference", V.s("x"))) == .unknown)
        #expect(evaluateAlone(V.call("newGuid")) == .unknown)
        #expect(evaluateAlone(V.call("utcNow")) == .unknown)
        #expect(evaluateAlone(V.member(V.call("resourceGroup"), "location")) == .unknown)
        #expect(evaluateAlone(V.call("noSuchFunction", V.s("x"))) == .unknown)
        #expect(evaluateAlone(V.lambda(["x"], V.local("x"))) == .unknown)
        #expect(evaluateAlone(V.local("unbound")) == .unknown)
    }

    @Test func deepNestingGivesUnknownInsteadOfCrashing() {
        var value = V.b(true)
        for _ in 0..<1_000 { value = V.not(value) }
        #expect(evaluateAlone(value) == .unknown)
        var shallow = V.b(true)
        for _ in 0..<10 { shallow = V.not(shallow) }
        #expect(evaluateAlone(shallow) == .bool(true))
    }
}
