import ArmorAnalysis

/// See Rules/private-endpoint-public-access.md.
package struct PrivateEndpointPublicAccessRule: Rule {
    package static let metadata = RuleMetadata(
        id: .privateEndpointPublicAccess, severity: .warning, category: .network, languages: [.bicep, .arm],
        summary: "A Foundry account or hub reached through a private endpoint should disable public network access.")

    package func check(_ context: DeploymentAnalysis, into report: inout RuleReport) {
        var reported = Set<ResourceRef>()
        for ref in context.deployment.declarations(ofType: { $0 == .privateEndpoint }) {
            let endpoint = context.deployment.resource(ref)
            guard endpoint.resourceType == .privateEndpoint, context.isDeployed(ref) != false else { continue }
            for target in Self.linkedResources(endpoint, ref.instance, context) where !reported.contains(target) {
                let resource = context.deployment.resource(target)
                guard !resource.existing, Self.isAccountOrHub(resource, target.instance, context) else { continue }
                // Evaluated where written as one expression (ARM's compiled `shallowMerge(...)`).
                let access = context.bodyValue(target, "properties", "publicNetworkAccess")
                if let access {
                    guard let text = access.stringValue, text.lowercased() != "disabled" else { continue }
                }
                reported.insert(target)
                let state = access == nil ? "leaves publicNetworkAccess at its default (Enabled)" : "keeps publicNetworkAccess enabled"
                report.add("'\(context.displayName(target))' is reached through private endpoint '\(context.displayName(ref))' "
                           + "but \(state), so it stays reachable from the internet",
                           at: context.location(target), notes: [context.note("private endpoint '\(context.displayName(ref))' declared here", ref)],
                           help: "set properties.publicNetworkAccess: 'Disabled'")
            }
        }
    }

    /// Resources a private endpoint connects to (`privateLinkServiceId`).
    package static func linkedResources(_ endpoint: Resource, _ instance: Int, _ context: DeploymentAnalysis) -> [ResourceRef] {
        var targets: [ResourceRef] = []
        for key in ["privateLinkServiceConnections", "manualPrivateLinkServiceConnections"] {
            guard let list = endpoint.body.path("properties", key), case .array(let entries) = list.kind else { continue }
            for case .element(let connection) in entries {
                guard let id = connection.path("properties", "privateLinkServiceId"),
                      let target = context.tracer.resolveResource(id, in: instance) else { continue }
                targets.append(target)
            }
        }
        return targets
    }

    static func isAccountOrHub(_ resource: Resource, _ instance: Int, _ context: DeploymentAnalysis) -> Bool {
        let type = resource.resourceType
        if type == .account { return true }
        guard type == .mlWorkspace, let kind = resource.body.property("kind") else { return false }
        return context.evaluate(kind, in: instance).stringValue?.lowercased() == "hub"
    }
}
