import ArmorBase

/// A syntax error inside a `"[...]"` expression.
public struct ARMExpressionError: Error, Sendable, Equatable {
    public var message: String
    public var span: Span
}

/// The template language inside `"[...]"` strings, parsed and lowered straight to `Value`:
/// `parameters('x')` → `.parameter("x")`, `variables('x')` → `.variable("x")`, `true()`/`false()`/
/// `null()` and bare `true`/`false`/`null` → literals, every other function → `.call` with its
/// name **lower-cased** (ARM function names are case-insensitive) and `ns.fn(…)` keeping `ns` as
/// the namespace; `.x` → `.member`, `[e]` → `.index`.
public struct ARMExpressionParser {
    /// Nesting cap for calls and indexes; real templates stay far below it.
    static let maxDepth = 256

    /// The expression without its brackets. When `precise`, indices are file offsets.
    let text: ArraySlice<UInt8>
    let precise: Bool
    let fallback: Span
    var i: Int
    var depth = 0
    var scratch: Scratch
    /// Calls open around `i`: the level of `scratch`'s argument buffer in use.
    var callDepth = 0

    /// Buffers reused from one expression to the next (a lowering keeps one per file): each
    /// call's argument array is then allocated once, at its final size, instead of growing
    /// by doubling (one, two, four) as arguments are appended.
    public struct Scratch {
        var argumentBuffers: [[Value]] = []
        /// Off only in tests, which compare the quick paths with the general one.
        var quickPaths = true

        public init() {}
    }

    init(text: ArraySlice<UInt8>, precise: Bool, fallback: Span, scratch: Scratch = Scratch()) {
        self.text = text
        self.precise = precise
        self.fallback = fallback
        self.i = text.startIndex
        self.scratch = scratch
    }

    /// Lowers one JSON string value: `"[expr]"` → the expression, `"[[…"` → the literal without
    /// its first `[`, anything else → `.string`. `span` is the JSON string's span (quotes
    /// included); inner spans are exact when the string has no escapes, else all equal `span`.
    public static func lower(_ string: String, span: Span, in bytes: [UInt8]) -> (Value, ARMExpressionError?) {
        var scratch = Scratch()
        return lower(string, span: span, in: bytes, scratch: &scratch)
    }

    /// `lower`, reusing `scratch`'s buffers.
    public static func lower(_ string: String, span: Span, in bytes: [UInt8],
                             scratch: inout Scratch) -> (Value, ARMExpressionError?) {
        let utf8 = string.utf8
        guard utf8.count >= 2, utf8.first == UInt8(ascii: "["), utf8.last == UInt8(ascii: "]") else {
            return (Value(.string(string), at: span), nil)
        }
        if utf8.dropFirst().first == UInt8(ascii: "[") {
            return (Value(.string(String(decoding: utf8.dropFirst(), as: UTF8.self)), at: span), nil)
        }
        let s = Int(span.start), e = Int(span.end)
        let precise = utf8.count == e - s - 2 && e <= bytes.count && s + 2 <= e - 2
        let body: ArraySlice<UInt8> = precise ? bytes[(s + 2)..<(e - 2)] : Array(utf8)[1..<(utf8.count - 1)]
        var parser = ARMExpressionParser(text: body, precise: precise, fallback: span, scratch: scratch)
        scratch = Scratch()   // the parser holds the only reference: its buffers stay unique
        defer { swap(&scratch, &parser.scratch) }
        do {
            var value = try parser.parseWhole()
            value.span = span
            return (value, nil)
        } catch {
            return (Value(.unknown, at: span), error)
        }
    }

    mutating func parseWhole() throws(ARMExpressionError) -> Value {
        let value = try parseExpression()
        skipSpace()
        if i < text.endIndex {
            throw failure("unexpected \(describe(i)) after the expression", at: i)
        }
        return value
    }

