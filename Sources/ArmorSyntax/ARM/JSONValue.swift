import ArmorBase

/// One JSON value as read from a file, with the byte span it was written at.
/// Object members keep their order and their key spans; duplicates are kept (the reader warns).
public struct JSONValue: Sendable, Equatable {
    public var kind: Kind
    /// From the first byte of the value to one past its last (quotes and brackets included).
    public var span: Span

    public init(_ kind: Kind, at span: Span) {
        self.kind = kind
        self.span = span
    }

    public enum Kind: Sendable, Equatable {
        case null
        case bool(Bool)
        /// The number's text as written (ARM values are nearly always integers; see `intValue`).
        case number(String)
        case string(String)
        case array([JSONValue])
        case object([JSONMember])
        /// Stands in for a value the reader could not read (a diagnostic says why).
        case invalid
    }
}

/// `"key": value` inside an object.
public struct JSONMember: Sendable, Equatable {
    public var key: String
    public var keySpan: Span
    public var value: JSONValue

    public init(key: String, keySpan: Span, value: JSONValue) {
        self.key = key
        self.keySpan = keySpan
        self.value = value
    }
}

/// A `//` or `/* */` comment, kept in a side table for suppression directives.
public struct JSONComment: Sendable, Equatable {
    public var span: Span
    public var isBlock: Bool

    public init(span: Span, isBlock: Bool) {
        self.span = span
        self.isBlock = isBlock
    }

    /// The comment's text without its delimiters.
    public func text(in source: SourceFile) -> String {
        let inner = isBlock
            ? Span(start: span.start + 2, end: span.end >= span.start + 4 ? span.end - 2 : span.start + 2)
            : Span(start: span.start + 2, end: span.end)
        return source.text(inner)
    }
}

/// What `JSONReader.read` returns: the root (nil only for an empty document), the comments and
/// the problems found.
public struct JSONDocument: Sendable {
    public var root: JSONValue?
    public var comments: [JSONComment]
    public var diagnostics: [Diagnostic]

    public init(root: JSONValue?, comments: [JSONComment], diagnostics: [Diagnostic]) {
        self.root = root
        self.comments = comments
        self.diagnostics = diagnostics
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

extension JSONValue {
    /// The member named `key`, compared ASCII-case-insensitively as ARM compares template
    /// property names. The last duplicate wins, as in Newtonsoft's reader.
    public func member(_ key: String) -> JSONValue? {
        guard case .object(let members) = kind else { return nil }
        var found: JSONValue?
        for m in members where ASCIICase.equal(m.key, key) { found = m.value }
        return found
    }

    public var stringValue: String? {
        if case .string(let s) = kind { return s }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let b) = kind { return b }
        return nil
    }

    /// The number as an integer, when it is one that fits in Int64.
    public var intValue: Int64? {
        if case .number(let text) = kind { return Int64(text) }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let items) = kind { return items }
        return nil
    }

    public var objectValue: [JSONMember]? {
        if case .object(let members) = kind { return members }
        return nil
    }
}
