import ArmorBase

/// The Bicep syntax tree: value types, every node with its byte span. Errors appear as
/// `.skipped` nodes instead of stopping the parse (bicep-syntax.md §4).
public struct BicepExpression: Sendable {
    public var span: Span
    public var kind: Kind

    public init(_ kind: Kind, _ span: Span) {
        self.kind = kind
        self.span = span
    }

    /// Only the cases holding an expression directly are boxed: a leaf (identifier, string,
    /// literal, object, array) is stored inline, which saves an allocation and a release per node.
    public enum Kind: Sendable {
        /// Value nil when it does not fit 64 bits (BCP010).
        case integer(UInt64?)
        case boolean(Bool)
        case null
        case string(BicepStringSyntax)
        /// A variable access (resolved later: parameter, variable, resource, local, namespace).
        case identifier(String)
        case call(name: String, nameSpan: Span, arguments: [BicepExpression])
        /// `base.name` / `base.?name`.
        indirect case property(BicepExpression, name: String, nameSpan: Span, safe: Bool)
        /// `base.f(args)`, `az.resourceGroup()`.
        indirect case instanceCall(BicepExpression, name: String, nameSpan: Span, arguments: [BicepExpression], safe: Bool)
        indirect case index(BicepExpression, BicepExpression, safe: Bool, fromEnd: Bool)
        /// `base::name` (nested resource access).
        indirect case resourceAccess(BicepExpression, name: String, nameSpan: Span)
        /// Postfix `!`.
        indirect case nonNull(BicepExpression)
        indirect case unary(Value.UnaryOperator, BicepExpression)
        indirect case binary(Value.BinaryOperator, BicepExpression, BicepExpression)
        indirect case ternary(BicepExpression, BicepExpression, BicepExpression)
        indirect case parenthesized(BicepExpression)
        case object([BicepObjectElement])
        case array([BicepArrayElement])
        indirect case forLoop(BicepForSyntax)
        indirect case lambda(parameters: [BicepName], body: BicepExpression)
        /// `if (condition) { … }` in a resource/module value or loop body.
        indirect case ifBody(condition: BicepExpression, body: BicepExpression)
        /// Tokens skipped by error recovery, or a zero-width missing piece.
        case skipped
    }

    static func skipped(_ span: Span) -> BicepExpression { BicepExpression(.skipped, span) }

    public var isSkipped: Bool {
        if case .skipped = kind { return true }
        return false
    }
}

/// An identifier with its position.
public struct BicepName: Sendable, Equatable {
    public var text: String
    public var span: Span
}

/// A string literal: `segments.count == holes.count + 1`; segments hold decoded text.
public struct BicepStringSyntax: Sendable {
    /// The first segment apart, so a string without holes (most of them) needs no array.
    public var head: String
    /// The segment after each hole.
    public var tail: [String]
    public var holes: [BicepExpression]

    public init(head: String, tail: [String] = [], holes: [BicepExpression] = []) {
        self.head = head
        self.tail = tail
        self.holes = holes
    }

    public var segments: [String] { [head] + tail }

    /// The text when there are no holes.
    public var literal: String? { holes.isEmpty ? head : nil }
}

/// Properties are stored inline in the element array (no box each); a nested resource is boxed.
public enum BicepObjectElement: Sendable {
    case property(key: BicepPropertyKey, value: BicepExpression)
    case spread(BicepExpression, span: Span)
    /// A nested resource declaration (only inside resource bodies).
    indirect case resource(BicepResourceDeclaration)
    case skipped(Span)
}

public enum BicepPropertyKey: Sendable {
    case name(String, Span)
    indirect case interpolated(BicepExpression)

    public var span: Span {
        switch self {
        case .name(_, let span): span
        case .interpolated(let e): e.span
        }
    }
}

public enum BicepArrayElement: Sendable {
    case item(BicepExpression)
    case spread(BicepExpression, span: Span)
    case skipped(Span)
}

/// `[for item in source: body]`, `[for (item, index) in source: body]`.
public struct BicepForSyntax: Sendable {
    public var item: BicepName?
    public var index: BicepName?
    public var source: BicepExpression
    /// The body expression; in resource/module context an object or an `.ifBody`.
    public var body: BicepExpression
}

public struct BicepDecorator: Sendable {
    /// The call (`.call`, or `.instanceCall` on `sys`/`az`).
    public var expression: BicepExpression
    public var span: Span
}

/// A `resource` or `module` declaration, top-level or nested.
public struct BicepResourceDeclaration: Sendable {
    public var isModule: Bool
    public var decorators: [BicepDecorator]
    public var keywordSpan: Span
    /// Decorators included.
    public var span: Span
    public var name: BicepName?
    /// The type string (resource) or path (module), when it parsed.
    public var typeString: String?
    public var typeSpan: Span
    public var existing: Bool
    /// Object, `.ifBody`, `.forLoop`, or `.skipped`.
    public var value: BicepExpression
}

/// A type expression. Only what the model needs is kept; the grammar is checked in full.
public struct BicepTypeSyntax: Sendable {
    public var span: Span
    /// `resource 'T@v'` types.
    public var resourceType: String?
    /// An object/tuple/array/union/nullable type (a languageVersion 2.0 trigger).
    public var isComplex: Bool
}

public struct BicepStatement: Sendable {
    public var decorators: [BicepDecorator]
    /// Decorators included.
    public var span: Span
    public var kind: Kind

    public enum Kind: Sendable {
        case targetScope(BicepExpression)
        case metadata(BicepName?, BicepExpression)
        case parameter(BicepName?, BicepTypeSyntax?, defaultValue: BicepExpression?)
        case variable(BicepName?, BicepTypeSyntax?, BicepExpression)
        case function(BicepName?, BicepExpression)
        case type(BicepName?, BicepTypeSyntax?)
        case output(BicepName?, BicepTypeSyntax?, BicepExpression)
        indirect case resource(BicepResourceDeclaration)
        case importSymbols(names: [BicepImportItem], wildcardAlias: BicepName?, from: String?)
        case extensionDeclaration(spec: String?, alias: BicepName?, config: BicepExpression?)
        case assert(BicepName?, BicepExpression)
        case test(BicepName?, path: String?, BicepExpression)
        // .bicepparam
        case using(path: String?, config: BicepExpression?)
        case extends(path: String?)
        case parameterAssignment(BicepName?, BicepExpression)
        case extensionConfig(BicepName?, BicepExpression)
        /// Decorators not followed by a declaration.
        case missingDeclaration
        case skipped
    }
}

public struct BicepImportItem: Sendable {
    /// The exported name (identifier or string form).
    public var original: String
    /// The local name (`as` alias or the original).
    public var local: BicepName
}

/// A parsed file: statements plus the lexer's side tables and all syntax issues.
public struct BicepSyntaxTree: Sendable {
    public var statements: [BicepStatement]
    public var tokens: BicepTokens
    public var issues: [SyntaxIssue]
}
