import ArmorSyntax
import ArmorAnalysis

/// See Rules/missing-dependson.md.
struct MissingDependsOnRule: Rule {
    static let metadata = RuleMetadata(
        id: .missingDependsOn, severity: .error, category: .graph, languages: [.arm],
        summary: "A resource that reads another resource of the template by its resource id must depend on it.")

    /// A `reference()`/`list*()` call on a resource id. `reader` is the declaration whose
    /// expression holds the call; for an output of an inline nested template, the deployment
    /// resource (the output is read when everything inside has finished).
    struct Read {
        var call: String
        var reader: ResourceRef
        /// The instance whose expression holds the call.
        var origin: Int
        var targets: [ResourceRef]
        var inOutput: Bool
    }

    func check(_ context: DeploymentAnalysis, into report: inout RuleReport) {
        let own = Set(context.ownInstances)
        for instance in context.ownInstances where context.deployment.instances[instance].template.language == .arm {
            var reads: [Read] = []
            let template = context.deployment.instances[instance].template
            for index in template.resources.indices {
                let ref = ResourceRef(instance: instance, index: index)
                reads += readsById(in: context.deployment.resource(ref).body, of: instance, reader: ref, own: own, context)
            }
            if let module = context.deployment.instances[instance].deployedBy, own.contains(module.instance) {
                for output in template.outputs {
                    reads += readsById(in: output.value, of: instance, reader: module, own: own, context)
                        .map { Read(call: $0.call, reader: $0.reader, origin: instance, targets: $0.targets, inOutput: true) }
                }
            }
            var reported = Set<[ResourceRef]>()
            for read in reads {
                guard let finding = unordered(read, context), reported.insert([read.reader, finding.target]).inserted else { continue }
                report.add(finding.message, at: context.location(finding.site), severity: finding.severity,
                           notes: [context.note("'\(context.displayName(finding.target))' declared here", finding.target)],
                           help: finding.help)
            }
        }
    }

    /// `reference(resourceId(...))` / `listKeys('<full id>', …)` calls in `value`, with the
    /// declarations deployed by this file that the id names.
    private func readsById(in value: Value, of instance: Int, reader: ResourceRef, own: Set<Int>,
                           _ context: DeploymentAnalysis) -> [Read] {
        var found: [Read] = []
        value.visit { node in
            guard case .call(let name, _, let arguments) = node.kind, let argument = arguments.first else { return }
            guard ResourceIdFunction.readsResource(name) else { return }
            let isId: Bool
            switch argument.kind {
            case .call(let inner, _, _): isId = ResourceIdFunction.arm(inner) != nil
            case .string(let text): isId = ResourceIdFunction.isFullIdLiteral(text)
            default: isId = false
            }
            guard isId, let target = context.tracer.resolveResource(argument, in: instance),
                  !context.deployment.resource(target).existing else { return }
            let targets = sameResource(as: target, own: own, context)
            if !targets.isEmpty { found.append(Read(call: name, reader: reader, origin: instance, targets: targets, inOutput: false)) }
        }
        return found
    }
}
