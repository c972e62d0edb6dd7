import ArmorBase
import ArmorSyntax
import ArmorAnalysis

/// The fix of a dependency cycle when one edge is clearly the wrong one: of all the edges among
/// the cycle's declarations, exactly one is a written `dependsOn` entry that nothing else implies
/// (no reference, parent or scope; ARM infers nothing; no resource id of the target in its values)
/// and whose removal leaves them acyclic. The other edges carry values, so that entry is the only
/// way out. Any other cycle gets no fix.
enum CycleFix {
    static let maxTries = 64

    static func make(_ cycle: [Int], instance: Int, _ context: DeploymentAnalysis) -> Fix? {
        let entry = context.deployment.instances[instance]
        let graph = entry.graph
        guard let first = cycle.first else { return nil }
        let members = component(of: first, graph)
        let removable = members.sorted().flatMap { source in
            graph.edges[source].filter { $0.kinds == .explicit && members.contains($0.target) }.map { (source: source, edge: $0) }
        }
        // Each try costs a walk of the component: a hostile tangle of entries is not a clear case.
        guard removable.count <= maxTries else { return nil }
        let candidates = removable.filter { isAcyclic(members, graph, without: ($0.source, $0.edge.target)) }
        guard candidates.count == 1, let (source, edge) = candidates.first,
              !namesTarget(ResourceRef(instance: instance, index: source), edge.target, context),
              let entries = DependsOnEntries(entry.template, source),
              let element = entries.element(for: edge, entry.template) else { return nil }
        // The entry must name this target only: removing it must remove no other edge.
        let item = entries.items[element]
        guard !graph.edges[source].contains(where: { $0.target != edge.target && $0.kinds.contains(.explicit)
            && item.start <= $0.span.start && $0.span.end <= item.end }) else { return nil }
        // Entries a reference or the parent already implies (unnecessary-dependson removes them):
        // when only those would be left, the whole `dependsOn` goes, not to leave `[]` behind.
        let implied = Set(graph.edges[source].filter { $0.kinds.contains(.explicit) && !$0.kinds.isDisjoint(with: [.reference, .parent]) }
            .compactMap { entries.element(for: $0, entry.template) })
        let dropsAll = Set(entries.items.indices).isSubset(of: implied.union([element]))
        let target = context.displayName(ResourceRef(instance: instance, index: edge.target))
        let owner = context.displayName(ResourceRef(instance: instance, index: source))
        let title = dropsAll && entries.items.count > 1
            ? "remove the dependsOn of '\(owner)': its entry '\(target)' closes the cycle, references imply the others"
            : "remove '\(target)' from the dependsOn of '\(owner)': the cycle's other dependencies come from values"
        return entries.removal(of: element, alsoRemoved: implied, title: title)
    }

    /// Whether a value of the declaration, outside its `dependsOn`, names the target by resource
    /// id (`resourceId(…)`, `resourceInfo('sym')`, an id literal, a variable holding one): the
    /// target must exist first, yet no dependency is inferred from an id, so the entry orders it.
    private static func namesTarget(_ ref: ResourceRef, _ target: Int, _ context: DeploymentAnalysis) -> Bool {
        let resource = context.deployment.resource(ref)
        var values = [resource.condition, resource.scope].compactMap { $0 }
        if case .object(let entries) = resource.body.kind {
            for entry in entries {
                if case .property(let key, _, _) = entry, ASCIICase.equal(key, "dependsOn") { continue }
                switch entry {
                case .property(_, _, let value), .unknownKey(_, let value), .spread(let value): values.append(value)
                }
            }
        }
        var found = false
        for value in values where !found {
            value.visit { node in
                guard !found else { return }
                let candidate: Value?
                switch node.kind {
                case .call(let name, _, let arguments) where ASCIICase.equal(name, "resourceInfo"): candidate = arguments.first
                case .call(let name, _, _): candidate = ResourceIdFunction.arm(name) != nil ? node : nil
                case .string(let text): candidate = KnownResourceId(parsing: text) != nil ? node : nil
                case .variable: candidate = node
                default: candidate = nil
                }
                guard let candidate, let named = context.tracer.resolveResource(candidate, in: ref.instance) else { return }
                found = named == ResourceRef(instance: ref.instance, index: target)
            }
        }
        return found
    }

    /// The declarations that reach `node` and that `node` reaches (its strongly connected component).
    private static func component(of node: Int, _ graph: DependencyGraph) -> Set<Int> {
        var predecessors = Array(repeating: [Int](), count: graph.count)
        for source in graph.edges.indices {
            for edge in graph.edges[source] where edge.target < graph.count { predecessors[edge.target].append(source) }
        }
        let forward = reach(node) { graph.edges[$0].map(\.target).filter { $0 < graph.count } }
        let backward = reach(node) { predecessors[$0] }
        return forward.intersection(backward)
    }

    private static func reach(_ start: Int, _ next: (Int) -> [Int]) -> Set<Int> {
        var seen: Set<Int> = [start]
        var queue = [start]
        while let node = queue.popLast() {
            for successor in next(node) where seen.insert(successor).inserted { queue.append(successor) }
        }
        return seen
    }

    /// Whether the members' edges among themselves, less one, form no cycle (Kahn's algorithm).
    private static func isAcyclic(_ members: Set<Int>, _ graph: DependencyGraph, without removed: (Int, Int)) -> Bool {
        var inside: [Int: [Int]] = [:]
        var pending: [Int: Int] = Dictionary(uniqueKeysWithValues: members.map { ($0, 0) })
        for source in members {
            for edge in graph.edges[source] where members.contains(edge.target) && !(source == removed.0 && edge.target == removed.1) {
                inside[source, default: []].append(edge.target)
                pending[edge.target, default: 0] += 1
            }
        }
        var ready = members.filter { pending[$0] == 0 }
        var done = 0
        while let node = ready.popFirst() {
            done += 1
            for target in inside[node] ?? [] {
                pending[target, default: 0] -= 1
                if pending[target] == 0 { ready.insert(target) }
            }
        }
        return done == members.count
    }
}
