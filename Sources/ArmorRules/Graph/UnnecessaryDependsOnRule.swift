import ArmorBase
import ArmorAnalysis

/// See Rules/unnecessary-dependson.md.
struct UnnecessaryDependsOnRule: Rule {
    static let metadata = RuleMetadata(
        id: .unnecessaryDependsOn, severity: .warning, category: .graph, languages: [.bicep, .arm],
        summary: "An explicit dependsOn entry that is already implied, or that points at an existing resource, orders nothing.")

    /// Why an entry orders nothing, and what to point the reader at.
    struct Redundancy {
        var reason: String
        var note: Note
    }

    func check(_ context: DeploymentAnalysis, into report: inout RuleReport) {
        for instance in context.ownInstances {
            let entry = context.deployment.instances[instance]
            let graph = entry.graph
            for index in graph.edges.indices {
                let ref = ResourceRef(instance: instance, index: index)
                // The cheap test first: most declarations have no explicit dependsOn, and whether
                // one deploys costs an evaluation.
                guard graph.edges[index].contains(where: { $0.kinds.contains(.explicit) }),
                      context.isDeployed(ref) != false else { continue }
                var found: [(edge: Edge, redundancy: Redundancy)] = []
                for edge in graph.edges[index] where edge.kinds.contains(.explicit) {
                    guard let redundancy = redundancy(of: edge, from: index, graph, context, instance) else { continue }
                    found.append((edge, redundancy))
                }
                guard !found.isEmpty else { continue }
                let entries = DependsOnEntries(entry.template, index)
                let all = Set(found.compactMap { entries?.element(for: $0.edge, entry.template) })
                for (edge, var redundancy) in found {
                    let target = ResourceRef(instance: instance, index: edge.target)
                    // A note must not point at the entry itself.
                    if let span = redundancy.note.location?.span, redundancy.note.location?.path == entry.template.path,
                       entries?.contains(span) == true {
                        redundancy.note = context.note("'\(context.displayName(target))' declared here; "
                                                       + "\(edge.kinds.contains(.parent) ? "it is the parent" : "the body references it")", target)
                    }
                    let element = entries?.element(for: edge, entry.template)
                    let fix = element.flatMap { entries?.removal(of: $0, alsoRemoved: all, title: .remove(context.displayName(target))) }
                    report.add("dependsOn entry '\(context.displayName(target))' of '\(context.displayName(ref))' \(redundancy.reason)",
                               at: element.flatMap { entries?.location(of: $0) } ?? context.location(ref),
                               notes: [redundancy.note], help: .remove(context.displayName(target)), fix: fix)
                }
            }
        }
    }

    private func redundancy(of edge: Edge, from source: Int, _ graph: DependencyGraph, _ context: DeploymentAnalysis,
                            _ instance: Int) -> Redundancy? {
        let target = edge.target
        let targetRef = ResourceRef(instance: instance, index: target)
        let template = context.deployment.instances[instance].template
        // In an ARM 2.0 template an existing resource is a node Resource Manager reads (a GET)
        // before its dependents start, so waiting for it is not nothing (dependency-semantics §7.5).
        if template.resources[target].existing && template.language == .bicep {
            return Redundancy(reason: "points at an existing resource, which is not deployed, so it orders nothing",
                              note: context.note("existing resource '\(context.displayName(targetRef))' declared here", targetRef))
        }
        if edge.kinds.contains(.parent) {
            return Redundancy(reason: "is already implied by a reference to it",
                              note: Note("implied by the parent relation to '\(context.displayName(targetRef))'", at: template.location(edge.span)))
        }
        if edge.kinds.contains(.reference) {
            return Redundancy(reason: "is already implied by a reference to it",
                              note: Note("implied by a reference to '\(context.displayName(targetRef))'", at: template.location(edge.span)))
        }
        // Implied through another path that never crosses a declaration of unknown condition.
        var seen: Set<Int> = [source]
        var queue = graph.edges[source].filter { $0.target != target }.map(\.target)
        while let next = queue.popLast() {
            guard seen.insert(next).inserted else { continue }
            let nextRef = ResourceRef(instance: instance, index: next)
            if context.evaluation.ordersThrough(nextRef) != true { continue }
            for dependency in graph.edges[next] {
                if dependency.target == target {
                    let via = context.displayName(nextRef)
                    return Redundancy(reason: "is already implied: it waits for '\(via)', which waits for it",
                                      note: context.note("implied by '\(via)', which waits for '\(context.displayName(targetRef))'", nextRef))
                }
                queue.append(dependency.target)
            }
        }
        return nil
    }
}

extension String {
    fileprivate static func remove(_ target: String) -> String { "remove '\(target)' from dependsOn" }
}
