import ArmorBase
import ArmorAnalysis

/// See Rules/dependson-unknown.md.
struct DependsOnUnknownRule: Rule {
    static let metadata = RuleMetadata(
        id: .dependsOnUnknown, severity: .error, category: .graph, languages: [.arm],
        summary: "A dependsOn entry must name a resource of the same template.")

    func check(_ context: DeploymentAnalysis, into report: inout RuleReport) {
        for instance in context.ownInstances where context.deployment.instances[instance].template.language == .arm {
            let entry = context.deployment.instances[instance]
            for (index, unresolved) in entry.graph.unresolved.enumerated() where !unresolved.isEmpty {
                let ref = ResourceRef(instance: instance, index: index)
                for dependency in unresolved {
                    report.add("dependsOn entry '\(dependency.text)' of '\(context.displayName(ref))' matches no resource of this template; "
                               + "Resource Manager fails with \"resource is not defined in the template\"",
                               at: context.location(ref),
                               notes: [Note("dependsOn entry '\(dependency.text)' written here", at: entry.template.location(dependency.span))],
                               help: "name a resource of the same template (resourceId(...) of its type and name, or its symbolic name), or remove the entry")
                }
            }
        }
    }
}
