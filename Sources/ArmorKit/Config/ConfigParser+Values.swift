import ArmorBase
import ArmorSyntax

/// Typed accessors that report a wrong JSON type at the value's position.
extension ConfigParser {
    mutating func error(_ message: String, at span: Span) {
        diagnostics.append(Diagnostic(code: .syntax(.config), severity: .error, message: message,
                                      location: Location(path: source.path, span: span)))
    }

    mutating func object(_ value: JSONValue, what: String) -> [JSONMember]? {
        if let members = value.objectValue { return members }
        if value.kind != .invalid { error("\(what) must be an object, found \(Self.describe(value))", at: value.span) }
        return nil
    }

    mutating func array(_ value: JSONValue, what: String) -> [JSONValue]? {
        if let items = value.arrayValue { return items }
        if value.kind != .invalid { error("\(what) must be an array, found \(Self.describe(value))", at: value.span) }
        return nil
    }

    mutating func string(_ value: JSONValue, what: String) -> String? {
        if let text = value.stringValue {
            if text.isEmpty { error("\(what) must not be empty", at: value.span) }
            return text.isEmpty ? nil : text
        }
        if value.kind != .invalid { error("\(what) must be a string, found \(Self.describe(value))", at: value.span) }
        return nil
    }

    /// A string that must be one of an enum's raw values.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ value: JSONValue, _ type: T.Type, what: String) -> T?
    where T.RawValue == String {
        guard let text = string(value, what: what) else { return nil }
        if let result = T(rawValue: text) { return result }
        let choices = T.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        error("invalid value '\(text)' for \(what): expected one of \(choices)", at: value.span)
        return nil
    }

    mutating func globs(_ value: JSONValue, what: String) -> [GlobPattern] {
        var result: [GlobPattern] = []
        for item in array(value, what: what) ?? [] {
            guard let text = string(item, what: "a glob in \(what)") else { continue }
            do {
                result.append(try GlobPattern(text))
            } catch {
                self.error("invalid glob '\(text)': \(error.message)", at: item.span)
            }
        }
        return result
    }

    /// `{ "a": "b" }` with string values, in file order.
    mutating func stringMap(_ value: JSONValue, what: String) -> [(key: String, value: String)] {
        var result: [(key: String, value: String)] = []
        for member in object(value, what: what) ?? [] {
            if let text = string(member.value, what: "the value of '\(member.key)' in \(what)") {
                result.append((member.key, text))
            }
        }
        return result
    }

    static func describe(_ value: JSONValue) -> String {
        switch value.kind {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        case .invalid: "an invalid value"
        }
    }
}
