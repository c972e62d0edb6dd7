/// Matches a teardown script's delete commands to the template's resources by type and name.
/// A command that could mean several resources (a name only known at run time) matches none.
struct DeleteMatcher {
    struct Step {
        var command: DeleteCommand
        var target: ResourceRef?
    }

    private let context: RuleContext
    /// Deployed, non-existing resources with their lower-cased own name (last segment).
    private let candidates: [(ref: ResourceRef, type: String, name: String?, parents: [String])]

    init(_ context: RuleContext) {
        self.context = context
        candidates = context.deployment.allResources.compactMap { ref in
            let resource = context.deployment.resource(ref)
            guard resource.kind == .resource, !resource.existing, context.isDeployed(ref) != false else { return nil }
            let segments = context.names.fullName(ref)?.split(separator: "/").map(String.init)
            return (ref, resource.type.lowercased(), segments?.last, Array((segments ?? []).dropLast()))
        }
    }

    func steps(_ script: TeardownScript) -> [Step] {
        script.commands.map { Step(command: $0, target: match($0)) }
    }

    private func match(_ command: DeleteCommand) -> ResourceRef? {
        let types: Set<String>
        switch command.kind {
        case .resourceGroup, .keyVaultPurge: return nil
        case .connection: types = [AzureTypes.accountConnection, AzureTypes.projectConnection]
        case .account: types = [AzureTypes.account]
        case .project: types = [AzureTypes.project]
        case .keyVault: types = [AzureTypes.keyVault]
        case .privateEndpoint: types = [AzureTypes.privateEndpoint]
        case .resource:
            guard let type = command.resourceType?.lowercased() else { return nil }
            types = [type]
        }
        var pool = candidates.filter { types.contains($0.type) }
        if let type = command.resourceType?.lowercased(), command.kind != .resource {
            let exact = pool.filter { $0.type == type }
            if !exact.isEmpty { pool = exact }
        }
        if let name = command.name.value?.lowercased() {
            // Resources whose name is unknown could be the one; a known different name is not.
            pool = pool.filter { $0.name == nil || $0.name == name }
            let parents = command.parentNames.compactMap { $0.value?.lowercased() }
            if parents.count == command.parentNames.count, !parents.isEmpty {
                pool = pool.filter { $0.parents.isEmpty || $0.parents == parents || $0.parents.first == parents.first }
            }
        } else if command.hasOpaqueArguments {
            return nil
        }
        return pool.count == 1 ? pool[0].ref : nil
    }

    /// The resource and everything under it (deleting a parent deletes its children).
    func withDescendants(_ ref: ResourceRef) -> Set<ResourceRef> {
        var result: Set<ResourceRef> = [ref]
        guard let name = context.names.fullName(ref) else { return result }
        let type = context.deployment.resource(ref).type.lowercased()
        for candidate in candidates where candidate.type.hasPrefix(type + "/") {
            if let full = context.names.fullName(candidate.ref), full.hasPrefix(name + "/") { result.insert(candidate.ref) }
        }
        var changed = true
        while changed {
            changed = false
            for candidate in candidates where !result.contains(candidate.ref) {
                if let parent = context.deployment.resource(candidate.ref).parent,
                   result.contains(ResourceRef(instance: candidate.ref.instance, index: parent)) {
                    result.insert(candidate.ref)
                    changed = true
                }
            }
        }
        return result
    }

    func describe(_ ref: ResourceRef) -> String {
        let type = context.deployment.resource(ref).type.lowercased()
        let kind: String
        switch type {
        case AzureTypes.accountConnection, AzureTypes.projectConnection:
            kind = context.foundry.connections.first { $0.ref == ref }?.hasKeyVault == true ? "Key Vault connection" : "connection"
        case AzureTypes.account: kind = "account"
        case AzureTypes.project: kind = "project"
        case AzureTypes.keyVault: kind = "Key Vault"
        default: kind = "resource"
        }
        let name = context.names.fullName(ref).map { $0.split(separator: "/").last.map(String.init) ?? $0 }
        let symbol = context.displayName(ref)
        if let name, name != symbol.lowercased() { return "\(kind) '\(name)' ('\(symbol)')" }
        return "\(kind) '\(symbol)'"
    }

    /// The script's own deletions, rearranged in teardown order.
    func suggestedOrder(_ steps: [Step], plan: DeploymentPlan) -> String {
        let targets = Set(steps.compactMap(\.target))
        let ordered = plan.teardown.filter { targets.contains($0) }
        return ordered.map { step in
            let line = steps.first { $0.target == step }?.command.line
            return describe(step) + (line.map { " (line \($0))" } ?? "")
        }.joined(separator: ", then ")
    }
}
