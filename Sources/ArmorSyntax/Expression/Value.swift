import ArmorBase

/// A language-neutral expression: what a Bicep expression or an ARM JSON value / `[...]`
/// expression means, lowered by the model builders so that rules and the partial evaluator never
/// look at either syntax. Every node keeps the span of the source it came from.
public struct Value: Sendable, Equatable {
    public var span: Span
    public var kind: Kind

    public init(_ kind: Kind, at span: Span) {
        self.kind = kind
        self.span = span
    }

    /// Only the cases that hold a `Value` inline are boxed: leaves (strings, numbers, objects,
    /// arrays) are stored in place, which halves a large template's tree (no box per node).
    public enum Kind: Sendable, Equatable {
        case string(String)
        /// Integers beyond Int64 keep their text.
        case int(Int64)
        case bool(Bool)
        case null
        /// String interpolation / `concat` of string parts, in order.
        case interpolation([Value])
        case object([ObjectEntry])
        case array([ArrayEntry])
        /// `param x` (Bicep) / `parameters('x')` (ARM).
        case parameter(String)
        /// `var x` (Bicep) / `variables('x')` (ARM).
        case variable(String)
        /// A symbolic reference to a resource or module of the same template (qualified symbol,
        /// `a::b` for nested Bicep resources; ARM: the resource's symbol in `graph-json`).
        case resource(String)
        /// A loop variable or lambda parameter (`i`, `item`; ARM `copyIndex()` is `.call`).
        case local(String)
        /// `base.name`; `safe` for `.?`.
        indirect case member(Value, String, safe: Bool)
        /// `base[index]`; `safe` for `[?]`, `fromEnd` for `[^i]`.
        indirect case index(Value, Value, safe: Bool, fromEnd: Bool)
        /// A free function: `concat(...)`, `resourceId(...)`, `sys.guid(...)` → name `guid`.
        /// `namespace` is `az`/`sys`/an extension alias when written, else nil.
        indirect case call(name: String, namespace: String?, arguments: [Value])
        /// `base.f(args)` (`kv.getSecret('x')`, `st.listKeys()`).
        indirect case methodCall(Value, name: String, arguments: [Value])
        indirect case unary(UnaryOperator, Value)
        indirect case binary(BinaryOperator, Value, Value)
        indirect case ternary(condition: Value, then: Value, else: Value)
        /// `[for item in source: body]` / `[for (item, i) in source: body]` (ARM: property `copy`).
        indirect case forLoop(item: String?, index: String?, source: Value, body: Value)
        indirect case lambda(parameters: [String], body: Value)
        /// Something the builder could not lower (a syntax error, an unsupported construct).
        case unknown
    }

    public enum UnaryOperator: String, Sendable, Equatable {
        case not = "!", negate = "-", nonNull = "postfix!"
    }

    public enum BinaryOperator: String, Sendable, Equatable {
        case multiply = "*", divide = "/", modulo = "%", add = "+", subtract = "-"
        case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
        case equal = "==", notEqual = "!=", equalInsensitive = "=~", notEqualInsensitive = "!~"
        case and = "&&", or = "||", coalesce = "??"
    }

    public enum ObjectEntry: Sendable, Equatable {
        /// `key: value`; `keySpan` is where the key is written. Interpolated keys are `.unknownKey`.
        case property(key: String, keySpan: Span, value: Value)
        /// Boxed: inline, its two values would make every entry 8 bytes larger (64, not 56).
        indirect case unknownKey(key: Value, value: Value)
        case spread(Value)
    }

    public enum ArrayEntry: Sendable, Equatable {
        case element(Value)
        case spread(Value)
    }

    public static func unknown(at span: Span) -> Value { Value(.unknown, at: span) }
}

extension Value {
    /// The value of property `key` (case-insensitive, as ARM matches property names) when this
    /// is an object literal.
    public func property(_ key: String) -> Value? {
        guard case .object(let entries) = kind else { return nil }
        // ASCII keys compare folded byte by byte; `lowercased()` (which copies both sides) is
        // kept for keys with other characters, where Unicode case mapping can change lengths.
        let asciiKey = ASCIICase.isASCII(key)
        var loweredKey: String?
        for entry in entries {
            guard case .property(let k, _, let v) = entry else { continue }
            if asciiKey {
                if ASCIICase.equal(k, key) { return v }
                if ASCIICase.isASCII(k) { continue }
            }
            if loweredKey == nil { loweredKey = key.lowercased() }
            if k.lowercased() == loweredKey { return v }
        }
        return nil
    }

    /// Follows a path of object properties: `body.path("properties", "category")`.
    public func path(_ keys: String...) -> Value? {
        var current: Value? = self
        for key in keys { current = current?.property(key) }
        return current
    }

    /// The literal string, if this is one.
    public var stringLiteral: String? {
        if case .string(let s) = kind { return s }
        return nil
    }
}
