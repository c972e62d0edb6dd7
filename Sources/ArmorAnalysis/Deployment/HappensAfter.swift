import ArmorBase

/// The happens-after relation of rules.md ("Terms") over a whole deployment: X happens-after Y
/// when Resource Manager cannot start X before Y has finished. Paths follow every dependency
/// edge (compiler-written, explicit, and ARM-inferred), into modules (a resource inside module M
/// waits for everything M waits for) and out of them (M finishes after everything inside it).
public struct HappensAfter: Sendable {
    /// Whether a path orders two declarations.
    public enum Ordering: Sendable, Equatable {
        /// Every path is unconditional: always ordered.
        case always
        /// Ordered only when these intermediate declarations, whose conditions are unknown, deploy.
        case onlyIf([ResourceRef])
        case never
    }

    /// Deployment state of a declaration's condition: true, false, or unknown (nil).
    public typealias ConditionOracle = (ResourceRef) -> Bool?

    private let refs: [ResourceRef]
    private let nodeOf: [ResourceRef: Int]
    /// Real declarations first (`refs.count` of them), then one "start" node per loaded module.
    private var successors: [[Int]]
    private var deployed: [Bool?]

    public init(_ deployment: Deployment, condition: ConditionOracle = { _ in true }) {
        refs = deployment.allResources
        var nodeOf: [ResourceRef: Int] = [:]
        for (node, ref) in refs.enumerated() { nodeOf[ref] = node }
        self.nodeOf = nodeOf
        successors = Array(repeating: [], count: refs.count)
        deployed = refs.map(condition)
        for (node, ref) in refs.enumerated() {
            for edge in deployment.instances[ref.instance].graph.edges[ref.index] {
                if let target = nodeOf[ResourceRef(instance: ref.instance, index: edge.target)] {
                    successors[node].append(target)
                }
            }
        }
        for (module, instance) in deployment.moduleTargets.sorted(by: { $0.key < $1.key }) {
            guard let moduleNode = nodeOf[module] else { continue }
            // A start node stands for "M may begin": inner declarations wait on it, it waits on
            // M's own dependencies. It is unconditional: inner declarations exist only if M does.
            let start = successors.count
            successors.append(successors[moduleNode])
            deployed.append(true)
            let inner = deployment.instances[instance].template.resources.indices.compactMap {
                nodeOf[ResourceRef(instance: instance, index: $0)]
            }
            for node in inner {
                successors[node].append(start)
                successors[moduleNode].append(node)
            }
        }
    }

    /// Does `later` happen after `earlier`? `assuming`: declarations with unknown conditions
    /// that deploy whenever the question matters (they share a condition with an endpoint).
    public func ordering(_ later: ResourceRef, after earlier: ResourceRef, assuming: Set<ResourceRef> = []) -> Ordering {
        guard let from = nodeOf[later], let to = nodeOf[earlier], from != to else { return .never }
        let assumed = Set(assuming.compactMap { nodeOf[$0] })
        if search(from: from, to: to, throughConditional: false, assumed) != nil { return .always }
        guard let path = search(from: from, to: to, throughConditional: true, assumed) else { return .never }
        let conditional = path.dropFirst().dropLast().filter { $0 < refs.count && deployed[$0] == nil && !assumed.contains($0) }
        return .onlyIf(conditional.map { refs[$0] })
    }

    /// The graph `armor plan` layers (whole-deployment questions, where a search per pair would
    /// be cubic): what each node waits for directly, declarations known not to deploy cut out,
    /// as `ordering(_:after:)` cuts them. Nodes: `node(of:)` for declarations, then module starts.
    package func waitGraph() -> [[Int]] {
        successors.indices.map { node in
            deployed[node] == false ? [] : successors[node].filter { deployed[$0] != false }
        }
    }

    package func node(of ref: ResourceRef) -> Int? { nodeOf[ref] }

    /// True when `later` always waits for `earlier`.
    public func isAlwaysAfter(_ later: ResourceRef, _ earlier: ResourceRef) -> Bool {
        ordering(later, after: earlier) == .always
    }

    /// Breadth-first search; returns the node path from `from` to `to`. Declarations known not to
    /// deploy are cut out; those with unknown conditions are crossed only when allowed.
    private func search(from: Int, to: Int, throughConditional: Bool, _ assumed: Set<Int>) -> [Int]? {
        var previous = Array(repeating: -1, count: successors.count)
        previous[from] = from
        var queue = [from]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in successors[node] where previous[next] < 0 {
                if next == to {
                    previous[next] = node
                    var path = [to]
                    var cursor = node
                    while cursor != from { path.append(cursor); cursor = previous[cursor] }
                    path.append(from)
                    return path.reversed()
                }
                switch deployed[next] {
                case false?: continue
                case nil where !throughConditional && !assumed.contains(next): continue
                default: break
                }
                previous[next] = node
                queue.append(next)
            }
        }
        return nil
    }
}
