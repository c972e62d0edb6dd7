import ArmorBase
import ArmorSyntax

/// JSON → `Value`. Every string goes through the expression parser, except under `metadata`
/// members, which ARM does not evaluate (free text such as "[optional] …" stays text). A
/// resource's `properties.metadata` (a Foundry connection's `ResourceId`), and a parameter,
/// variable or output named `metadata`, are real values and are evaluated.
struct ARMLowering {
    let bytes: [UInt8]
    let path: String
    var diagnostics: [Diagnostic] = []
    var scratch = ARMExpressionParser.Scratch()
    /// Root `resources` elements lowered while the JSON was read (`prelower`), in order, with
    /// the diagnostics their lowering gave; the JSON tree holds placeholders for them.
    var prelowered: [Prelowered] = []
    var nextPrelowered = 0

    struct Prelowered {
        var span: Span
        var value: Value
        var diagnostics: [Diagnostic]
    }

    init(source: SourceFile) {
        self.bytes = source.bytes
        self.path = source.path
    }

    /// Consumes `json`: each element is released as soon as it is lowered, so a large template's
    /// JSON tree shrinks while its `Value` tree grows (the peak is about the larger of the two,
    /// not their sum).
    mutating func lower(_ json: consuming JSONValue, evaluate: Bool = true, key: String? = nil) -> Value {
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
        case .array(var items):
            json.kind = .null   // `items` is now the only owner: lowered elements can be freed
            var entries: [Value.ArrayEntry] = []
            entries.reserveCapacity(items.count)
            for k in items.indices {
                let item = items[k]
                items[k].kind = .null
                if case .invalid = item.kind, let value = takePrelowered(at: item.span) {
                    entries.append(.element(value))
                    continue
                }
                entries.append(.element(lower(consume item, evaluate: evaluate)))
            }
            return Value(.array(entries), at: json.span)
        case .object(var members):
            json.kind = .null
            var entries: [Value.ObjectEntry] = []
            entries.reserveCapacity(members.count)
            // Members of these are names the author chose (a parameter or property called
            // `metadata`), not ARM's free-text `metadata`. Decided once per object.
            let property = key.map { parent in
                Self.named(parent, "properties") || Self.named(parent, "parameters")
                    || Self.named(parent, "variables") || Self.named(parent, "outputs")
            } ?? false
            for k in members.indices {
                let name = members[k].key, nameSpan = members[k].keySpan
                let member = members[k].value
                members[k].value.kind = .null
                if evaluate, Self.named(name, "copy"), let loops = propertyCopies(member) {
                    entries += loops
                    continue
                }
                let inner = evaluate && (property || !Self.named(name, "metadata"))
                let value = lower(consume member, evaluate: inner, key: name)
                // Resource Manager evaluates a property name written as an expression
                // (`"[format('hidden-link:{0}', id)]": "Resource"`, user-assigned identity ids).
                if evaluate, name.utf8.first == UInt8(ascii: "["), name.utf8.last == UInt8(ascii: "]") {
                    let key = lowerString(name, span: nameSpan)
                    if case .string(let text) = key.kind {
                        entries.append(.property(key: text, keySpan: nameSpan, value: value))
                    } else {
                        entries.append(.unknownKey(key: key, value: value))
                    }
                    continue
                }
                entries.append(.property(key: name, keySpan: nameSpan, value: value))
            }
            return Value(.object(entries), at: json.span)
        case .invalid:
            return Value(.unknown, at: json.span)
        }
    }

    /// Lowers an element of the root `resources` array as soon as it is read (its JSON is then
    /// freed) and returns the placeholder the JSON tree keeps: `.invalid` at the same span,
    /// which `lower` replaces with the value, its diagnostics taking their place in order.
    mutating func prelower(_ json: JSONValue) -> JSONValue {
        let before = diagnostics.count
        let value = lower(json)
        prelowered.append(Prelowered(span: json.span, value: value, diagnostics: Array(diagnostics[before...])))
        diagnostics.removeSubrange(before...)
        return JSONValue(.invalid, at: json.span)
    }

    private mutating func takePrelowered(at span: Span) -> Value? {
        guard nextPrelowered < prelowered.count, prelowered[nextPrelowered].span == span else { return nil }
        let entry = prelowered[nextPrelowered]
        prelowered[nextPrelowered].value = Value(.null, at: span)   // the tree's copy is then the only one
        nextPrelowered += 1
        diagnostics += entry.diagnostics
        return entry.value
    }

    /// `ASCIICase.equal` behind a length test, which nearly every key fails: this runs for
    /// every member, and the length test costs less than the call into ArmorBase.
    @inline(__always)
    static func named(_ name: String, _ key: String) -> Bool {
        name.utf8.count == key.utf8.count && ASCIICase.equal(name, key)
    }

    /// A property (or variable) copy, `"copy": [{"name": "p", "count": n, "input": …}]`, is
    /// property `p` holding the loop `[for i in range(0, n): input]`, with `copyIndex('p')` bound
    /// to the index. A resource's own `copy` (an object) is not one.
    private mutating func propertyCopies(_ json: JSONValue) -> [Value.ObjectEntry]? {
        guard case .array(let items) = json.kind, !items.isEmpty else { return nil }
        var entries: [Value.ObjectEntry] = []
        for item in items {
            guard case .object(let members) = item.kind,
                  let nameMember = members.first(where: { ASCIICase.equal($0.key, "name") }),
                  case .string(let name) = nameMember.value.kind,
                  let input = members.first(where: { ASCIICase.equal($0.key, "input") }) else { return nil }
            let count = members.first { ASCIICase.equal($0.key, "count") }
                .map { lower($0.value) } ?? Value(.int(0), at: item.span)
            let range = Value(.call(name: "range", namespace: nil,
                                    arguments: [Value(.int(0), at: count.span), count]), at: item.span)
            let body = lower(input.value, key: input.key)
            entries.append(.property(key: name, keySpan: nameMember.value.span,
                                     value: Value(.forLoop(item: nil, index: name, source: range, body: body), at: item.span)))
        }
        return entries
    }

    private mutating func lowerString(_ s: String, span: Span) -> Value {
        let (value, failure) = ARMExpressionParser.lower(s, span: span, in: bytes, scratch: &scratch)
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
        // From the end, as the last duplicate wins; the value is copied out only for the match
        // (binding it for every entry copied, and retained, each one: most of this call's cost).
        var k = entries.endIndex
        while k > entries.startIndex {
            k -= 1
            guard case .property(let name, _, _) = entries[k], ARMLowering.named(name, key) else { continue }
            if case .property(_, _, let value) = entries[k] { return value }
        }
        return nil
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
