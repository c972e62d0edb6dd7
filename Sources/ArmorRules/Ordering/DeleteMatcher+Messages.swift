import ArmorAnalysis

/// How `reverse-order-deletion` names the resources a script deletes, and the order it suggests.
extension DeleteMatcher {
    func describe(_ ref: ResourceRef) -> String {
        let type = context.deployment.resource(ref).resourceType
        let kind: String
        switch type {
        case .accountConnection, .projectConnection:
            kind = context.foundry.connections.first { $0.ref == ref }?.hasKeyVault == true ? "Key Vault connection" : "connection"
        case .account: kind = "account"
        case .project: kind = "project"
        case .keyVault: kind = "Key Vault"
        default: kind = "resource"
        }
        let name = context.names.fullName(ref).map { $0.split(separator: "/").last.map(String.init) ?? $0 }
        let symbol = context.displayName(ref)
        if let name, name != symbol.lowercased() { return "\(kind) '\(name)' ('\(symbol)')" }
        return "\(kind) '\(symbol)'"
    }

    /// The script's own deletions, rearranged in teardown order. Resources the template only
    /// refers to (`existing`) predate everything it creates, so they come last: children before
    /// parents, Key Vaults after the accounts that use them.
    func suggestedOrder(_ steps: [Step], plan: DeploymentPlan) -> String {
        var targets: [ResourceRef] = []
        for step in steps { if let target = step.target, !targets.contains(target) { targets.append(target) } }
        let created = plan.teardown.filter { targets.contains($0) }
        let external = targets.filter { !created.contains($0) }.enumerated().sorted { a, b in
            let ka = externalRank(a.element), kb = externalRank(b.element)
            return ka != kb ? ka < kb : a.offset < b.offset
        }.map(\.element)
        return (created + external).map { step in
            let line = steps.first { $0.target == step }?.command.line
            return describe(step) + (line.map { " (line \($0))" } ?? "")
        }.joined(separator: ", then ")
    }

    /// Key Vaults last; otherwise deeper types (children) first.
    private func externalRank(_ ref: ResourceRef) -> Int {
        let type = context.deployment.resource(ref).resourceType
        if type == .keyVault { return 100 }
        return 9 - type.typeNames.count
    }
}
