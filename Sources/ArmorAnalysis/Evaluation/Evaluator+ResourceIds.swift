import ArmorSyntax

/// `resourceId` and its siblings, evaluated to a structured `KnownResourceId`.
extension Evaluator {
    /// Looked up ignoring case in both languages, as the evaluator reads every function name
    /// (a wrongly-cased Bicep call is the compiler's error, not a different function).
    func resourceIdFunction(_ name: String, _ arguments: [Value], _ values: [KnownValue]) -> KnownValue? {
        guard let function = ResourceIdFunction.arm(name) else { return nil }
        switch function.layout {
        case .afterBaseId:
            guard values.count >= 3, let type = values[1].stringValue, Self.isResourceType(type) else {
                return .unknown
            }
            return makeId(.extension(values[0]), values, typeAt: 1)
        case .leadingScopes(let optionalScopes):
            // The type is the first argument that looks like one; what precedes it is scope.
            guard let t = typePosition(values, maxPosition: optionalScopes) else { return .unknown }
            return makeId(scope(of: function, Array(arguments[0..<t])), values, typeAt: t)
        }
    }

    /// The scope the arguments before the type name; no argument means the deployment's own.
    private func scope(of function: ResourceIdFunction, _ scopeArgs: [Value]) -> KnownResourceId.Scope {
        switch function {
        case .resourceId:
            switch scopeArgs.count {
            case 0: deploymentScope
            case 1: .resourceGroup(subscription: nil, group: scopePart(scopeArgs[0]))
            default: .resourceGroup(subscription: scopePart(scopeArgs[0]), group: scopePart(scopeArgs[1]))
            }
        case .subscriptionResourceId: .subscription(scopeArgs.first.flatMap(scopePart))
        case .managementGroupResourceId: .managementGroup(scopeArgs.first.flatMap(scopePart))
        case .tenantResourceId: .tenant
        case .extensionResourceId: .tenant   // not reached: its scope is its base id (`afterBaseId`)
        }
    }

    /// `resourceId(type, name)` means the template's own scope.
    var deploymentScope: KnownResourceId.Scope {
        switch environment.targetScope?.lowercased() {
        case "subscription": .subscription(nil)
        case "managementgroup": .managementGroup(nil)
        case "tenant": .tenant
        default: .resourceGroup(subscription: nil, group: nil)
        }
    }

    /// A scope argument; nil for the deployment's own (`subscription().subscriptionId`,
    /// `resourceGroup().name`), which compares equal to an omitted argument.
    private func scopePart(_ argument: Value) -> KnownValue? {
        if case .member(let base, let property, _) = argument.kind,
           case .call(let name, _, let args) = base.kind, args.isEmpty {
            let pair = (name.lowercased(), property.lowercased())
            if pair == ("subscription", "subscriptionid") || pair == ("resourcegroup", "name") { return nil }
        }
        return evaluate(argument)
    }

    /// A resource type is `Namespace.Provider/type[/child…]`. An unknown argument before the
    /// type makes the position undecidable.
    private func typePosition(_ values: [KnownValue], maxPosition: Int) -> Int? {
        for (i, value) in values.enumerated() where i <= maxPosition {
            guard let s = value.stringValue else {
                if value.isUnknown { continue }
                return nil
            }
            if Self.isResourceType(s) { return i }
        }
        return nil
    }

    static func isResourceType(_ s: String) -> Bool {
        let parts = s.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts[0].contains(".") && parts.allSatisfy { !$0.isEmpty }
    }

    /// Builds the id; names written with `/` (`'vnet/subnet'`) are split into segments.
    private func makeId(_ scope: KnownResourceId.Scope, _ values: [KnownValue], typeAt t: Int) -> KnownValue {
        guard let type = values[t].stringValue else { return .unknown }
        var names: [KnownValue] = []
        for value in values[(t + 1)...] {
            if let s = value.stringValue {
                names += s.split(separator: "/", omittingEmptySubsequences: false).map { .string(String($0)) }
            } else {
                names.append(value)
            }
        }
        let expected = type.split(separator: "/").count - 1
        guard names.count == expected, !values[(t + 1)...].contains(where: { $0.intValue != nil }) else {
            return .unknown
        }
        return .resourceId(KnownResourceId(scope: scope, type: type, names: names))
    }
}
