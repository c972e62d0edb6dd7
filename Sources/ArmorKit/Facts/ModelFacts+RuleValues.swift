import ArmorAnalysis
import ArmorRules

/// The values the network and security rules read, beside the Foundry ones in `ModelFacts`:
/// each read the way its rule reads it (same paths, same helpers), so that the oracle checks
/// what the rules actually see.
extension ModelFacts {
    static func ruleValues(_ ref: ResourceRef, _ resource: Resource, _ context: DeploymentAnalysis) -> [(String, Traced?)] {
        var out: [(String, Traced?)] = []
        let instance = ref.instance
        let type = resource.resourceType
        func value(_ name: String, _ first: String, _ second: String? = nil) {
            let found = second.map { context.bodyValue(ref, first, $0) } ?? context.bodyValue(ref, first)
            guard let found else { return }
            out.append((name, known(found)))
        }
        // The compiler gives sub- and management-group-scope deployments a location of their own.
        if type != .deployment { value("location", "location") }
        value("kind", "kind")
        // Every property, partly known: a wide net for lowering and evaluator differences. Not for
        // deployments, which Bicep keeps as resources when ARM reads them as nested templates.
        if let properties = resource.body.property("properties"), type != .deployment {
            out.append(("properties", .known(renderPartial(context.evaluate(properties, in: instance)))))
        }
        value("publicNetworkAccess", "properties", "publicNetworkAccess")
        switch type {
        case .keyVault:
            value("enableSoftDelete", "properties", "enableSoftDelete")
            value("enablePurgeProtection", "properties", "enablePurgeProtection")
        case .virtualNetwork:
            out.append(("addressPrefixes", .known(VnetDockerBridgeRangeRule.virtualNetworkPrefixes(resource, instance, context)
                .joined(separator: ","))))
        case .subnet:
            out.append(("addressPrefixes", .known(VnetDockerBridgeRangeRule.subnetPrefixes(resource.body.property("properties"), instance, context)
                .joined(separator: ","))))
        case .privateEndpoint:
            let linked = PrivateEndpointPublicAccessRule.linkedResources(resource, instance, context)
            out.append(("privateLinkService", linked.first.map { .trace($0, path: []) }))
            if let subnet = resource.body.path("properties", "subnet", "id") {
                let vnet = PrivateEndpointRegionRule.virtualNetwork(of: subnet, instance, context)
                out.append(("virtualNetwork", vnet.map { .trace($0, path: []) }))
            }
        default:
            break
        }
        if type.isRoleAssignment {
            value("principalType", "properties", "principalType")
        }
        return out
    }
}
