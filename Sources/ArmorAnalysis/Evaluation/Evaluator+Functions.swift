import ArmorSyntax

/// Function calls. Names compare case-insensitively (ARM is case-insensitive) and a Bicep
/// namespace (`sys.`, `az.`) is ignored. Functions not listed here are runtime or unsupported,
/// so their result is `.unknown`.
extension Evaluator {
    func call(_ name: String, _ arguments: [Value]) -> KnownValue {
        let function = name.lowercased()
        if let lazy = lazyFunction(function, arguments) { return lazy }
        let values = arguments.map { evaluate($0) }
        if let result = loadFunction(function, values) { return result }
        if let result = transformFunction(function, values) { return result }
        if let result = stringFunction(function, values) { return result }
        if let result = collectionFunction(function, values) { return result }
        if let result = logicFunction(function, values) { return result }
        if let result = resourceIdFunction(function, arguments, values) { return result }
        return .unknown
    }

    /// Functions whose arguments must not all be evaluated first: a known deciding argument
    /// settles them even when the others are unknown, and lambdas take bound parameters.
    private func lazyFunction(_ function: String, _ arguments: [Value]) -> KnownValue? {
        switch function {
        case "any":
            return arguments.count == 1 ? evaluate(arguments[0]) : .unknown
        case "if":
            guard arguments.count == 3, let c = evaluate(arguments[0]).boolValue else { return .unknown }
            return evaluate(c ? arguments[1] : arguments[2])
        case "and", "or":
            guard arguments.count >= 2 else { return .unknown }
            let isAnd = function == "and"
            var sawUnknown = false
            for argument in arguments {
                switch evaluate(argument).boolValue {
                case .some(let b) where b != isAnd: return .bool(b)
                case .some: break
                case .none: sawUnknown = true
                }
            }
            return sawUnknown ? .unknown : .bool(isAnd)
        case "coalesce":
            for argument in arguments {
                switch evaluate(argument) {
                case .null: continue
                case let value: return value
                }
            }
            return .null
        case "copyindex":
            return copyIndex(arguments)
        case "parameters", "variables":
            // Front ends lower literal names to `.parameter`/`.variable`; computed ones land here.
            guard arguments.count == 1, let name = evaluate(arguments[0]).stringValue else { return .unknown }
            return function == "parameters" ? parameterValue(name) : variableValue(name)
        case "map", "filter":
            return lambdaFunction(function, arguments)
        default:
            return lambdaTransform(function, arguments)
        }
    }

    /// `copyIndex()`, `copyIndex(offset)`, `copyIndex('name')`, `copyIndex('name', offset)`.
    private func copyIndex(_ arguments: [Value]) -> KnownValue {
        let values = arguments.map { evaluate($0) }
        var loopName = ""
        var offset: Int64 = 0
        for value in values {
            switch value {
            case .string(let s): loopName = s.lowercased()
            case .int(let i): offset = i
            default: return .unknown
            }
        }
        guard let index = copyIndices[loopName] else { return .unknown }
        let (sum, overflow) = index.addingReportingOverflow(offset)
        return overflow ? .unknown : .int(sum)
    }

    /// `map(array, x => …)` and `filter(array, x => …)`; the lambda may take `(item, index)`.
    private func lambdaFunction(_ function: String, _ arguments: [Value]) -> KnownValue {
        guard arguments.count == 2, let items = evaluate(arguments[0]).arrayValue,
              case .lambda(let parameters, let body) = arguments[1].kind, !parameters.isEmpty else {
            return .unknown
        }
        var result: [KnownValue] = []
        for (i, item) in items.enumerated() {
            var bound = [parameters[0]: item]
            if parameters.count > 1 { bound[parameters[1]] = .int(Int64(i)) }
            let value = binding(bound).evaluate(body)
            if function == "map" {
                result.append(value)
            } else {
                guard let keep = value.boolValue else { return .unknown }
                if keep { result.append(item) }
            }
        }
        return .array(result)
    }

    private func logicFunction(_ function: String, _ values: [KnownValue]) -> KnownValue? {
        switch (function, values.count) {
        case ("not", 1):
            return values[0].boolValue.map { .bool(!$0) } ?? .unknown
        case ("equals", 2):
            return values[0].equals(values[1]).map { .bool($0) } ?? .unknown
        case ("less", 2): return compare(.less, values[0], values[1])
        case ("lessorequals", 2): return compare(.lessOrEqual, values[0], values[1])
        case ("greater", 2): return compare(.greater, values[0], values[1])
        case ("greaterorequals", 2): return compare(.greaterOrEqual, values[0], values[1])
        case ("add", 2): return arithmetic(.add, values[0], values[1])
        case ("sub", 2): return arithmetic(.subtract, values[0], values[1])
        case ("mul", 2): return arithmetic(.multiply, values[0], values[1])
        case ("div", 2): return arithmetic(.divide, values[0], values[1])
        case ("mod", 2): return arithmetic(.modulo, values[0], values[1])
        case ("guid", _):
            return values.isEmpty ? .unknown : .guid(values)
        case ("bool", 1):
            switch values[0] {
            case .bool(let b): return .bool(b)
            case .string(let s) where s.lowercased() == "true": return .bool(true)
            case .string(let s) where s.lowercased() == "false": return .bool(false)
            case .int(let i) where i == 0 || i == 1: return .bool(i == 1)
            default: return .unknown
            }
        case ("int", 1):
            switch values[0] {
            case .int(let i): return .int(i)
            case .string(let s): return Int64(s).map { .int($0) } ?? .unknown
            default: return .unknown
            }
        default:
            return nil
        }
    }
}
