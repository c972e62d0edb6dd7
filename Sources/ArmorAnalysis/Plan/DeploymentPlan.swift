/// The order a deployment runs in, and the order to take it down again: what `armor plan`
/// prints and what `reverse-order-deletion` checks teardown scripts against.
public struct DeploymentPlan {
    /// Deployed resources (no modules, no `existing`, none known not to deploy) by wave: a
    /// resource is in the wave after the latest resource it happens-after.
    public var waves: [[ResourceRef]]
    /// Deletion order: reverse creation order, with the Foundry rules on top (ordinary
    /// connections, then the Key Vault connection, then its grant and the projects, then the
    /// account, then the vault).
    public var teardown: [ResourceRef]
    /// Why a step waits for more than what depends on it (the non-obvious ones, for `armor plan`).
    public var reasons: [ResourceRef: [TeardownReason]] = [:]

    /// A deletion constraint that the dependency graph alone does not give.
    public enum TeardownReason: Sendable, Equatable {
        /// A Key Vault connection goes after the other connections of its account.
        case afterOtherConnections(account: ResourceRef, connections: [ResourceRef])
        /// A vault goes after the account whose Key Vault connection stores secrets in it.
        case afterAccount(ResourceRef, connection: ResourceRef)
        /// A project, or the account's grant on the vault, goes after the Key Vault connection.
        case afterKeyVaultConnection(ResourceRef)
        /// Part of a dependency cycle: no order is right, this one is a guess.
        case cycle
    }

    public init(_ context: DeploymentAnalysis) {
        let resources = context.deployment.allResources.filter {
            let resource = context.deployment.resource($0)
            return resource.kind == .resource && !resource.existing && context.isDeployed($0) != false
        }
        let after = Self.creationOrder(resources, context)
        waves = Self.levels(resources, after)
        (teardown, reasons) = Self.deletionOrder(resources, after, context)
    }

    /// `after[x]`: the resources x waits for (happens-after, restricted to `resources`).
    static func creationOrder(_ resources: [ResourceRef], _ context: DeploymentAnalysis) -> [ResourceRef: Set<ResourceRef>] {
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
}
