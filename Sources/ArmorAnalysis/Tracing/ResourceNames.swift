/// Full names (`account/project/connection`) of every declaration, evaluated once, for matching
/// resource ids and `parent/child` names to declarations across the deployment.
package struct ResourceNames {
    /// Lower-cased full name per declaration, nil when unknown.
    private var fullNames: [ResourceRef: String] = [:]
    private var byTypeAndName: [TypedName: [ResourceRef]] = [:]

    init(_ deployment: Deployment, evaluation: DeploymentEvaluation) {
        for ref in deployment.allResources {
            guard let name = Self.fullName(ref, deployment, evaluation, depth: 0) else { continue }
            let resource = deployment.resource(ref)
            if resource.existing { existingRefs.insert(ref) }
            fullNames[ref] = name
            byTypeAndName[TypedName(type: resource.resourceType, name: name), default: []].append(ref)
        }
    }

    package func fullName(_ ref: ResourceRef) -> String? { fullNames[ref] }

    /// The declaration with this type and full name; the nearest instance wins when several
    /// modules declare the same resource (an `existing` copy and the deployed one).
    package func find(type: ResourceType, fullName: String, near instance: Int) -> ResourceRef? {
        guard let refs = byTypeAndName[TypedName(type: type, name: fullName.lowercased())], !refs.isEmpty else { return nil }
        if let local = refs.first(where: { $0.instance == instance && !isExisting($0) }) ?? refs.first(where: { $0.instance == instance }) {
            return local
        }
        return refs.first
    }

    package func all(type: ResourceType, fullName: String) -> [ResourceRef] {
        byTypeAndName[TypedName(type: type, name: fullName.lowercased())] ?? []
    }

    private var existingRefs: Set<ResourceRef> = []
    private func isExisting(_ ref: ResourceRef) -> Bool { existingRefs.contains(ref) }


    private static func fullName(_ ref: ResourceRef, _ deployment: Deployment, _ evaluation: DeploymentEvaluation,
                                 depth: Int) -> String? {
        guard depth < AnalysisLimits.nameDepth else { return nil }
        let resource = deployment.resource(ref)
        guard let own = evaluation.evaluate(resource.name, in: ref.instance).stringValue else { return nil }
        let segments = resource.type.split(separator: "/").count - 1
        let ownSegments = own.split(separator: "/", omittingEmptySubsequences: false).count
        if ownSegments >= segments { return own.lowercased() }
        guard let parent = resource.parent,
              let parentName = fullName(ResourceRef(instance: ref.instance, index: parent), deployment, evaluation, depth: depth + 1)
        else { return nil }
        return parentName + "/" + own.lowercased()
    }
}

/// A declaration's type and lower-cased full name (Azure names compare ignoring case): one
/// resource, whichever module declares it.
package struct TypedName: Hashable {
    package var type: ResourceType
    package var name: String

    package init(type: ResourceType, name: String) {
        self.type = type
        self.name = name
    }
}
