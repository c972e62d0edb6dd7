import ArmorBase

/// Token kinds of the Bicep lexer (bicep-syntax.md §1.3). `UInt8`-backed so a token stays 12 bytes.
public enum BicepTokenKind: UInt8, Sendable, Equatable {
    case at, leftBrace, rightBrace, leftParen, rightParen, leftSquare, rightSquare
    case comma, dot, ellipsis, question, doubleQuestion, colon, doubleColon, semicolon
    case assignment, equals, equalsInsensitive, arrow, notEquals, notEqualsInsensitive
    case exclamation, plus, minus, asterisk, slash, modulo
    case leftChevron, lessThanOrEqual, rightChevron, greaterThanOrEqual
    case logicalAnd, logicalOr, pipe, hat
    case identifier, integer, trueKeyword, falseKeyword, nullKeyword, newLine
    case stringComplete, stringLeftPiece, stringMiddlePiece, stringRightPiece
    case endOfFile, unrecognized

    var isStringStart: Bool { self == .stringComplete || self == .stringLeftPiece }
}

/// One lexeme: kind, flags and a byte range into the source. Text is read back by span.
public struct BicepToken: Sendable, Equatable {
    public var kind: BicepTokenKind
    /// String tokens: see `Flags`.
    public var flags: UInt8
    public var start: UInt32
    public var length: UInt32

    public init(kind: BicepTokenKind, flags: UInt8 = 0, start: UInt32, length: UInt32) {
        self.kind = kind
        self.flags = flags
        self.start = start
        self.length = length
    }

    public var end: UInt32 { start + length }
    public var span: Span { Span(start: start, end: start + length) }

    /// String token flags: bit 0 multi-line, bits 1…7 the `$` count of an interpolated
    /// multi-line string (capped at 127), which decides how a hole marker is stripped. A
    /// single-line string sets bit 1 when its text holds a `\` (the decoder then unescapes).
    public enum Flags {
        public static let multiline: UInt8 = 1
        public static let escaped: UInt8 = 2
        static func dollars(_ flags: UInt8) -> Int { Int(flags >> 1) }
        static func make(multiline: Bool, dollars: Int) -> UInt8 {
            (multiline ? 1 : 0) | UInt8(min(dollars, 127) << 1)
        }
    }

    public var isMultiline: Bool { flags & Flags.multiline != 0 }
}

/// Whitespace, comments and pragmas: everything between tokens.
public struct BicepTrivia: Sendable, Equatable {
    public enum Kind: UInt8, Sendable { case whitespace, lineComment, blockComment, pragma }
    public var kind: Kind
    public var start: UInt32
    public var length: UInt32
    public var span: Span { Span(start: start, end: start + length) }
}

/// `#disable-next-line a b`, `#disable-diagnostics a`, `#restore-diagnostics a`
/// (bicep-syntax.md §1.10), kept for the suppression engine.
public struct BicepPragma: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case disableNextLine = "disable-next-line"
        case disableDiagnostics = "disable-diagnostics"
        case restoreDiagnostics = "restore-diagnostics"
    }

    public var kind: Kind
    /// The codes, each with its span.
    public var codes: [(code: String, span: Span)]
    /// 0-based line of the `#`.
    public var line: Int
    public var span: Span

    public static func == (a: BicepPragma, b: BicepPragma) -> Bool {
        a.kind == b.kind && a.line == b.line && a.span == b.span
            && a.codes.map(\.code) == b.codes.map(\.code) && a.codes.map(\.span) == b.codes.map(\.span)
    }
}

/// What the lexer produces for one file.
public struct BicepTokens: Sendable {
    public var tokens: [BicepToken]
    public var trivia: [BicepTrivia]
    public var pragmas: [BicepPragma]
    public var issues: [SyntaxIssue]
}

/// A syntax problem found by the lexer or parser, before it is tied to a file path.
public struct SyntaxIssue: Sendable, Equatable {
    public var code: SyntaxCode
    public var severity: Severity
    public var message: String
    public var span: Span

    public init(_ code: SyntaxCode, _ message: String, at span: Span, severity: Severity = .error) {
        self.code = code
        self.severity = severity
        self.message = message
        self.span = span
    }

    public func diagnostic(path: String) -> Diagnostic {
        Diagnostic(code: .syntax(code), severity: severity, message: message,
                   location: Location(path: path, span: span))
    }
}
