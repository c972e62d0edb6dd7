import ArmorSyntax
import ArmorAnalysis

/// Matches a teardown script's delete commands to the template's resources by type and name.
/// A command that could mean several resources (a name only known at run time) matches none.
/// `existing` declarations take part: the script may delete what the template only refers to.
/// Declarations of one resource (the deployed one and `existing` copies in other modules: same
/// type and known full name) are one candidate, so a delete never turns ambiguous through them.
struct DeleteMatcher {
    struct Step {
        var command: DeleteCommand
        var target: ResourceRef?
    }

    struct Candidate {
        /// The deployed declaration when there is one, else the first `existing` one.
        var ref: ResourceRef
        var type: ResourceType
        /// Lower-cased own name (last segment) and parents' names, when known.
        var name: String?
        var parents: [String]
        /// Only `existing` declarations: the template does not create it.
        var isExternal: Bool
    }

    let context: DeploymentAnalysis
    private(set) var candidates: [Candidate] = []
    /// Every declaration of the same resource, by declaration (a resource alone is its own).
    private var aliases: [ResourceRef: [ResourceRef]] = [:]
    /// Resource declarations that may deploy, `existing` ones included.
    private let declarations: [ResourceRef]

    init(_ context: DeploymentAnalysis) {
        self.context = context
        declarations = context.deployment.allResources.filter {
            context.deployment.resource($0).kind == .resource && context.isDeployed($0) != false
        }
        var byKey: [TypedName: Int] = [:]
        var groups: [[ResourceRef]] = []
        for ref in declarations {
            if let full = context.names.fullName(ref) {
                let key = TypedName(type: context.deployment.resource(ref).resourceType, name: full)
                if let group = byKey[key] { groups[group].append(ref); continue }
                byKey[key] = groups.count
            }
            groups.append([ref])
        }
        for group in groups {
            for ref in group { aliases[ref] = group }
            let deployed = group.filter { !context.deployment.resource($0).existing }
            let primary = deployed.first ?? group[0]
            let segments = context.names.fullName(primary)?.split(separator: "/").map(String.init)
            candidates.append(Candidate(ref: primary, type: context.deployment.resource(primary).resourceType,
                                        name: segments?.last, parents: Array((segments ?? []).dropLast()),
                                        isExternal: deployed.isEmpty))
        }
    }

    func steps(_ script: TeardownScript) -> [Step] {
        script.commands.map { Step(command: $0, target: match($0)) }
    }

    /// All declarations of the resource `ref` declares.
    func aliases(of ref: ResourceRef) -> [ResourceRef] { aliases[ref] ?? [ref] }

    /// True when the template creates it (some declaration is not `existing`).
    func isCreated(_ ref: ResourceRef) -> Bool {
        aliases(of: ref).contains { !context.deployment.resource($0).existing }
    }

    private func match(_ command: DeleteCommand) -> ResourceRef? {
        let types: Set<ResourceType>
        switch command.kind {
        case .resourceGroup, .keyVaultPurge: return nil
        case .connection: types = [.accountConnection, .projectConnection]
        case .account: types = [.account]
        case .project: types = [.project]
        case .keyVault: types = [.keyVault]
        case .privateEndpoint: types = [.privateEndpoint]
        case .resource:
            guard let type = command.resourceType.map(ResourceType.init) else { return nil }
            types = [type]
        }
        var pool = candidates.filter { types.contains($0.type) }
        if let type = command.resourceType.map(ResourceType.init), command.kind != .resource {
            let exact = pool.filter { $0.type == type }
            if !exact.isEmpty { pool = exact }
        }
        if command.hasOpaqueArguments && command.name.value == nil { return nil }
        // Known text decides, whether whole or in runs around run-time parts; resources whose
        // name is unknown could be the one, a known name that does not fit is not.
        if let name = command.name.value?.lowercased() {
            pool = pool.filter { $0.name == nil || $0.name == name }
        } else if let pattern = command.namePattern {
            pool = pool.filter { $0.name.map(pattern.matches) ?? true }
        }
        let parents = command.parentNames.compactMap { $0.value?.lowercased() }
        if parents.count == command.parentNames.count, !parents.isEmpty {
            pool = pool.filter { $0.parents.isEmpty || $0.parents == parents || $0.parents.first == parents.first }
        } else {
            pool = pool.filter { candidate in
                zip(candidate.parents, command.parentNames.indices).allSatisfy { name, i in
                    Self.fits(name, command.parentNames[i], i < command.parentPatterns.count ? command.parentPatterns[i] : nil)
                }
            }
        }
        // An `existing` reference of unknown name that bears the written name would be the
        // declared resource of that name itself: the known name wins. A name read at run time
        // could mean either, and stays ambiguous.
        if let name = command.name.value?.lowercased(), pool.contains(where: { $0.name == name }) {
            pool.removeAll { $0.name == nil && $0.isExternal }
        }
        return pool.count == 1 ? pool[0].ref : nil
    }

    private static func fits(_ name: String, _ written: KnownString, _ pattern: NamePattern?) -> Bool {
        if let value = written.value { return value.lowercased() == name }
        return pattern?.matches(name) ?? true
    }

    /// The resource and everything under it (deleting a parent deletes its children), with every
    /// declaration of each.
    func withDescendants(_ ref: ResourceRef) -> Set<ResourceRef> {
        var result = Set(aliases(of: ref))
        let type = context.deployment.resource(ref).resourceType
        if let name = context.names.fullName(ref) {
            for other in declarations where context.deployment.resource(other).resourceType.isDescendant(of: type) {
                if let full = context.names.fullName(other), full.hasPrefix(name + "/") { result.insert(other) }
            }
        }
        var changed = true
        while changed {
            changed = false
            for other in declarations where !result.contains(other) {
                if let parent = context.deployment.resource(other).parent,
                   result.contains(ResourceRef(instance: other.instance, index: parent)) {
                    result.formUnion(aliases(of: other))
                    changed = true
                }
            }
        }
        for member in result { result.formUnion(aliases(of: member)) }
        return result
    }

    /// Does `later` happen after `earlier`? Any declaration of `earlier` counts (a dependency on
    /// an `existing` copy is a dependency on the resource); of `later`, only created ones: where an
    /// `existing` reference sits in the graph says nothing about when the resource was made.
    func happensAfter(_ later: ResourceRef, _ earlier: ResourceRef) -> Bool {
        let earlierRefs = aliases(of: earlier)
        return aliases(of: later).contains { declaration in
            !context.deployment.resource(declaration).existing
                && earlierRefs.contains { context.happensAfter.ordering(declaration, after: $0) == .always }
        }
    }
}
