import Testing
@testable import ArmorBase
@testable import ArmorSyntax

/// Lowers the JSON string literal `json` (quotes included) as if it sat at offset 0 of a file.
private func lower(_ json: String) -> (Value, ARMExpressionError?, SourceFile) {
    let source = SourceFile(path: "t.json", text: json)
    let doc = JSONReader.read(source)
    guard let root = doc.root, case .string(let s) = root.kind else {
        return (Value(.unknown, at: .zero), ARMExpressionError(message: "not a string", span: .zero), source)
    }
    let (value, error) = ARMExpressionParser.lower(s, span: root.span, in: source.bytes)
    return (value, error, source)
}

private func str(_ s: String) -> Value.Kind { .string(s) }

/// Compares kinds recursively, ignoring spans.
private func shape(_ v: Value) -> String {
    switch v.kind {
    case .string(let s): return "'\(s)'"
    case .int(let n): return "\(n)"
    case .bool(let b): return "\(b)"
    case .null: return "null"
    case .parameter(let p): return "param(\(p))"
    case .variable(let x): return "var(\(x))"
    case .call(let name, let ns, let args):
        return (ns.map { "\($0)." } ?? "") + name + "(" + args.map(shape).joined(separator: ", ") + ")"
    case .member(let base, let name, _): return shape(base) + "." + name
    case .index(let base, let index, _, _): return shape(base) + "[" + shape(index) + "]"
    case .unknown: return "?"
    default: return "other"
    }
}

@Suite struct ARMExpressionParserTests {
    @Test(arguments: [
        (#""plain""#, "'plain'"),
        (#""[[notAnExpression]""#, "'[notAnExpression]'"),
        (#""[parameters('name')]""#, "param(name)"),
        (#""[variables('v')]""#, "var(v)"),
        (#""[concat('a', parameters('b'), 'c''d')]""#, "concat('a', param(b), 'c'd')"),
        (#""[format('{0}/{1}', 'x', 12)]""#, "format('{0}/{1}', 'x', 12)"),
        (#""[resourceId('Microsoft.Network/virtualNetworks', variables('n'))]""#,
         "resourceid('Microsoft.Network/virtualNetworks', var(n))"),
        (#""[reference('sym').outputs.x.value]""#, "reference('sym').outputs.x.value"),
        (#""[listKeys(resourceId('T/t', 'a'), '2020-01-01').keys[0].value]""#,
         "listkeys(resourceid('T/t', 'a'), '2020-01-01').keys[0].value"),
        (#""[parameters('obj')[variables('k')]]""#, "param(obj)[var(k)]"),
        (#""[if(true(), null(), false)]""#, "if(true, null, false)"),
        (#""[__bicep.myFunc(1, -2)]""#, "__bicep.myfunc(1, -2)"),
        (#""[ toLower ( 'A' ) ]""#, "tolower('A')"),
        (#""[createObject('a', 1).a]""#, "createobject('a', 1).a"),
        (#""[reference('x').outputs['my-out'].value]""#, "reference('x').outputs['my-out'].value"),
        (#""[reference('x').outputs.my-out.value]""#, "reference('x').outputs.my-out.value"),
    ] as [(String, String)])
    func lowersExpressions(json: String, expected: String) {
        let (value, error, _) = lower(json)
        #expect(error == nil)
        #expect(shape(value) == expected)
    }

    @Test func innerSpansArePreciseWithoutEscapes() throws {
        let (value, _, source) = lower(#""[concat(parameters('a'), 'b')]""#)
        #expect(value.span == Span(0, source.bytes.count))
        guard case .call(_, _, let args) = value.kind else { Issue.record("not a call"); return }
        #expect(source.text(args[0].span) == "parameters('a')")
        #expect(source.text(args[1].span) == "'b'")
    }

    @Test func spansFallBackToTheStringWithEscapes() {
        let (value, _, source) = lower(#""[concat('\u0061', 'b')]""#)
        guard case .call(_, _, let args) = value.kind else { Issue.record("not a call"); return }
        #expect(args[1].span == Span(0, source.bytes.count))
        #expect(shape(value) == "concat('a', 'b')")
    }

    @Test(arguments: [
        (#""[concat('a', )]""#, "unexpected ')': expected a function call or a literal", 14),
        (#""[concat('a]""#, "unterminated string literal: expected \"'\"", 9),
        (#""[concat('a']""#, "expected ')' to close the argument list", 12),
        (#""[foo]""#, "expected '(' after function name 'foo'", 5),
        (#""[]""#, "expected an expression", 2),
        (#""[a() b()]""#, "unexpected 'b' after the expression", 6),
        (#""[x()[1]""#, "expected ']', found end of expression", 0),
        (#""[99999999999999999999]""#, "integer '99999999999999999999' is out of range", 2),
    ] as [(String, String, Int)])
    func reportsSyntaxErrors(json: String, message: String, offset: Int) throws {
        let (value, error, _) = lower(json)
        let failure = try #require(error)
        #expect(failure.message == message)
        if offset > 0 { #expect(failure.span.start == UInt32(offset)) }
        #expect(value.kind == .unknown)
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let depth = 5_000
        let text = "\"[" + String(repeating: "f(", count: depth) + String(repeating: ")", count: depth) + "]\""
        let (_, error, _) = lower(text)
        #expect(error?.message == "expression nested too deeply")
    }

    /// 20,000 `.a` or `[0]` links crashed (the tree's release overflowed the stack): each link
    /// counts as a level; a chain within the cap still parses.
    @Test(arguments: [".a", "[0]", ".a[0]"])
    func longPostfixChainsCountAsNesting(link: String) {
        let long = "\"[variables('x')" + String(repeating: link, count: 20_000) + "]\""
        #expect(lower(long).1?.message == "expression nested too deeply")
        let short = "\"[variables('x')" + String(repeating: link, count: 50) + "]\""
        #expect(lower(short).1 == nil)
    }
}
