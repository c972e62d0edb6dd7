/// The order a deployment runs in, and the order to take it down again: what `armor plan`
/// prints and what `reverse-order-deletion` checks teardown scripts against.
public struct DeploymentPlan {
    /// Deployed resources (no modules, no `existing`, none known not to deploy) by wave: a
    /// resource is in the wave after the latest resource it happens-after.
    public var waves: [[ResourceRef]]
    /// Deletion order: reverse creation order, with the Foundry rules on top (ordinary
    /// connections before the Key Vault connection, the vault only after its account).
    public var teardown: [ResourceRef]

    public init(_ context: RuleContext) {
        let resources = context.deployment.allResources.filter {
            let resource = context.deployment.resource($0)
            return resource.kind == .resource && !resource.existing && context.isDeployed($0) != false
        }
        let after = Self.creationOrder(resources, context)
        waves = Self.levels(resources, after)
        teardown = Self.deletionOrder(resources, after, context)
    }

    /// `after[x]`: the resources x waits for (happens-after, restricted to `resources`).
    static func creationOrder(_ resources: [ResourceRef], _ context: RuleContext) -> [ResourceRef: Set<ResourceRef>] {
        var after: [ResourceRef: Set<ResourceRef>] = [:]
        for x in resources {
            after[x] = Set(resources.filter { $0 != x && context.happensAfter.ordering(x, after: $0) != .never })
        }
        return after
    }

    static func levels(_ resources: [ResourceRef], _ after: [ResourceRef: Set<ResourceRef>]) -> [[ResourceRef]] {
        var level: [ResourceRef: Int] = [:]
        var remaining = resources
        var waves: [[ResourceRef]] = []
        while !remaining.isEmpty {
            let ready = remaining.filter { x in (after[x] ?? []).allSatisfy { level[$0] != nil } }
            // A cycle never becomes ready: put what is left in one last wave.
            let wave = ready.isEmpty ? remaining : ready
            for x in wave { level[x] = waves.count }
            waves.append(wave)
            remaining.removeAll { level[$0] != nil }
        }
        return waves
    }

    /// Reverse topological order of "must be deleted before": a resource goes before
    /// everything it happens-after; ordinary connections before their account's Key Vault
    /// connection; an account before the vault its Key Vault connection uses.
    static func deletionOrder(_ resources: [ResourceRef], _ after: [ResourceRef: Set<ResourceRef>],
                              _ context: RuleContext) -> [ResourceRef] {
        var before: [ResourceRef: Set<ResourceRef>] = [:]   // before[y]: deleted before y
        for (x, ys) in after { for y in ys { before[y, default: []].insert(x) } }
        let inventory = context.foundry
        let present = Set(resources)
        for account in inventory.accounts.indices {
            let connections = inventory.connections(of: account)
            guard let kv = connections.first(where: \.hasKeyVault) else { continue }
            for other in connections where other.ref != kv.ref && present.contains(other.ref) {
                before[kv.ref, default: []].insert(other.ref)
            }
            if let vault = KeyVaultGrants.vault(of: kv, context), present.contains(vault) {
                for declaration in inventory.accounts[account].declarations where present.contains(declaration) {
                    before[vault, default: []].insert(declaration)
                }
            }
        }
        var order: [ResourceRef] = []
        var placed = Set<ResourceRef>()
        var remaining = resources
        while !remaining.isEmpty {
            let ready = remaining.filter { y in (before[y] ?? []).allSatisfy { placed.contains($0) || !present.contains($0) } }
            let next = ready.isEmpty ? remaining : ready
            order += next
            placed.formUnion(next)
            remaining.removeAll { placed.contains($0) }
        }
        return order
    }
}
