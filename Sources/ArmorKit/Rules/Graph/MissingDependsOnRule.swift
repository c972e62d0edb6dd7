/// See Rules/missing-dependson.md.
struct MissingDependsOnRule: Rule {
    static let metadata = RuleMetadata(
        id: .missingDependsOn, severity: .error, category: .graph, languages: [.arm],
        summary: "A resource that reads another resource of the template by its resource id must depend on it.")

    static let idFunctions: Set<String> = ["resourceid", "subscriptionresourceid", "tenantresourceid", "extensionresourceid"]

    func check(_ context: RuleContext, into report: inout RuleReport) {
        for instance in context.ownInstances where context.deployment.instances[instance].template.language == .arm {
            let entry = context.deployment.instances[instance]
            for index in entry.template.resources.indices {
                let ref = ResourceRef(instance: instance, index: index)
                var reported = Set<ResourceRef>()
                for (call, target) in readsById(ref, context) where !reported.contains(target) {
                    let ordering = context.happensAfter.ordering(ref, after: target)
                    guard ordering != .always else { continue }
                    reported.insert(target)
                    let severity: Severity? = ordering == .never ? nil : .warning
                    report.add("'\(context.displayName(ref))' calls \(call)() on the resource id of '\(context.displayName(target))' "
                               + "but does not depend on it; Resource Manager infers no dependency from a resource id, "
                               + "so the read can run before the resource exists",
                               at: context.location(ref), severity: severity,
                               notes: [context.note("'\(context.displayName(target))' declared here", target)],
                               help: "add the same resourceId(...) to the dependsOn of '\(context.displayName(ref))'")
                }
            }
        }
    }

    /// `reference(resourceId(...))` / `listKeys('<full id>', …)` calls in the resource, with the
    /// deployed resource of the same template they name.
    private func readsById(_ ref: ResourceRef, _ context: RuleContext) -> [(String, ResourceRef)] {
        var found: [(String, ResourceRef)] = []
        context.deployment.resource(ref).body.visit { node in
            guard case .call(let name, _, let arguments) = node.kind, let argument = arguments.first else { return }
            let lower = name.lowercased()
            guard lower == "reference" || lower.hasPrefix("list") else { return }
            let isId: Bool
            switch argument.kind {
            case .call(let inner, _, _): isId = Self.idFunctions.contains(inner.lowercased())
            case .string(let text): isId = text.hasPrefix("/subscriptions/") || text.hasPrefix("/providers/")
            default: isId = false
            }
            guard isId, let target = context.tracer.resolveResource(argument, in: ref.instance),
                  target.instance == ref.instance, target != ref,
                  !context.deployment.resource(target).existing else { return }
            found.append((name, target))
        }
        return found
    }
}
