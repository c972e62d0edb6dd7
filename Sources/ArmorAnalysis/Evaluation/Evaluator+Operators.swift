import ArmorSyntax

/// Property access, indexing and operators.
extension Evaluator {
    func member(_ base: Value, _ name: String, safe: Bool) -> KnownValue {
        if let resourceValue = resourceMember(base, name) { return resourceValue }
        if let moduleOutput, case .member(let module, let outputs, _) = base.kind, outputs.lowercased() == "outputs",
           case .resource(let symbol) = module.kind, let index = environment.resourceIndex(symbol: symbol),
           environment.resources[index].kind == .module {
            return moduleOutput(index, name)
        }
        // ARM: `reference('module').outputs.x.value`, what Bicep writes as `module.outputs.x`.
        if let moduleOutput, name.lowercased() == "value", case .member(let outputsBase, let output, _) = base.kind,
           case .member(let call, let outputs, _) = outputsBase.kind, outputs.lowercased() == "outputs",
           let index = referencedModule(call) {
            return moduleOutput(index, output)
        }
        // ARM: `listOutputsWithSecureValues('module', v).x`, how the compiler reads a secure output.
        if let moduleOutput, case .call("listoutputswithsecurevalues", nil, let arguments) = base.kind,
           let first = arguments.first, let index = deploymentIndex(first) {
            return moduleOutput(index, name)
        }
        return member(of: evaluate(base), name, safe: safe)
    }

    /// `reference(m)`, or `if(c, reference(m), null())`: the compiler writes the conditional
    /// module's own condition as `c`, so unless `c` is known false, what the module deploys
    /// decides (`moduleOutput` is null for a module that does not deploy).
    private func referencedModule(_ value: Value) -> Int? {
        guard case .call(let function, nil, let arguments) = value.kind else { return nil }
        switch (function, arguments.count) {
        case ("reference", 1...): return deploymentIndex(arguments[0])
        case ("if", 3): return evaluate(arguments[0]).boolValue == false ? nil : referencedModule(arguments[1])
        default: return nil
        }
    }

    /// The module declaration a `reference()` argument names: its languageVersion 2.0 symbol,
    /// or `resourceId('Microsoft.Resources/deployments', name)` / its name.
    private func deploymentIndex(_ argument: Value) -> Int? {
        let modules = environment.resources.indices.filter { environment.resources[$0].kind == .module }
        guard !modules.isEmpty else { return nil }
        let name: String
        switch evaluate(argument) {
        case .string(let text):
            if let index = environment.resourceIndex(symbol: text), environment.resources[index].kind == .module { return index }
            name = text
        case .resourceId(let id):
            guard id.resourceType == .deployment, let full = id.fullName else { return nil }
            name = full
        default:
            return nil
        }
        let matches = modules.filter { index in
            guard !environment.resources[index].isLoop, let own = environment.resources[index].name else { return false }
            return root.evaluate(own).stringValue?.lowercased() == name.lowercased()
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// `x.name` / `x.?name` on an evaluated value. A missing property is an error in ARM, so it
    /// is unknown unless the access is safe (`.?`), which gives null.
    func member(of base: KnownValue, _ name: String, safe: Bool) -> KnownValue {
        switch base {
        case .object(let object): return object[name] ?? (safe ? .null : .unknown)
        case .null: return safe ? .null : .unknown
        default: return .unknown
        }
    }

    func index(_ base: KnownValue, _ index: KnownValue, safe: Bool, fromEnd: Bool) -> KnownValue {
        switch (base, index) {
        case (.array(let items), .int(let i)):
            // `^i` counts from the end; subtracting Int64.min would overflow.
            let (position, overflow) = fromEnd ? Int64(items.count).subtractingReportingOverflow(i) : (i, false)
            guard !overflow, position >= 0, position < Int64(items.count) else { return safe ? .null : .unknown }
            return items[Int(position)]
        case (.object, .string(let key)):
            return member(of: base, key, safe: safe)
        case (.null, _) where safe:
            return .null
        default:
            return .unknown
        }
    }

    func unary(_ op: Value.UnaryOperator, _ operand: Value) -> KnownValue {
        let value = evaluate(operand)
        switch (op, value) {
        case (.not, .bool(let b)): return .bool(!b)
        case (.negate, .int(let i)): return i == Int64.min ? .unknown : .int(-i)
        case (.nonNull, _): return value
        default: return .unknown
        }
    }

    func binary(_ op: Value.BinaryOperator, _ lhs: Value, _ rhs: Value) -> KnownValue {
        switch op {
        case .and, .or: return logic(op == .and, lhs, rhs)
        case .coalesce:
            switch evaluate(lhs) {
            case .null: return evaluate(rhs)
            case .unknown: return .unknown
            case let known: return known
            }
        default: break
        }
        let a = evaluate(lhs)
        let b = evaluate(rhs)
        switch op {
        case .equal, .notEqual, .equalInsensitive, .notEqualInsensitive:
            let insensitive = op == .equalInsensitive || op == .notEqualInsensitive
            guard let same = a.equals(b, ignoringCase: insensitive) else { return .unknown }
            return .bool(op == .equal || op == .equalInsensitive ? same : !same)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            return compare(op, a, b)
        default:
            return arithmetic(op, a, b)
        }
    }

    /// `&&` / `||`: a known deciding side settles the result even when the other is unknown.
    private func logic(_ isAnd: Bool, _ lhs: Value, _ rhs: Value) -> KnownValue {
        let a = evaluate(lhs).boolValue
        if a == !isAnd { return .bool(!isAnd) }
        let b = evaluate(rhs).boolValue
        if b == !isAnd { return .bool(!isAnd) }
        guard a != nil, b != nil else { return .unknown }
        return .bool(isAnd)
    }

    func compare(_ op: Value.BinaryOperator, _ a: KnownValue, _ b: KnownValue) -> KnownValue {
        let order: Int
        switch (a, b) {
        case (.int(let x), .int(let y)): order = x < y ? -1 : (x == y ? 0 : 1)
        case (.string(let x), .string(let y)): order = x < y ? -1 : (x == y ? 0 : 1)
        default: return .unknown
        }
        switch op {
        case .less: return .bool(order < 0)
        case .lessOrEqual: return .bool(order <= 0)
        case .greater: return .bool(order > 0)
        case .greaterOrEqual: return .bool(order >= 0)
        default: return .unknown
        }
    }

    /// Integer arithmetic; overflow and division by zero (deployment errors) are unknown.
    func arithmetic(_ op: Value.BinaryOperator, _ a: KnownValue, _ b: KnownValue) -> KnownValue {
        guard let x = a.intValue, let y = b.intValue else { return .unknown }
        let result: (Int64, Bool)
        switch op {
        case .add: result = x.addingReportingOverflow(y)
        case .subtract: result = x.subtractingReportingOverflow(y)
        case .multiply: result = x.multipliedReportingOverflow(by: y)
        case .divide: result = y == 0 ? (0, true) : x.dividedReportingOverflow(by: y)
        case .modulo: result = y == 0 ? (0, true) : x.remainderReportingOverflow(dividingBy: y)
        default: return .unknown
        }
        return result.1 ? .unknown : .int(result.0)
    }
}
