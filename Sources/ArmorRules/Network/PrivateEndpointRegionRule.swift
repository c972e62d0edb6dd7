import ArmorSyntax
import ArmorAnalysis

/// See Rules/private-endpoint-region.md.
package struct PrivateEndpointRegionRule: Rule {
    package static let metadata = RuleMetadata(
        id: .privateEndpointRegion, severity: .error, category: .network, languages: [.bicep, .arm],
        summary: "A private endpoint must be in the same region as its virtual network.")

    package func check(_ context: DeploymentAnalysis, into report: inout RuleReport) {
        for ref in context.deployment.declarations(ofType: { $0 == .privateEndpoint }) {
            let resource = context.deployment.resource(ref)
            guard resource.resourceType == .privateEndpoint, !resource.existing,
                  context.isDeployed(ref) != false,
                  let endpointRegion = Self.region(of: resource, ref.instance, context),
                  let subnet = resource.body.path("properties", "subnet", "id"),
                  let vnet = Self.virtualNetwork(of: subnet, ref.instance, context),
                  let vnetRegion = Self.region(of: context.deployment.resource(vnet), vnet.instance, context),
                  Self.normalized(endpointRegion) != Self.normalized(vnetRegion) else { continue }
            report.add("private endpoint '\(context.displayName(ref))' is in '\(endpointRegion)' but its virtual network "
                       + "'\(context.displayName(vnet))' is in '\(vnetRegion)'; a private endpoint must be in its network's region",
                       at: context.location(ref),
                       notes: [context.note("virtual network '\(context.displayName(vnet))' declared here", vnet)],
                       help: "set the private endpoint's location to the virtual network's location (e.g. vnet.location)")
        }
    }

    static func region(of resource: Resource, _ instance: Int, _ context: DeploymentAnalysis) -> String? {
        guard let location = resource.body.property("location") else { return nil }
        return context.evaluate(location, in: instance).stringValue
    }

    /// "West Europe" and "westeurope" are the same region.
    static func normalized(_ region: String) -> String {
        String(region.lowercased().unicodeScalars.filter { $0 != " " })
    }

    /// The virtual network a subnet id belongs to: a subnet declaration's parent, a virtual
    /// network read by `vnet.properties.subnets[i].id`, or a subnet resource id with a known name.
    package static func virtualNetwork(of subnet: Value, _ instance: Int, _ context: DeploymentAnalysis) -> ResourceRef? {
        if let trace = context.tracer.trace(subnet, in: instance) {
            let type = context.deployment.resource(trace.resource).resourceType
            if type == .virtualNetwork { return trace.resource }
            if type == .subnet {
                if let parent = context.deployment.resource(trace.resource).parent {
                    return ResourceRef(instance: trace.resource.instance, index: parent)
                }
                if let full = context.names.fullName(trace.resource), let vnetName = full.split(separator: "/").first {
                    return context.names.find(type: .virtualNetwork, fullName: String(vnetName), near: instance)
                }
            }
        }
        if case .resourceId(let id) = context.evaluate(subnet, in: instance), id.resourceType == .subnet,
           let vnetName = id.names.first?.stringValue {
            return context.names.find(type: .virtualNetwork, fullName: vnetName, near: instance)
        }
        return nil
    }
}
