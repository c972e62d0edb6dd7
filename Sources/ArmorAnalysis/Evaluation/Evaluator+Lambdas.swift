import ArmorSyntax

/// `reduce`, `sort`, `toObject`, `groupBy` and `mapValues` over known arrays and objects (`map`
/// and `filter` are in `Evaluator+Functions`). A lambda's parameters are bound as locals; in
/// ARM, `lambda('x', …)` and `lambdaVariables('x')` are lowered to the same `.lambda`/`.local`.
extension Evaluator {
    /// Sorting compares every pair in the worst case; bigger arrays stay unknown.
    static let maxSortCount = 1_000

    func lambdaTransform(_ function: String, _ arguments: [Value]) -> KnownValue? {
        switch (function, arguments.count) {
        case ("reduce", 3): return reduce(arguments)
        case ("sort", 2): return sort(arguments)
        case ("toobject", 2...3): return toObject(arguments)
        case ("groupby", 2): return groupBy(arguments)
        case ("mapvalues", 2): return mapValues(arguments)
        case ("reduce", _), ("sort", _), ("toobject", _), ("groupby", _), ("mapvalues", _): return .unknown
        default: return nil
        }
    }

    /// Charges `work` to the step budget (building an object key by key costs its size each
    /// time); false once the budget is spent, and the caller gives up with `.unknown`.
    func charge(_ work: Int) -> Bool {
        budget.steps += work
        return budget.steps < stepBudget
    }

    /// What building `value` may have cost: an object built key by key looks up each key among
    /// the ones before it, so its cost grows with the square of its size.
    private func size(_ value: KnownValue) -> Int {
        switch value {
        case .object(let object): 1 + object.count * object.count / 2
        case .array(let items): 1 + items.count
        default: 1
        }
    }

    /// Calls a lambda literal with `values` bound to its first parameters; nil when `lambda`
    /// is not one or takes more parameters than given.
    func apply(_ lambda: Value, _ values: [KnownValue]) -> KnownValue? {
        guard case .lambda(let parameters, let body) = lambda.kind, !parameters.isEmpty,
              parameters.count <= values.count else { return nil }
        var bound: [String: KnownValue] = [:]
        for (name, value) in zip(parameters, values) { bound[name] = value }
        return binding(bound).evaluate(body)
    }

    /// `reduce(array, initial, (current, next[, index]) => …)`.
    private func reduce(_ arguments: [Value]) -> KnownValue {
        guard let items = evaluate(arguments[0]).arrayValue else { return .unknown }
        var current = evaluate(arguments[1])
        for (i, item) in items.enumerated() {
            guard let next = apply(arguments[2], [current, item, .int(Int64(i))]), charge(size(next)) else { return .unknown }
            current = next
        }
        return current
    }

    /// `sort(array, (a, b) => a < b)`: a stable insertion sort, unknown as soon as one
    /// comparison is.
    private func sort(_ arguments: [Value]) -> KnownValue {
        guard let items = evaluate(arguments[0]).arrayValue, items.count <= Self.maxSortCount else { return .unknown }
        var sorted: [KnownValue] = []
        sorted.reserveCapacity(items.count)
        for item in items {
            var position = sorted.count
            while position > 0 {
                guard let less = apply(arguments[1], [item, sorted[position - 1]])?.boolValue else { return .unknown }
                if !less { break }
                position -= 1
            }
            sorted.insert(item, at: position)
        }
        return .array(sorted)
    }

    /// `toObject(array, item => key[, item => value])`; a repeated key is unknown.
    private func toObject(_ arguments: [Value]) -> KnownValue {
        guard let items = evaluate(arguments[0]).arrayValue else { return .unknown }
        var object = KnownObject()
        for item in items {
            guard charge(object.count), let key = apply(arguments[1], [item])?.stringValue,
                  object[key] == nil else { return .unknown }
            if arguments.count == 3 {
                guard let value = apply(arguments[2], [item]) else { return .unknown }
                object[key] = value
            } else {
                object[key] = item
            }
        }
        return .object(object)
    }

    /// `groupBy(array, item => key)`: keys in first-seen order, items in array order.
    private func groupBy(_ arguments: [Value]) -> KnownValue {
        guard let items = evaluate(arguments[0]).arrayValue else { return .unknown }
        var object = KnownObject()
        for item in items {
            guard charge(object.count), let key = apply(arguments[1], [item])?.stringValue else { return .unknown }
            object[key] = .array((object[key]?.arrayValue ?? []) + [item])
        }
        return .object(object)
    }

    /// `mapValues(object, value => …)`.
    private func mapValues(_ arguments: [Value]) -> KnownValue {
        guard let object = evaluate(arguments[0]).objectValue else { return .unknown }
        var result = KnownObject()
        for entry in object.entries {
            guard let value = apply(arguments[1], [entry.value]) else { return .unknown }
            result[entry.key] = value
        }
        return .object(result)
    }
}
