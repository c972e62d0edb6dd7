import ArmorBase

/// What names mean while evaluating one template: parameter values (a parameters file first,
/// else the template's default), the template's variables, and its resources (for
/// `symbol.name` / `symbol.id`). Loop locals are bound by the caller on the `Evaluator`.
public struct Environment: Sendable {
    /// Parameter values given from outside (parameters file, or a module's `params`), by
    /// lowercased name: ARM names are case-insensitive and Bicep forbids names differing by case.
    public var parameterValues: [String: KnownValue]
    public var parameters: [String: Parameter]
    public var variables: [String: Variable]
    public var resources: [Resource]
    /// `targetScope`: decides what scope `resourceId(type, name)` means.
    public var targetScope: String?
    /// The template's own file: `loadTextContent('x')` and friends are relative to it.
    public var templatePath: String?
    /// Reads the local files those functions name; nil reads nothing (they stay unknown).
    public var files: LocalFiles?

    public init(parameterValues: [String: KnownValue] = [:]) {
        self.parameterValues = [:]
        self.parameters = [:]
        self.variables = [:]
        self.resources = []
        self.targetScope = nil
        self.templatePath = nil
        self.files = nil
        guard !parameterValues.isEmpty else { return }
        self.parameterValues.reserveCapacity(parameterValues.count)
        for (name, value) in parameterValues { self.parameterValues[name.lowercased()] = value }
    }

    /// The environment of `template`, with values from a parameters file overriding defaults.
    public init(template: Template, parameterValues: [String: KnownValue] = [:]) {
        self.init(parameterValues: parameterValues)
        // Sized once: every evaluator of every linted deployment builds these tables.
        parameters.reserveCapacity(template.parameters.count)
        variables.reserveCapacity(template.variables.count)
        let given = !self.parameterValues.isEmpty
        for parameter in template.parameters {
            let key = ASCIICase.lowercased(parameter.name)
            parameters[key] = parameter
            // Resource Manager deploys a parameter given null with its default value (AVM passes
            // `name: database.?name` to a module whose `name` defaults to 'default').
            if given && self.parameterValues[key] == .null && parameter.defaultValue != nil { self.parameterValues[key] = nil }
        }
        for (key, value) in self.parameterValues {
            if let type = parameters[key]?.type { self.parameterValues[key] = Self.coerce(value, to: type) }
        }
        for variable in template.variables { variables[ASCIICase.lowercased(variable.name)] = variable }
        resources = template.resources
        targetScope = template.targetScope
        templatePath = template.path
        files = .disk
    }

    /// Parameters files give text where the template declares `bool` or `int` (azd writes
    /// `"${USE_SEARCH=true}"`, which becomes `"true"`); Resource Manager converts it to the
    /// declared type, and so does armor.
    static func coerce(_ value: KnownValue, to type: String) -> KnownValue {
        guard case .string(let text) = value else { return value }
        switch type.lowercased() {
        case "bool":
            switch text.lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return value
            }
        case "int":
            return Int64(text).map { .int($0) } ?? value
        default:
            return value
        }
    }

    func resourceIndex(symbol: String) -> Int? {
        resources.firstIndex { $0.symbol == symbol }
    }
}

/// Memo for variables and parameter defaults, shared by every `Evaluator` derived from one
/// root (loop bindings copy the evaluator, not the cache). A class because it is a shared cache
/// (style.md convention 4); one evaluation runs on one thread.
final class EvaluationCache {
    struct ActiveKey: Hashable {
        let table: AnyKeyPath
        let index: Int
    }

    enum State {
        case inProgress
        case done(KnownValue)
    }

    var variables: [String: State] = [:]
    var parameters: [String: State] = [:]
    /// Module arguments, read lazily (`Evaluator.arguments`).
    var arguments: [String: State] = [:]
    var resourceNames: [Int: State] = [:]
    var resourceSegments: [Int: State] = [:]
    var resourceIds: [Int: State] = [:]
    /// Loop resources being evaluated (their values depend on bound locals, so they are not
    /// memoised, only guarded against cycles).
    var activeLoopResources: Set<ActiveKey> = []
    /// `load*Content` results by function and resolved path (a file is read once).
    var loadedFiles: [String: KnownValue] = [:]
}

/// The work budget of one top-level `evaluate`: nesting depth (bad input must not exhaust the
/// stack) and nodes visited (loops over big ranges nested in each other). `Evaluator` is a value
/// that loop and lambda bindings copy, and `evaluate` is non-mutating so closures can hold it;
/// every copy shares this one budget by reference, so the count holds across copies. One
/// evaluation runs on one thread.
final class EvaluationBudget {
    var depth = 0
    var steps = 0
}
