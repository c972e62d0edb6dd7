import Testing
@testable import ArmorAnalysis

@Suite struct YAMLSubsetTests {
    private func parse(_ text: String) -> KnownValue? { YAMLSubset.parse(Array(text.utf8)) }

    @Test func blockMapsListsAndScalars() {
        #expect(parse("a: 1\nb: text here\nc: ~\nd: 'it''s'\ne: \"q\\\"x\"\n")
            == .obj(("a", .int(1)), ("b", .string("text here")), ("c", .null), ("d", .string("it's")), ("e", .string("q\"x"))))
        #expect(parse("- a\n- b # comment\n") == .strings("a", "b"))
        #expect(parse("key:\n- x\n- y\n") == .obj(("key", .strings("x", "y"))))
        #expect(parse("---\nlist:\n  - name: a\n    n: 2\n  - - nested\n") ==
            .obj(("list", .array([.obj(("name", .string("a")), ("n", .int(2))), .strings("nested")]))))
        #expect(parse("url: http://x.y/z#frag\n") == .obj(("url", .string("http://x.y/z#frag"))))
    }

    @Test func flowCollections() {
        #expect(parse("a: [1, 'two', {b: c}]\n") == .obj(("a", .array([.int(1), .string("two"), .obj(("b", .string("c")))]))))
        #expect(parse("{}") == .obj())
    }

    @Test func unsupportedFormsAreUnknown() {
        #expect(parse("a: |\n  text\n") == nil)
        #expect(parse("a: !tag x\n") == nil)
        #expect(parse("a: 1.5\n") == nil)
        #expect(parse("a: 1\n---\nb: 2\n") == nil)
        #expect(parse("--- a\n") == nil)
        #expect(parse("a: 1\n...\n") == nil)
        #expect(parse("--- \na: 1\n") == .obj(("a", .int(1))))
        #expect(parse("a:\n\tb: 1\n") == nil)
        #expect(parse("a: 1\na: 2\n") == nil)
        #expect(parse("a: [1, 2\n") == nil)
        #expect(parse("a: b\n   c: d\n") == nil)
    }
}

@Suite struct KnownValueLimitsTests {
    @Test func deepYAMLIsRefusedNotCrashed() {
        let line = String(repeating: "- ", count: 100_000) + "x\n"
        #expect(YAMLSubset.parse(Array(line.utf8)) == nil)
        let flow = "a: " + String(repeating: "[", count: 10_000) + "\n"
        #expect(YAMLSubset.parse(Array(flow.utf8)) == nil)
    }

    @Test func quadraticReduceRunsOutOfBudget() {
        let e = Known.bicep("var big = reduce(range(0, 10000), {}, (cur, i) => union(cur, { 'k${i}': i }))\nvar small = reduce(range(0, 3), {}, (cur, i) => union(cur, { 'k${i}': i }))")
        #expect(e.variable("big") == .unknown)
        #expect(e.variable("small") == .obj(("k0", .int(0)), ("k1", .int(1)), ("k2", .int(2))))
    }
}
