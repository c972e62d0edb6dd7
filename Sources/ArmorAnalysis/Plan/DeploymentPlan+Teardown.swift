/// The deletion order (rules.md reverse-order-deletion): nothing goes while a resource that
/// happens-after it still exists, and for each Foundry account with a Key Vault connection:
/// ordinary connections, the Key Vault connection, its grant on the vault and the projects,
/// the account, and the vault last.
extension DeploymentPlan {
    /// "x is deleted before y", with the reason when the graph alone does not say so.
    struct Constraint {
        var first: ResourceRef
        var then: ResourceRef
        var reason: TeardownReason
    }

    /// Reverse creation order ("x waits for y" becomes "y waits for x's deletion") plus the
    /// Foundry constraints, layered like the waves; a cycle is placed last, as a guess.
    static func deletionOrder(_ resources: [ResourceRef], _ nodes: [Int?], _ waits: [[Int]], _ counted: [Bool],
                              _ context: DeploymentAnalysis) -> ([ResourceRef], [ResourceRef: [TeardownReason]]) {
        var deleteAfter = [[Int]](repeating: [], count: waits.count)
        for (node, targets) in waits.enumerated() { for target in targets { deleteAfter[target].append(node) } }
        var nodeOf: [ResourceRef: Int] = [:]
        for (resource, node) in zip(resources, nodes) { if let node { nodeOf[resource] = node } }
        var reasons: [ResourceRef: [TeardownReason]] = [:]
        for constraint in foundryConstraints(Set(resources), context) {
            if let first = nodeOf[constraint.first], let then = nodeOf[constraint.then] { deleteAfter[then].append(first) }
            // Already implied when the later one is a dependency of the earlier one.
            if context.happensAfter.ordering(constraint.first, after: constraint.then) == .never {
                reasons[constraint.then] = merge(constraint.reason, into: reasons[constraint.then] ?? [])
            }
        }
        let layers = Layering.layers(deleteAfter, counted: counted)
        let (groups, stuck) = grouped(resources, Self.layers(of: nodes, layers))
        for resource in stuck { reasons[resource, default: []].append(.cycle) }
        return (groups.flatMap { $0 }, reasons)
    }

    /// One reason per kind: the connections a Key Vault connection waits for are listed together.
    private static func merge(_ reason: TeardownReason, into reasons: [TeardownReason]) -> [TeardownReason] {
        var merged = reasons
        if case .afterOtherConnections(let account, let more) = reason,
           let i = merged.firstIndex(where: { if case .afterOtherConnections = $0 { true } else { false } }),
           case .afterOtherConnections(_, let listed) = merged[i] {
            merged[i] = .afterOtherConnections(account: account, connections: listed + more)
            return merged
        }
        if !merged.contains(where: { sameKind($0, reason) }) { merged.append(reason) }
        return merged
    }

    private static func sameKind(_ a: TeardownReason, _ b: TeardownReason) -> Bool {
        switch (a, b) {
        case (.afterOtherConnections, .afterOtherConnections), (.afterAccount, .afterAccount),
             (.afterKeyVaultConnection, .afterKeyVaultConnection), (.cycle, .cycle): true
        default: false
        }
    }

    /// Projects and grants need nothing towards the account: they depend on it already.
    private static func foundryConstraints(_ present: Set<ResourceRef>, _ context: DeploymentAnalysis) -> [Constraint] {
        let inventory = context.foundry
        var constraints: [Constraint] = []
        for account in inventory.accounts.indices {
            let connections = inventory.connections(of: account)
            guard let kv = connections.first(where: \.hasKeyVault), present.contains(kv.ref) else { continue }
            let primary = inventory.accounts[account].primary
            for other in connections where other.ref != kv.ref && present.contains(other.ref) {
                constraints.append(Constraint(first: other.ref, then: kv.ref,
                                              reason: .afterOtherConnections(account: primary, connections: [other.ref])))
            }
            // A second Key Vault connection (single-keyvault-connection's finding) still goes after
            // every ordinary connection.
            for extra in connections where extra.ref != kv.ref && extra.hasKeyVault && present.contains(extra.ref) {
                for other in connections where other.hasOrdinary && !other.hasKeyVault && present.contains(other.ref) {
                    constraints.append(Constraint(first: other.ref, then: extra.ref,
                                                  reason: .afterOtherConnections(account: primary, connections: [other.ref])))
                }
            }
            let vault = deployedVault(of: kv, present, context)
            var laterThanConnection = projects(of: account, present, context)
            for grant in KeyVaultGrants.grants(account: account, vault: vault, context) where present.contains(grant.ref) {
                laterThanConnection.append(grant.ref)
            }
            for ref in laterThanConnection where ref != kv.ref {
                constraints.append(Constraint(first: kv.ref, then: ref, reason: .afterKeyVaultConnection(kv.ref)))
            }
            guard let vault else { continue }
            for declaration in inventory.accounts[account].declarations where present.contains(declaration) {
                constraints.append(Constraint(first: declaration, then: vault, reason: .afterAccount(declaration, connection: kv.ref)))
            }
        }
        return constraints
    }

    private static func projects(of account: Int, _ present: Set<ResourceRef>, _ context: DeploymentAnalysis) -> [ResourceRef] {
        present.sorted().filter { ref in
            context.deployment.resource(ref).resourceType == .project
                && context.foundry.owner(of: ref, context).account == account
        }
    }

    /// The deployed vault behind a Key Vault connection: a module that adds the connection
    /// often declares the vault `existing`; the deployed declaration has the same name.
    private static func deployedVault(of connection: FoundryInventory.Connection, _ present: Set<ResourceRef>,
                                      _ context: DeploymentAnalysis) -> ResourceRef? {
        guard let vault = KeyVaultGrants.vault(of: connection, context) else { return nil }
        if present.contains(vault) { return vault }
        guard let name = context.names.fullName(vault) else { return nil }
        return context.names.all(type: .keyVault, fullName: name).first { present.contains($0) }
    }
}
