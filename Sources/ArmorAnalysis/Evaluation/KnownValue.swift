import ArmorSyntax

/// What armor can compute about a `Value` without deploying (rules.md "Known value").
/// Containers may be partially known: an `.unknown` field inside a known object stays
/// `.unknown` without making the object unknown, so a loop element's `category` can be known
/// while its vault id is a runtime value. `==` is structural (for tests and caches); rules that
/// compare values use `equals(_:ignoringCase:)`, which says nil whenever `.unknown` decides.
public indirect enum KnownValue: Sendable, Equatable, Hashable {
    case string(String)
    case int(Int64)
    case bool(Bool)
    case null
    case array([KnownValue])
    case object(KnownObject)
    /// `guid(a, b, …)`: deterministic but not computed; equal when the arguments are equal.
    case guid([KnownValue])
    /// `resourceId(...)`, `subscriptionResourceId(...)`, …, and `symbol.id`.
    case resourceId(KnownResourceId)
    case unknown

    public var isUnknown: Bool { self == .unknown }

    /// True when nothing inside is `.unknown`.
    public var isFullyKnown: Bool {
        switch self {
        case .string, .int, .bool, .null: true
        case .unknown: false
        case .array(let items), .guid(let items): items.allSatisfy(\.isFullyKnown)
        case .object(let object): object.values.allSatisfy(\.isFullyKnown)
        case .resourceId(let id): id.isFullyKnown
        }
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var intValue: Int64? {
        if case .int(let i) = self { return i }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    public var arrayValue: [KnownValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    public var objectValue: KnownObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    public var resourceIdValue: KnownResourceId? {
        if case .resourceId(let id) = self { return id }
        return nil
    }

    /// Property `key` of a known object (case-insensitive, as ARM); nil when this is not an
    /// object or has no such key. An unknown object answers `.unknown`.
    public subscript(key: String) -> KnownValue? {
        switch self {
        case .object(let object): object[key]
        case .unknown: .unknown
        default: nil
        }
    }

    /// Follows object properties: `value.path("properties", "category")`.
    public func path(_ keys: String...) -> KnownValue? {
        var current: KnownValue? = self
        for key in keys { current = current?[key] }
        return current
    }

    /// Every known string inside (strings, object values, array items, guid arguments, resource
    /// id names), so a rule can find a role GUID in whatever holds it.
    public var knownStrings: [String] {
        var out: [String] = []
        collectStrings(into: &out)
        return out
    }

    private func collectStrings(into out: inout [String]) {
        switch self {
        case .string(let s): out.append(s)
        case .int, .bool, .null, .unknown: break
        case .array(let items), .guid(let items): for item in items { item.collectStrings(into: &out) }
        case .object(let object): for value in object.values { value.collectStrings(into: &out) }
        case .resourceId(let id):
            out.append(id.type)
            for name in id.names { name.collectStrings(into: &out) }
        }
    }
}

extension KnownValue {
    /// Semantic equality: nil when an `.unknown` part decides the answer. Strings compare
    /// exactly unless `ignoringCase` (Bicep `=~`, ARM names); object keys always ignore case.
    public func equals(_ other: KnownValue, ignoringCase: Bool = false) -> Bool? {
        switch (self, other) {
        case (.unknown, _), (_, .unknown): return nil
        case (.string(let a), .string(let b)):
            return ignoringCase ? a.lowercased() == b.lowercased() : a == b
        case (.int(let a), .int(let b)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.null, .null): return true
        case (.array(let a), .array(let b)), (.guid(let a), .guid(let b)):
            guard a.count == b.count else { return false }
            return Self.allEqual(zip(a, b).map { ($0, $1) }, ignoringCase: ignoringCase)
        case (.object(let a), .object(let b)):
            return a.equals(b, ignoringCase: ignoringCase)
        case (.resourceId(let a), .resourceId(let b)):
            return a.equals(b)
        case (.resourceId(let id), .string(let text)), (.string(let text), .resourceId(let id)):
            // An id always renders as an id path, so text that is not one never equals it.
            return KnownResourceId(parsing: text).map { id.equals($0) } ?? false
        case (.guid, .string(let text)), (.string(let text), .guid):
            return Self.isGuidShaped(text) ? nil : false  // the GUID itself is not computed
        default:
            return false
        }
    }

    /// `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` in hex, as `guid()` returns.
    package static func isGuidShaped(_ text: String) -> Bool {
        let utf8 = Array(text.utf8)
        guard utf8.count == 36 else { return false }
        for (i, b) in utf8.enumerated() {
            if [8, 13, 18, 23].contains(i) { if b != 0x2D { return false } }
            else if !((b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x66) || (b >= 0x41 && b <= 0x46)) { return false }
        }
        return true
    }

    /// false as soon as one pair is known to differ; nil if none differs but one is unknown.
    static func allEqual(_ pairs: [(KnownValue, KnownValue)], ignoringCase: Bool) -> Bool? {
        var sawUnknown = false
        for (a, b) in pairs {
            switch a.equals(b, ignoringCase: ignoringCase) {
            case .some(false): return false
            case .none: sawUnknown = true
            case .some(true): break
            }
        }
        return sawUnknown ? nil : true
    }

    /// The text a string interpolation or `format` gives this value, when it is certain.
    /// Booleans are left unknown: ARM formats them with .NET casing, which we do not guess.
    var interpolatedText: String? {
        switch self {
        case .string(let s): s
        case .int(let i): String(i)
        default: nil
        }
    }
}
