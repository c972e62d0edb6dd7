import ArmorBase
import ArmorAnalysis

/// See Rules/unnecessary-dependson.md.
struct UnnecessaryDependsOnRule: Rule {
    static let metadata = RuleMetadata(
        id: .unnecessaryDependsOn, severity: .warning, category: .graph, languages: [.bicep, .arm],
        summary: "An explicit dependsOn entry that is already implied, or that points at an existing resource, orders nothing.")

    func check(_ context: DeploymentAnalysis, into report: inout RuleReport) {
        for instance in context.ownInstances {
            let entry = context.deployment.instances[instance]
            let graph = entry.graph
            for index in graph.edges.indices {
                let ref = ResourceRef(instance: instance, index: index)
                guard context.isDeployed(ref) != false else { continue }
                for edge in graph.edges[index] where edge.kinds.contains(.explicit) {
                    let target = ResourceRef(instance: instance, index: edge.target)
                    guard let reason = redundancy(of: edge, from: index, graph, context, instance) else { continue }
                    report.add("dependsOn entry '\(context.displayName(target))' of '\(context.displayName(ref))' \(reason)",
                               at: context.location(ref),
                               notes: [Note("entry written here", at: entry.template.location(edge.span))],
                               help: "remove '\(context.displayName(target))' from dependsOn")
                }
            }
        }
    }

    private func redundancy(of edge: Edge, from source: Int, _ graph: DependencyGraph, _ context: DeploymentAnalysis,
                            _ instance: Int) -> String? {
        let target = edge.target
        let template = context.deployment.instances[instance].template
        // In an ARM 2.0 template an existing resource is a node Resource Manager reads (a GET)
        // before its dependents start, so waiting for it is not nothing (dependency-semantics §7.5).
        if template.resources[target].existing && template.language == .bicep {
            return "points at an existing resource, which is not deployed, so it orders nothing"
        }
        if edge.kinds.contains(.reference) || edge.kinds.contains(.parent) {
            return "is already implied by a reference to it"
        }
        // Implied through another path that never crosses a declaration of unknown condition.
        var seen: Set<Int> = [source]
        var queue = graph.edges[source].filter { $0.target != target }.map(\.target)
        while let next = queue.popLast() {
            guard seen.insert(next).inserted else { continue }
            if context.evaluation.ordersThrough(ResourceRef(instance: instance, index: next)) != true { continue }
            for dependency in graph.edges[next] {
                if dependency.target == target {
                    let via = context.displayName(ResourceRef(instance: instance, index: next))
                    return "is already implied: it waits for '\(via)', which waits for it"
                }
                queue.append(dependency.target)
            }
        }
        return nil
    }
}
