import ArmorBase

/// A declaration of one template instance of a deployment.
public struct ResourceRef: Hashable, Sendable, Comparable {
    /// Index into `Deployment.instances`.
    public var instance: Int
    /// Index into that instance's `template.resources`.
    public var index: Int

    public init(instance: Int, index: Int) {
        self.instance = instance
        self.index = index
    }

    public static func < (lhs: ResourceRef, rhs: ResourceRef) -> Bool {
        lhs.instance != rhs.instance ? lhs.instance < rhs.instance : lhs.index < rhs.index
    }
}

/// One template as deployed: the root file, a local module (once per `module` declaration that
/// uses it), or an inline nested ARM deployment. Rules and happens-after work on instances.
public struct TemplateInstance: Sendable {
    public var analyzed: AnalyzedTemplate
    /// The module declaration that deploys this instance; nil for the root.
    public var deployedBy: ResourceRef?
    /// Modules nesting depth (root = 0).
    public var depth: Int
    /// The registry or template-spec reference this instance was restored from (`br:…`, `ts:…`).
    public var registryReference: String? = nil

    public var template: Template { analyzed.template }
    public var graph: DependencyGraph { analyzed.graph }
}

/// The root template and every template it deploys through local modules and inline nested
/// deployments, loaded recursively. Registry and template-spec modules are loaded from the local
/// Bicep module cache when restored, else stay opaque.
public struct Deployment: Sendable {
    public var instances: [TemplateInstance]
    /// `moduleTargets[ref]`: the instance a module declaration deploys (absent for opaque ones).
    public var moduleTargets: [ResourceRef: Int]
    /// Module files that are missing, unreadable or cyclic.
    public var diagnostics: [Diagnostic]

    public var root: TemplateInstance { instances[0] }

    public func resource(_ ref: ResourceRef) -> Resource { instances[ref.instance].template.resources[ref.index] }

    public func template(of ref: ResourceRef) -> Template { instances[ref.instance].template }

    public func location(_ ref: ResourceRef) -> Location {
        let template = template(of: ref)
        return template.location(template.resources[ref.index].span)
    }

    /// Every declaration of every instance, instance by instance, in source order.
    /// Registry and template-spec modules armor could not see inside (not restored, or the
    /// lookup is off): whatever they deploy is unknown, so "nothing does X" cannot be decided.
    public var opaqueRegistryModules: [ResourceRef] {
        allResources.filter { ref in
            guard case .external(let text)? = resource(ref).module else { return false }
            return RegistryReference.isRegistryPath(text) && moduleTargets[ref] == nil
        }
    }

    /// The declarations whose resource type passes `test`, read in place: no `allResources`
    /// array and no copy of every `Resource` (a closure given the `Resource` itself copied each
    /// one, ~200,000 copies and releases over the corpus; rules test the type first anyway).
    package func declarations(ofType test: (ResourceType) -> Bool) -> [ResourceRef] {
        var refs: [ResourceRef] = []
        for i in instances.indices {
            let resources = instances[i].template.resources
            for j in resources.indices where test(ResourceType(resources[j].type)) {
                refs.append(ResourceRef(instance: i, index: j))
            }
        }
        return refs
    }

    public var allResources: [ResourceRef] {
        instances.indices.flatMap { i in instances[i].template.resources.indices.map { ResourceRef(instance: i, index: $0) } }
    }

    /// The chain of module declarations from the root down to the instance (outermost first).
    public func moduleChain(of instance: Int) -> [ResourceRef] {
        var chain: [ResourceRef] = []
        var current = instances[instance].deployedBy
        while let ref = current {
            chain.append(ref)
            current = instances[ref.instance].deployedBy
        }
        return chain.reversed()
    }
}
