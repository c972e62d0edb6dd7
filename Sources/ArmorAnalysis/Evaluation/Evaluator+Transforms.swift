/// What the Bicep compiler emits for spreads, `items()`, `json()` and `string()`: functions over
/// whole arrays and objects. Elements may be partially known; the container's shape must be.
extension Evaluator {
    func transformFunction(_ function: String, _ values: [KnownValue]) -> KnownValue? {
        switch (function, values.count) {
        // `{ ...a, b: 1 }` compiles to `shallowMerge(createArray(a, createObject('b', 1)))`.
        case ("shallowmerge", 1): return shallowMerge(values[0])
        // `[ ...a, b ]` compiles to `flatten(createArray(a, createArray(b)))`.
        case ("flatten", 1): return flatten(values[0])
        case ("items", 1): return items(values[0])
        case ("json", 1): return values[0].stringValue.map(Self.parseJSON) ?? .unknown
        case ("string", 1): return string(values[0])
        case ("indexfromend", 2), ("tryindexfromend", 2):
            return index(values[0], values[1], safe: function == "tryindexfromend", fromEnd: true)
        case ("readenvironmentvariable", _):
            // `.bicepparam`: the default, never the build machine's environment (which armor
            // does not know at deployment time); without a default, unknown.
            return values.count == 2 && values[1].stringValue != nil ? values[1] : .unknown
        default:
            return nil
        }
    }

    private func shallowMerge(_ value: KnownValue) -> KnownValue {
        guard let items = value.arrayValue else { return .unknown }
        var merged = KnownObject()
        for item in items {
            switch item {
            case .object(let object): for entry in object.entries { merged[entry.key] = entry.value }
            case .null: continue
            default: return .unknown
            }
        }
        return .object(merged)
    }

    private func flatten(_ value: KnownValue) -> KnownValue {
        guard let items = value.arrayValue else { return .unknown }
        var result: [KnownValue] = []
        for item in items {
            guard let inner = item.arrayValue else { return .unknown }
            result += inner
        }
        return .array(result)
    }

    /// `{key, value}` pairs sorted by key. The service sorts them; when ordinal and
    /// case-insensitive order disagree the order is not certain, so it is unknown.
    private func items(_ value: KnownValue) -> KnownValue {
        guard let object = value.objectValue else { return .unknown }
        let ordinal = object.entries.sorted { Self.ordinalLess($0.key, $1.key) }
        let folded = object.entries.sorted { Self.ordinalLess($0.key.lowercased(), $1.key.lowercased()) }
        guard ordinal.map(\.key) == folded.map(\.key) else { return .unknown }
        return .array(ordinal.map { .object(KnownObject([("key", .string($0.key)), ("value", $0.value)])) })
    }

    static func ordinalLess(_ a: String, _ b: String) -> Bool {
        a.utf16.lexicographicallyPrecedes(b.utf16)
    }

    static func parseJSON(_ text: String) -> KnownValue {
        json(Array(text.utf8))
    }

    /// `string(x)`: strings and integers as text, arrays and objects as compact JSON when every
    /// leaf is a string, integer, boolean or null. Top-level booleans are left unknown (.NET
    /// casing), as are GUIDs and resource ids (not computed).
    private func string(_ value: KnownValue) -> KnownValue {
        switch value {
        case .string, .int: return value.interpolatedText.map { .string($0) } ?? .unknown
        case .array, .object:
            var out = ""
            return Self.writeJSON(value, into: &out) ? .string(out) : .unknown
        default: return .unknown
        }
    }

    static func writeJSON(_ value: KnownValue, into out: inout String, depth: Int = 0) -> Bool {
        guard depth < maxDepth else { return false }
        switch value {
        case .string(let s): writeJSONString(s, into: &out)
        case .int(let i): out += String(i)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                guard writeJSON(item, into: &out, depth: depth + 1) else { return false }
            }
            out += "]"
        case .object(let object):
            out += "{"
            for (i, entry) in object.entries.enumerated() {
                if i > 0 { out += "," }
                writeJSONString(entry.key, into: &out)
                out += ":"
                guard writeJSON(entry.value, into: &out, depth: depth + 1) else { return false }
            }
            out += "}"
        default: return false
        }
        return true
    }

    private static func writeJSONString(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
