import ArmorSyntax

/// `resourceId` and its siblings, evaluated to a structured `KnownResourceId`.
extension Evaluator {
    func resourceIdFunction(_ function: String, _ arguments: [Value], _ values: [KnownValue]) -> KnownValue? {
        switch function {
        case "resourceid":
            // resourceId([subscriptionId], [resourceGroupName], type, name…): the type is the
            // first argument that looks like one; what precedes it is scope.
            guard let t = typePosition(values, maxPosition: 2) else { return .unknown }
            let scopeArgs = Array(arguments[0..<t])
            let scope: KnownResourceId.Scope
            switch scopeArgs.count {
            case 0: scope = deploymentScope
            case 1: scope = .resourceGroup(subscription: nil, group: scopePart(scopeArgs[0]))
            default: scope = .resourceGroup(subscription: scopePart(scopeArgs[0]), group: scopePart(scopeArgs[1]))
            }
            return makeId(scope, values, typeAt: t)
        case "subscriptionresourceid":
            guard let t = typePosition(values, maxPosition: 1) else { return .unknown }
            let scope = KnownResourceId.Scope.subscription(t == 1 ? scopePart(arguments[0]) : nil)
            return makeId(scope, values, typeAt: t)
        case "tenantresourceid":
            guard typePosition(values, maxPosition: 0) == 0 else { return .unknown }
            return makeId(.tenant, values, typeAt: 0)
        case "extensionresourceid":
            guard values.count >= 3, let type = values[1].stringValue, Self.isResourceType(type) else {
                return .unknown
            }
            return makeId(.extension(values[0]), values, typeAt: 1)
        default:
            return nil
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
