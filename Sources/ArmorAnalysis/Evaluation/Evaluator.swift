import ArmorBase
import ArmorSyntax

/// The partial evaluator: computes the `KnownValue` of a `Value` (rules.md "Known value").
/// Anything it cannot compute is `.unknown`, and an unknown input makes the result unknown
/// unless the result does not depend on it (`false && x`, a ternary with a known condition).
/// Copies share one cache; `binding(_:)` makes a copy with loop locals bound.
public struct Evaluator {
    public let environment: Environment
    /// Loop variables and lambda parameters in scope.
    public private(set) var locals: [String: KnownValue]
    /// ARM `copyIndex(name)` values by lowercased copy name; "" is the resource's own loop.
    var copyIndices: [String: Int64]
    let cache: EvaluationCache
    /// Depth and nodes visited, counted across copies (see `EvaluationBudget`).
    let budget: EvaluationBudget
    /// `module.outputs.name` of a module declaration (by resource index), when the deployment
    /// knows what the module deploys; nil leaves module outputs unknown.
    public var moduleOutput: ((_ module: Int, _ output: String) -> KnownValue)?
    /// What the module declaration deploying this template passes, by lowercased parameter
    /// name, evaluated by `evaluateArgument` (in the caller) on first read: most arguments are
    /// never read, and evaluating all of them made each module's evaluator costly.
    public var arguments: [String: Value] = [:]
    public var evaluateArgument: ((Value) -> KnownValue)?

    /// Nesting deeper than this evaluates to `.unknown` (bad input must not exhaust the stack).
    static let maxDepth = 200

    public init(environment: Environment) {
        self.environment = environment
        self.locals = [:]
        self.copyIndices = [:]
        self.cache = EvaluationCache()
        self.budget = EvaluationBudget()
    }

    public init(template: Template, parameterValues: [String: KnownValue] = [:]) {
        self.init(environment: Environment(template: template, parameterValues: parameterValues))
    }

    /// The value of a parameters-file entry (`.bicepparam` or `*.parameters.json`), which may
    /// not refer to the template: for `Environment.parameterValues`.
    public static func literal(_ value: Value) -> KnownValue {
        Evaluator(environment: Environment()).evaluate(value)
    }

    /// A copy with more locals bound (shadowing outer ones), sharing the cache.
    public func binding(_ more: [String: KnownValue]) -> Evaluator {
        var copy = self
        for (name, value) in more { copy.locals[name] = value }
        return copy
    }

    func bindingCopyIndex(_ name: String?, _ index: Int) -> Evaluator {
        var copy = self
        copy.copyIndices[(name ?? "").lowercased()] = Int64(index)
        return copy
    }

    /// Work allowed per top-level `evaluate` (loops over big ranges nested in each other);
    /// past it, what is left evaluates to `.unknown`.
    public var stepBudget = 1_000_000

    public func evaluate(_ value: Value) -> KnownValue {
        if budget.depth == 0 { budget.steps = 0 }
        budget.steps += 1
        guard budget.depth < Self.maxDepth, budget.steps < stepBudget else { return .unknown }
        budget.depth += 1
        defer { budget.depth -= 1 }
        return evaluateKind(value.kind)
    }

    private func evaluateKind(_ kind: Value.Kind) -> KnownValue {
        switch kind {
        case .string(let s): return .string(s)
        case .int(let i): return .int(i)
        case .bool(let b): return .bool(b)
        case .null: return .null
        case .interpolation(let parts): return interpolate(parts)
        case .object(let entries): return object(entries)
        case .array(let entries): return array(entries)
        case .parameter(let name): return parameterValue(name)
        case .variable(let name): return variableValue(name)
        case .resource: return .unknown
        case .local(let name): return locals[name] ?? .unknown
        case .member(let base, let name, let safe): return member(base, name, safe: safe)
        case .index(let base, let index, let safe, let fromEnd):
            return self.index(evaluate(base), evaluate(index), safe: safe, fromEnd: fromEnd)
        case .call(let name, _, let arguments): return call(name, arguments)
        case .methodCall: return .unknown
        case .unary(let op, let operand): return unary(op, operand)
        case .binary(let op, let lhs, let rhs): return binary(op, lhs, rhs)
        case .ternary(let condition, let then, let otherwise):
            guard let c = evaluate(condition).boolValue else { return .unknown }
            return evaluate(c ? then : otherwise)
        case .forLoop(let item, let index, let source, let body):
            return forLoop(item: item, index: index, source: source, body: body)
        case .lambda, .unknown: return .unknown
        }
    }

