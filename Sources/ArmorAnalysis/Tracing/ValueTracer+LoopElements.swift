import ArmorSyntax

/// Loop elements as written: `for ra in roleAssignments` where the caller passes
/// `roleAssignments: [ { principalId: account.identity.principalId, … } ]`. Following element i
/// back to the expression written for it lets a grant made by a looped role assignment (the
/// Azure Verified Modules `roleAssignments` parameter) trace its principal like a single one.
extension ValueTracer {
    /// An expression with the loop variables in scope where it is written.
    struct BoundValue {
        var value: Value
        var instance: Int
        var locals: [String: BoundValue]
    }

    /// The expression written for element `i` of a loop's array, when one can be found.
    func element(_ i: Int, of bound: BoundValue, depth: Int = 0) -> BoundValue? {
        guard within(depth, AnalysisLimits.traceDepth), i >= 0 else { return nil }
        let template = deployment.instances[bound.instance].template
        switch bound.value.kind {
        case .array(let entries):
            var position = 0
            for entry in entries {
                guard case .element(let item) = entry else { return nil }   // a spread hides the count
                if position == i { return BoundValue(value: item, instance: bound.instance, locals: bound.locals) }
                position += 1
            }
            return nil
        case .variable(let name):
            guard let variable = template.variable(named: name) else { return nil }
            return element(i, of: BoundValue(value: variable.value, instance: bound.instance, locals: [:]), depth: depth + 1)
        case .parameter(let name):
            if let (argument, parent) = moduleArgument(name, of: bound.instance) {
                return element(i, of: BoundValue(value: argument, instance: parent, locals: [:]), depth: depth + 1)
            }
            guard let defaultValue = template.parameter(named: name)?.defaultValue else { return nil }
            return element(i, of: BoundValue(value: defaultValue, instance: bound.instance, locals: [:]), depth: depth + 1)
        case .local(let name):
            return bound.locals[name].flatMap { element(i, of: $0, depth: depth + 1) }
        case .binary(.coalesce, let lhs, let rhs):
            // `list ?? []`: the left side unless it is null.
            let left = bound.locals.isEmpty ? evaluation.evaluate(lhs, in: bound.instance) : .unknown
            let side = left == .null ? rhs : lhs
            return element(i, of: BoundValue(value: side, instance: bound.instance, locals: bound.locals), depth: depth + 1)
        case .forLoop(let item, _, let source, let body):
            guard let item,
                  let source = element(i, of: BoundValue(value: source, instance: bound.instance, locals: bound.locals), depth: depth + 1)
            else { return nil }
            var locals = bound.locals
            locals[item] = source
            return BoundValue(value: body, instance: bound.instance, locals: locals)
        default:
            return nil
        }
    }

    /// The expression written for property `key` of a bound object expression.
    func property(_ key: String, of bound: BoundValue, depth: Int = 0) -> BoundValue? {
        guard within(depth, AnalysisLimits.traceDepth) else { return nil }
        let template = deployment.instances[bound.instance].template
        let lowered = key.lowercased()
        switch bound.value.kind {
        case .object(let entries):
            for entry in entries.reversed() {
                switch entry {
                case .property(let name, _, let found) where name.lowercased() == lowered:
                    return BoundValue(value: found, instance: bound.instance, locals: bound.locals)
                case .spread(let spread):
                    if let found = property(key, of: BoundValue(value: spread, instance: bound.instance, locals: bound.locals),
                                            depth: depth + 1) { return found }
                default:
                    continue
                }
            }
            return nil
        case .call(let name, _, let arguments) where ["any", "union", "shallowmerge"].contains(name.lowercased()):
            for argument in arguments.reversed() {
                if let found = property(key, of: BoundValue(value: argument, instance: bound.instance, locals: bound.locals),
                                        depth: depth + 1) { return found }
            }
            return nil
        case .variable(let name):
            guard let variable = template.variable(named: name) else { return nil }
            return property(key, of: BoundValue(value: variable.value, instance: bound.instance, locals: [:]), depth: depth + 1)
        case .parameter(let name):
            if let (argument, parent) = moduleArgument(name, of: bound.instance) {
                return property(key, of: BoundValue(value: argument, instance: parent, locals: [:]), depth: depth + 1)
            }
            guard let defaultValue = template.parameter(named: name)?.defaultValue else { return nil }
            return property(key, of: BoundValue(value: defaultValue, instance: bound.instance, locals: [:]), depth: depth + 1)
        case .local(let name):
            return bound.locals[name].flatMap { property(key, of: $0, depth: depth + 1) }
        case .unary(.nonNull, let inner), .binary(.coalesce, let inner, _):
            return property(key, of: BoundValue(value: inner, instance: bound.instance, locals: bound.locals), depth: depth + 1)
        default:
            return nil
        }
    }

    /// `item.principalId` (also `item.?principalId`, `item.a.b`) of a loop element, as written.
    func itemPath(_ value: Value, item: String, element: BoundValue, depth: Int = 0) -> BoundValue? {
        guard within(depth, AnalysisLimits.nameDepth) else { return nil }
        switch value.kind {
        case .local(let name) where name == item:
            return element
        case .member(let base, let name, _):
            return itemPath(base, item: item, element: element, depth: depth + 1).flatMap { property(name, of: $0) }
        case .unary(.nonNull, let inner):
            return itemPath(inner, item: item, element: element, depth: depth + 1)
        default:
            return nil
        }
    }
}
