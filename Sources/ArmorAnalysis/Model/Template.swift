import ArmorBase
import ArmorSyntax

/// The input language of a template.
public enum Language: String, Sendable, Equatable {
    case bicep
    case arm
}

/// One template (a `.bicep` file, an ARM JSON file, or an inline nested ARM template), in the
/// language-neutral model that the graph builder and the rules read.
public struct Template: Sendable {
    public var source: SourceFile
    public var language: Language
    /// `targetScope` (Bicep) or the scope implied by the ARM `$schema`; nil when not stated.
    public var targetScope: String?
    /// ARM `languageVersion` ("2.0"); nil for classic ARM and for Bicep.
    public var languageVersion: String?
    public var parameters: [Parameter]
    public var variables: [Variable]
    /// Resources and modules in source order (`graph-json.md` `resources`).
    public var resources: [Resource]
    public var outputs: [Output]
    /// ARM only: inline nested templates (`Microsoft.Resources/deployments` with
    /// `properties.template`), referenced by `Resource.module = .inline(index)`.
    public var nestedTemplates: [Template]
    /// Syntax and model diagnostics of this template.
    public var diagnostics: [Diagnostic]
    /// ARM only: `metadata._generator.name` ("bicep" for a template the Bicep compiler wrote).
    public var generator: String?
    /// Bicep only: the lexer's `#disable-…` pragmas, kept so that suppression need not lex again.
    public var pragmas: [BicepPragma]

    public init(source: SourceFile, language: Language) {
        self.source = source
        self.language = language
        self.targetScope = nil
        self.languageVersion = nil
        self.parameters = []
        self.variables = []
        self.resources = []
        self.outputs = []
        self.nestedTemplates = []
        self.diagnostics = []
        self.generator = nil
        self.pragmas = []
    }

    public var path: String { source.path }

    public func location(_ span: Span) -> Location { Location(path: source.path, span: span) }

    /// Index of the resource or module with this symbol.
    public func resourceIndex(symbol: String) -> Int? {
        resources.firstIndex { $0.symbol == symbol }
    }
}

public struct Parameter: Sendable {
    public var name: String
    /// Declared type as written (`string`, `object`, `securestring`, …).
    public var type: String
    public var defaultValue: Value?
    public var isSecure: Bool
    public var span: Span

    public init(name: String, type: String, defaultValue: Value?, isSecure: Bool, span: Span) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.isSecure = isSecure
        self.span = span
    }
}

/// A name bound to a written value: a variable or an output, which the model holds alike.
public struct NamedValue: Sendable {
    public var name: String
    public var value: Value
    public var span: Span

    public init(name: String, value: Value, span: Span) {
        self.name = name
        self.value = value
        self.span = span
    }
}

public typealias Variable = NamedValue
public typealias Output = NamedValue

extension Template {
    /// The variable with this name (case-insensitive, as ARM matches names).
    public func variable(named name: String) -> Variable? {
        let key = name.lowercased()
        return variables.first { $0.name.lowercased() == key }
    }

    /// The parameter with this name (case-insensitive, as ARM matches names).
    public func parameter(named name: String) -> Parameter? {
        let key = name.lowercased()
        return parameters.first { $0.name.lowercased() == key }
    }
}