    /// A resource or module condition: nil (no condition) is true; unknown is nil.
    public func condition(_ value: Value?) -> Bool? {
        guard let value else { return true }
        switch evaluate(value) {
        case .bool(let b): return b
        case .string(let s) where s.lowercased() == "true": return true
        case .string(let s) where s.lowercased() == "false": return false
        default: return nil
        }
    }

    /// The elements a `[for x in source]` loop runs over; nil when the array is unknown.
    /// Elements themselves may be partially known.
    public func loopElements(of source: Value) -> [KnownValue]? {
        evaluate(source).arrayValue
    }

    // MARK: Names

    func parameterValue(_ name: String) -> KnownValue {
        let key = ASCIICase.lowercased(name)
        if let passed = argumentValue(key) { return passed }
        if let given = environment.parameterValues[key] { return given }
        guard let defaultValue = environment.parameters[key]?.defaultValue else {
            // An optional parameter (`string?`, ARM `nullable`) that nobody sets is null.
            return environment.parameters[key]?.type.hasSuffix("?") == true ? .null : .unknown
        }
        return memo(\.parameters, key) { root.evaluate(defaultValue) }
    }

    func variableValue(_ name: String) -> KnownValue {
        let key = ASCIICase.lowercased(name)
        guard let variable = environment.variables[key] else { return .unknown }
        return memo(\.variables, key) { root.evaluate(variable.value) }
    }

    /// The module argument for parameter `key` as `Environment` would hold it: nil when none
    /// is passed, or when it is null and the parameter has a default (which Resource Manager
    /// then deploys); coerced to the declared type.
    func argumentValue(_ key: String) -> KnownValue? {
        guard let argument = arguments[key], let evaluateArgument else { return nil }
        let value = memo(\.arguments, key) { evaluateArgument(argument) }
        let parameter = environment.parameters[key]
        if value == .null && parameter?.defaultValue != nil { return nil }
        guard let type = parameter?.type else { return value }
        return Environment.coerce(value, to: type)
    }

    /// Every parameter value from outside, the lazy module arguments evaluated: what an
    /// outer-scoped inline template inherits.
    public var givenParameterValues: [String: KnownValue] {
        var values = environment.parameterValues
        for key in arguments.keys {
            values[key] = argumentValue(key)
        }
        return values
    }

    /// Parameters and variables never see loop locals: they are evaluated at template level.
    var root: Evaluator {
        var copy = self
        copy.locals = [:]
        copy.copyIndices = [:]
        return copy
    }

    /// Evaluates once per key; a key met again while in progress (a cycle) is `.unknown`.
    func memo<Key: Hashable>(_ table: ReferenceWritableKeyPath<EvaluationCache, [Key: EvaluationCache.State]>,
                             _ key: Key, _ compute: () -> KnownValue) -> KnownValue {
        switch cache[keyPath: table][key] {
        case .done(let value): return value
        case .inProgress: return .unknown
        case nil: break
        }
        cache[keyPath: table][key] = .inProgress
        let value = compute()
        cache[keyPath: table][key] = .done(value)
        return value
    }

    // MARK: Literals

    private func interpolate(_ parts: [Value]) -> KnownValue {
        var text = ""
        for part in parts {
            guard let piece = evaluate(part).interpolatedText else { return .unknown }
            text += piece
        }
        return .string(text)
    }

    private func object(_ entries: [Value.ObjectEntry]) -> KnownValue {
        var result = KnownObject()
        for entry in entries {
            switch entry {
            case .property(let key, _, let value):
                result[key] = evaluate(value)
            case .unknownKey(let key, let value):
                // An unknown key could replace any property, so nothing stays certain.
                guard let k = evaluate(key).stringValue else { return .unknown }
                result[k] = evaluate(value)
            case .spread(let value):
                switch evaluate(value) {
                case .object(let spread): for e in spread.entries { result[e.key] = e.value }
                case .null: break
                default: return .unknown
                }
            }
        }
        return .object(result)
    }

    private func array(_ entries: [Value.ArrayEntry]) -> KnownValue {
        var result: [KnownValue] = []
        for entry in entries {
            switch entry {
            case .element(let value):
                result.append(evaluate(value))
            case .spread(let value):
                guard let items = evaluate(value).arrayValue else { return .unknown }
                result += items
            }
        }
        return .array(result)
    }

    private func forLoop(item: String?, index: String?, source: Value, body: Value) -> KnownValue {
        guard let elements = loopElements(of: source) else { return .unknown }
        var result: [KnownValue] = []
        result.reserveCapacity(elements.count)
        for (i, element) in elements.enumerated() {
            var scoped = self
            if let item { scoped.locals[item] = element }
            if let index {
                scoped.locals[index] = .int(Int64(i))
                scoped.copyIndices[index.lowercased()] = Int64(i)
            }
            result.append(scoped.evaluate(body))
        }
        return .array(result)
    }
}
