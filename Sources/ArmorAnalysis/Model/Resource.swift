import ArmorBase
import ArmorSyntax

/// A resource or module declaration (ARM: a resource object; nested deployments are modules).
public struct Resource: Sendable {
    public enum Kind: String, Sendable, Equatable {
        case resource
        case module
    }

    // Strings and values first, small fields last: so ordered the fields pack into 152 bytes
    // (168 grouped by topic), and a 200 MiB template holds 640,000 resources.
    /// graph-json `symbol`: Bicep qualified symbol (`a::b`), ARM 2.0 key, classic ARM name
    /// expression as written (children: `parent/child`).
    public var symbol: String
    /// Full type without api version; `Microsoft.Resources/deployments` for modules.
    public var type: String
    public var apiVersion: String?
    /// The `name` value.
    public var name: Value?
    /// Bicep: the `resource`/`module` keyword; ARM classic: the object's `{`; ARM 2.0: the key.
    public var span: Span
    /// The whole body object (`properties`, `identity`, `location`, `params`, …). ARM leaves
    /// out child `resources` and an inline `properties.template`, which are declarations of
    /// their own (`Template.nestedTemplates`) and whose expressions are not this resource's.
    public var body: Value
    /// The whole declaration, decorators included.
    public var declarationSpan: Span
    /// Index (in the same template) of the immediate parent: nesting, `parent:`, or ARM child
    /// `resources` arrays.
    public var parent: Int?
    public var kind: Kind
    public var existing: Bool
    /// True when the declaration or a nesting ancestor has a condition (graph-json note 12).
    public var conditional: Bool
    /// False for extension (non-Azure) resource types, which are never referenced weakly.
    public var isAzureType: Bool
    /// The fields below that most declarations leave unset, out of line (see `RareFields`).
    private var rare: [RareFields] = []

    public init(symbol: String, kind: Kind, type: String, span: Span) {
        self.symbol = symbol
        self.kind = kind
        self.type = type
        self.apiVersion = nil
        self.existing = false
        self.conditional = false
        self.name = nil
        self.parent = nil
        self.body = Value(.object([]), at: span)
        self.span = span
        self.declarationSpan = span
        self.isAzureType = true
    }

    public var isLoop: Bool { loop != nil }
}

/// A declaration's seldom-set fields, kept out of `Resource` so that its array is less than
/// half the size: a 200 MiB template holds 640,000 resources, nearly all without any of them.
struct RareFields: Sendable {
    var condition: Value?
    var loop: Loop?
    var scope: Value?
    var module: ModuleReference?
    var batchSize: Int?
    var decorators: [Value] = []
}

extension Resource {
    /// The declaration's own condition (Bicep `if (...)`, ARM `condition`), nil when none.
    public var condition: Value? {
        get { rare.isEmpty ? nil : rare[0].condition }
        set { setRare(\.condition, newValue, unset: newValue == nil) }
    }

    public var loop: Loop? {
        get { rare.isEmpty ? nil : rare[0].loop }
        set { setRare(\.loop, newValue, unset: newValue == nil) }
    }

    /// The `scope:` value (Bicep) / `scope`, `resourceGroup`, `subscriptionId` (ARM), if written.
    public var scope: Value? {
        get { rare.isEmpty ? nil : rare[0].scope }
        set { setRare(\.scope, newValue, unset: newValue == nil) }
    }

    /// What a module points at.
    public var module: ModuleReference? {
        get { rare.isEmpty ? nil : rare[0].module }
        set { setRare(\.module, newValue, unset: newValue == nil) }
    }

    /// `@batchSize(n)` / ARM `copy.mode: serial` with `batchSize`.
    public var batchSize: Int? {
        get { rare.isEmpty ? nil : rare[0].batchSize }
        set { setRare(\.batchSize, newValue, unset: newValue == nil) }
    }

    /// Bicep decorators as calls (`@batchSize(1)` → `.call("batchSize", [1])`); references in
    /// them count as dependencies.
    public var decorators: [Value] {
        get { rare.isEmpty ? [] : rare[0].decorators }
        set { setRare(\.decorators, newValue, unset: newValue.isEmpty) }
    }

    /// An unset value on a declaration without rare fields allocates nothing.
    private mutating func setRare<T>(_ field: WritableKeyPath<RareFields, T>, _ value: T, unset: Bool) {
        if rare.isEmpty {
            if unset { return }
            rare = [RareFields()]
        }
        rare[0][keyPath: field] = value
    }
}

/// `[for (item, index) in source: …]` on a declaration; ARM `copy { name, count }`.
public struct Loop: Sendable, Equatable {
    public var item: String?
    public var index: String?
    /// The array iterated (Bicep) or `range(0, count)` (ARM).
    public var source: Value
    /// ARM copy name (Bicep: the symbol).
    public var copyName: String?

    public init(item: String?, index: String?, source: Value, copyName: String?) {
        self.item = item
        self.index = index
        self.source = source
        self.copyName = copyName
    }
}

/// Where a module's template comes from.
public enum ModuleReference: Sendable, Equatable {
    /// A local file, as written (relative to the referencing file).
    case local(path: String)
    /// `br:`, `br/alias:`, `ts:`, `ts/alias:`, ARM `templateLink.uri`/`id`: opaque.
    case external(String)
    /// ARM inline nested template: index into `Template.nestedTemplates`; `innerScope` is
    /// `expressionEvaluationOptions.scope == inner`.
    case inline(index: Int, innerScope: Bool)
}

extension Resource {
    /// What a module declaration passes to its template, by parameter name: Bicep
    /// `params: { p: v }`, ARM inner-scope `properties.parameters: { p: { value: v } }`.
    public var moduleArguments: [(name: String, value: Value)] {
        if let params = body.property("params"), case .object(let entries) = params.kind {
            return entries.compactMap { entry in
                if case .property(let key, _, let value) = entry { return (key, value) }
                return nil
            }
        }
        guard let params = body.path("properties", "parameters"), case .object(let entries) = params.kind else { return [] }
        return entries.compactMap { entry -> (name: String, value: Value)? in
            guard case .property(let key, _, let wrapper) = entry else { return nil }
            if let value = wrapper.property("value") { return (key, value) }
            // The compiler writes a conditional argument as one expression for the whole wrapper,
            // `[if(c, createObject('value', a), createObject('value', b))]`: its `.value`, never
            // the parameter's default.
            if case .object = wrapper.kind { return nil }
            return (key, Value(.member(wrapper, "value", safe: false), at: wrapper.span))
        }
    }
}
