import ArmorSyntax

/// A JSON value the language server sends (responses, notifications). Requests are read with
/// armor's own `JSONReader`; this is the other direction, written compactly with sorted keys
/// so that the bytes are stable for tests.
package enum LSPValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([LSPValue])
    case object([String: LSPValue])

    /// The value as it goes on the wire.
    package var serialized: String {
        var out = ""
        write(into: &out)
        return out
    }

    private func write(into out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .string(let s): out += JSONWriter.quoted(s)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.write(into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, key) in members.keys.sorted().enumerated() {
                if i > 0 { out += "," }
                out += JSONWriter.quoted(key) + ":"
                members[key]!.write(into: &out)
            }
            out += "}"
        }
    }

    /// A request's value carried back unchanged (the `id`): numbers stay numbers, strings strings.
    package init(_ value: JSONValue) {
        switch value.kind {
        case .null, .invalid: self = .null
        case .bool(let b): self = .bool(b)
        case .number(let text): self = Int(text).map(LSPValue.int) ?? .string(text)
        case .string(let s): self = .string(s)
        case .array(let items): self = .array(items.map(LSPValue.init))
        case .object(let members):
            var object: [String: LSPValue] = [:]
            for member in members { object[member.key] = LSPValue(member.value) }
            self = .object(object)
        }
    }
}

extension JSONValue {
    /// The member named exactly `key` (LSP names are case-sensitive, unlike ARM's).
    func field(_ key: String) -> JSONValue? {
        guard case .object(let members) = kind else { return nil }
        return members.last { $0.key == key }?.value
    }

    /// `a.b.c` through nested objects.
    func path(_ keys: String...) -> JSONValue? {
        var current: JSONValue? = self
        for key in keys { current = current?.field(key) }
        return current
    }
}
