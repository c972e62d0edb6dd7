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
        let happensAfter = context.happensAfter
        let graph = happensAfter.waitGraph()
        let nodes = resources.map { happensAfter.node(of: $0) }
        var counted = [Bool](repeating: false, count: graph.count)
        for case let node? in nodes { counted[node] = true }
        let layers = Layering.layers(graph, counted: counted)
        waves = Self.grouped(resources, Self.layers(of: nodes, layers)).groups
        (teardown, reasons) = Self.deletionOrder(resources, nodes, graph, counted, context)
    }

    /// Each resource's layer: a resource outside the graph (no node) waits for nothing.
    static func layers(of nodes: [Int?], _ layers: [Int?]) -> [Int?] {
        nodes.map { node in node.map { layers[$0] } ?? 0 }
    }

    /// Resources by layer, in their own order within a layer; those with no layer (on or behind
    /// a cycle) come last, together.
    static func grouped(_ resources: [ResourceRef], _ layers: [Int?]) -> (groups: [[ResourceRef]], stuck: [ResourceRef]) {
        var groups: [[ResourceRef]] = []
        var stuck: [ResourceRef] = []
        for (resource, layer) in zip(resources, layers) {
            guard let layer else { stuck.append(resource); continue }
            while groups.count <= layer { groups.append([]) }
            groups[layer].append(resource)
        }
        if !stuck.isEmpty { groups.append(stuck) }
        return (groups, stuck)
    }
}
