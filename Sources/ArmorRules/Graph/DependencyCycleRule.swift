import ArmorAnalysis

/// See Rules/dependency-cycle.md.
struct DependencyCycleRule: Rule {
    static let metadata = RuleMetadata(
        id: .dependencyCycle, severity: .error, category: .graph, languages: [.bicep, .arm],
        summary: "Resources whose dependencies form a cycle can never be deployed.")

    func check(_ context: DeploymentAnalysis, into report: inout RuleReport) {
        for instance in context.ownInstances {
            let entry = context.deployment.instances[instance]
            for cycle in Cycles.find(entry.graph) {
                let refs = cycle.map { ResourceRef(instance: instance, index: $0) }
                guard let first = refs.first else { continue }
                let names = (refs + [first]).map { "'\(context.displayName($0))'" }.joined(separator: " → ")
                let notes = refs.dropFirst().map { context.note("'\(context.displayName($0))' is part of the cycle", $0) }
                let fix = CycleFix.make(cycle, instance: instance, context)
                report.add("dependency cycle: \(names); Resource Manager rejects the deployment",
                           at: context.location(first), notes: Array(notes),
                           help: fix?.title ?? "remove one of the dependencies (an explicit dependsOn entry or a reference) to break the cycle",
                           fix: fix)
            }
        }
    }
}