    mutating func parseExpression() throws(ARMExpressionError) -> Value {
        depth += 1
        let entryDepth = depth
        defer { depth = entryDepth - 1 }
        guard depth <= Self.maxDepth else { throw failure("expression nested too deeply", at: i) }
        skipSpace()
        let start = i
        var value = try parsePrimary()
        while true {
            skipSpace()
            guard i < text.endIndex else { return value }
            guard text[i] == UInt8(ascii: ".") || text[i] == UInt8(ascii: "[") else { return value }
            // Each `.name` or `[index]` wraps the tree one level deeper: counted like nesting,
            // or 100,000 links build a tree whose (recursive) release overflows the stack.
            depth += 1
            guard depth <= Self.maxDepth else { throw failure("expression nested too deeply", at: i) }
            if text[i] == UInt8(ascii: ".") {
                i += 1
                skipSpace()
                let name = try identifier(allowDash: true)
                value = Value(.member(value, name, safe: false), at: span(start))
            } else if text[i] == UInt8(ascii: "[") {
                i += 1
                let index = try parseExpression()
                try expect(UInt8(ascii: "]"))
                value = Value(.index(value, index, safe: false, fromEnd: false), at: span(start))
            } else {
                return value
            }
        }
    }

    mutating func parsePrimary() throws(ARMExpressionError) -> Value {
        guard i < text.endIndex else { throw failure("expected an expression", at: i) }
        let start = i
        let c = text[i]
        if c == UInt8(ascii: "'") { return Value(.string(try stringLiteral()), at: span(start)) }
        if c == UInt8(ascii: "-") || Self.isDigit(c) { return try integer() }
        guard Self.isIdentifierStart(c) else {
            throw failure("unexpected \(describe(i)): expected a function call or a literal", at: i)
        }
        var nameStart = i
        try skipIdentifier()
        var namespace: String?
        if let dot = peekNamespacedCall() {
            namespace = String(decoding: text[nameStart..<i], as: UTF8.self)
            i = dot + 1
            nameStart = i
            try skipIdentifier()
        }
        let name = text[nameStart..<i]
        skipSpace()
        guard i < text.endIndex, text[i] == UInt8(ascii: "(") else {
            if name.elementsEqual("true".utf8) { return Value(.bool(true), at: span(start)) }
            if name.elementsEqual("false".utf8) { return Value(.bool(false), at: span(start)) }
            if name.elementsEqual("null".utf8) { return Value(.null, at: span(start)) }
            throw failure("expected '(' after function name '\(String(decoding: name, as: UTF8.self))'", at: i)
        }
        i += 1
        let known = ARMFunctionNames.known(name)
        let lower = known?.name ?? Self.folded(name)
        // A name outside the table is still looked up in `SpecialFunction` (the table holds all
        // of its names today; this keeps the two from drifting apart silently).
        let special = namespace == nil ? (known == nil ? SpecialFunction(lower) : known?.special) : nil
        if let special, scratch.quickPaths, let value = quickNameCall(special, start: start) { return value }
        let arguments = try argumentList()
        return Self.call(lower, special: special, namespace: namespace, arguments: arguments, at: span(start))
    }

    /// `parameters('x')`, `variables('x')`, `lambdaVariables('x')` (more than a third of all
    /// calls), with `i` just after the `(`: the node straight from the literal, without the
    /// argument array and call box that `call` would build and then drop. Anything else (or an
    /// error) restores `i` and returns nil for the general path, which gives the same node.
    private mutating func quickNameCall(_ special: SpecialFunction, start: Int) -> Value? {
        // The general path parses the argument one level deeper: the same cap applies here.
        guard depth < Self.maxDepth, special == .parameters || special == .variables || special == .lambdaVariables
        else { return nil }
        let open = i
        skipSpace()
        guard i < text.endIndex, text[i] == UInt8(ascii: "'"), let literal = try? stringLiteral() else {
            i = open
            return nil
        }
        skipSpace()
        guard i < text.endIndex, text[i] == UInt8(ascii: ")") else {
            i = open
            return nil
        }
        i += 1
        switch special {
        case .parameters: return Value(.parameter(literal), at: span(start))
        case .variables: return Value(.variable(literal), at: span(start))
        default: return Value(.local(literal), at: span(start))
        }
    }

