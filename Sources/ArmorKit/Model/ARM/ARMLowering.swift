/// JSON → `Value`. Every string goes through the expression parser, except under `metadata`
/// members, which ARM does not evaluate (free text such as "[optional] …" stays text). A
/// resource's `properties.metadata` (a Foundry connection's `ResourceId`), and a parameter,
/// variable or output named `metadata`, are real values and are evaluated.
struct ARMLowering {
    let bytes: [UInt8]
    let path: String
    var diagnostics: [Diagnostic] = []

    init(source: SourceFile) {
        self.bytes = source.bytes
        self.path = source.path
    }

    mutating func lower(_ json: JSONValue, evaluate: Bool = true, key: String? = nil) -> Value {
        switch json.kind {
        case .null: return Value(.null, at: json.span)
        case .bool(let b): return Value(.bool(b), at: json.span)
        case .number(let text):
            // Value has no fraction case; non-integers are rare in templates and keep their text.
            if let n = Int64(text) { return Value(.int(n), at: json.span) }
            return Value(.string(text), at: json.span)
        case .string(let s):
            guard evaluate else { return Value(.string(s), at: json.span) }
            return lowerString(s, span: json.span)
        case .array(let items):
            var entries: [Value.ArrayEntry] = []
            entries.reserveCapacity(items.count)
            for item in items { entries.append(.element(lower(item, evaluate: evaluate))) }
            return Value(.array(entries), at: json.span)
        case .object(let members):
            var entries: [Value.ObjectEntry] = []
            entries.reserveCapacity(members.count)
            for m in members {
                // Members of these are names the author chose (a parameter or property called
                // `metadata`), not ARM's free-text `metadata`.
                let property = key.map { parent in
                    ["properties", "parameters", "variables", "outputs"].contains { ASCIICase.equal(parent, $0) }
                } ?? false
                let inner = evaluate && (property || !ASCIICase.equal(m.key, "metadata"))
                let value = lower(m.value, evaluate: inner, key: m.key)
                // Resource Manager evaluates a property name written as an expression
                // (`"[format('hidden-link:{0}', id)]": "Resource"`, user-assigned identity ids).
                if evaluate, m.key.hasPrefix("["), m.key.hasSuffix("]") {
                    let key = lowerString(m.key, span: m.keySpan)
                    if case .string(let text) = key.kind {
                        entries.append(.property(key: text, keySpan: m.keySpan, value: value))
                    } else {
                        entries.append(.unknownKey(key: key, value: value))
                    }
                    continue
                }
                entries.append(.property(key: m.key, keySpan: m.keySpan, value: value))
            }
            let object = Value(.object(entries), at: json.span)
            // Variables keep their `copy` for the template builder; elsewhere it is a property loop.
            guard evaluate, key.map({ !ASCIICase.equal($0, "variables") }) ?? true else { return object }
            return Self.expandingPropertyCopies(object)
        case .invalid:
            return Value(.unknown, at: json.span)
        }
    }

    /// `"copy": [{ "name": "metrics", "count": n, "input": x }]` inside an object is the property
    /// `metrics: [for i in range(0, n): x]` (what the compiler writes for a Bicep `for` in a
    /// property), with `copyIndex('metrics')` bound. A resource's own `copy` is an object, not
    /// an array, and stays.
    static func expandingPropertyCopies(_ object: Value) -> Value {
        guard case .object(let entries) = object.kind, object.field("copy")?.arrayElements != nil else { return object }
        var expanded: [Value.ObjectEntry] = []
        for entry in entries {
            guard case .property(let key, _, let value) = entry, ASCIICase.equal(key, "copy"),
                  let loops = value.arrayElements,
                  loops.allSatisfy({ $0.field("name")?.stringLiteral != nil && $0.field("input") != nil }) else {
                expanded.append(entry)
                continue
            }
            for loop in loops {
                guard let name = loop.field("name"), let text = name.stringLiteral else { continue }
                expanded.append(.property(key: text, keySpan: name.span, value: ARMTemplateBuilder.copyLoop(loop, name: text)))
            }
        }
        return Value(.object(expanded), at: object.span)
    }

    private mutating func lowerString(_ s: String, span: Span) -> Value {
        let (value, failure) = ARMExpressionParser.lower(s, span: span, in: bytes)
        if let failure {
            diagnostics.append(Diagnostic(code: .syntax(.armExpression), severity: .error,
                                          message: "invalid template expression: \(failure.message)",
                                          location: Location(path: path, span: failure.span)))
        }
        return value
    }
}

/// Case-insensitive property access on lowered objects, without lower-cased copies.
extension Value {
    func field(_ key: String) -> Value? {
        guard case .object(let entries) = kind else { return nil }
        var found: Value?
        for case .property(let k, _, let v) in entries where ASCIICase.equal(k, key) { found = v }
        return found
    }

    var objectEntries: [Value.ObjectEntry]? {
        if case .object(let entries) = kind { return entries }
        return nil
    }

    var arrayElements: [Value]? {
        guard case .array(let entries) = kind else { return nil }
        return entries.compactMap { if case .element(let v) = $0 { v } else { nil } }
    }

    var boolLiteral: Bool? {
        if case .bool(let b) = kind { return b }
        return nil
    }

    var intLiteral: Int64? {
        if case .int(let n) = kind { return n }
        return nil
    }
}