    /// A function name lower-cased (ARM function names are case-insensitive). Identifiers are
    /// ASCII, so folding bytes is Unicode lower-casing; the String is built once, already folded.
    static func folded(_ name: ArraySlice<UInt8>) -> String {
        guard #available(macOS 11, *) else { return String(decoding: name.map(ASCIICase.fold), as: UTF8.self) }
        return String(unsafeUninitializedCapacity: name.count) { buffer in
            var k = 0
            for c in name {
                // `ASCIICase.fold`, written here: across the module boundary it is a call per byte.
                buffer[k] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
                k += 1
            }
            return k
        }
    }

    /// `ns.fn(`: the offset of the dot when an identifier, a dot, an identifier and `(` follow.
    private func peekNamespacedCall() -> Int? {
        var j = i
        while j < text.endIndex && text[j] == UInt8(ascii: " ") { j += 1 }
        guard j < text.endIndex, text[j] == UInt8(ascii: ".") else { return nil }
        let dot = j
        j += 1
        guard j < text.endIndex, Self.isIdentifierStart(text[j]) else { return nil }
        while j < text.endIndex && Self.isIdentifierByte(text[j]) { j += 1 }
        while j < text.endIndex && text[j] == UInt8(ascii: " ") { j += 1 }
        return j < text.endIndex && text[j] == UInt8(ascii: "(") ? dot : nil
    }

    private mutating func argumentList() throws(ARMExpressionError) -> [Value] {
        skipSpace()
        if i < text.endIndex && text[i] == UInt8(ascii: ")") {
            i += 1
            return []
        }
        let level = callDepth
        callDepth += 1
        while scratch.argumentBuffers.count <= level { scratch.argumentBuffers.append([]) }
        var arguments: [Value] = []
        swap(&arguments, &scratch.argumentBuffers[level])
        defer {
            callDepth -= 1
            arguments.removeAll(keepingCapacity: true)
            swap(&arguments, &scratch.argumentBuffers[level])
        }
        while true {
            arguments.append(try parseExpression())
            skipSpace()
            guard i < text.endIndex else { throw failure("expected ')' to close the argument list", at: i) }
            if text[i] == UInt8(ascii: ",") { i += 1; continue }
            if text[i] == UInt8(ascii: ")") { i += 1; return Array(arguments[...]) }
            throw failure("expected ',' or ')', found \(describe(i))", at: i)
        }
    }

    /// `lower`: the function name, already lower-cased.
    /// `special`: `SpecialFunction(lower)` when `namespace` is nil, else nil.
    static func call(_ lower: String, special: SpecialFunction?, namespace: String?, arguments: [Value],
                     at span: Span) -> Value {
        if let special {
            switch (special, arguments.count) {
            case (.parameters, 1):
                if case .string(let p) = arguments[0].kind { return Value(.parameter(p), at: span) }
            case (.variables, 1):
                if case .string(let v) = arguments[0].kind { return Value(.variable(v), at: span) }
            case (.lambda, 2...):
                // `lambda('x', 'y', body)`: the parameter names are string literals.
                let names = arguments.dropLast().compactMap(\.stringLiteral)
                if names.count == arguments.count - 1, let body = arguments.last {
                    return Value(.lambda(parameters: names, body: body), at: span)
                }
            case (.lambdaVariables, 1):
                if case .string(let name) = arguments[0].kind { return Value(.local(name), at: span) }
            case (.true, 0): return Value(.bool(true), at: span)
            case (.false, 0): return Value(.bool(false), at: span)
            case (.null, 0): return Value(.null, at: span)
            case (.coalesce, 2...):
                // `coalesce(a, b)` is Bicep's `a ?? b`, which the tracer follows to `a`.
                return arguments.dropLast().reversed().reduce(arguments[arguments.count - 1]) { rest, first in
                    Value(.binary(.coalesce, first, rest), at: span)
                }
            case (.tryGet, 2...):
                // `tryGet(x, 'a', 0)` is Bicep's `x.?a[?0]`: the same node lets the tracer follow
                // `tryGet(reference(...), 'identity')` to the resource as it does in Bicep.
                return arguments.dropFirst().reduce(arguments[0]) { base, key in
                    if let name = key.stringLiteral { return Value(.member(base, name, safe: true), at: span) }
                    return Value(.index(base, key, safe: true, fromEnd: false), at: span)
                }
            default: break
            }
        }
        return Value(.call(name: lower, namespace: namespace, arguments: arguments), at: span)
    }
}
