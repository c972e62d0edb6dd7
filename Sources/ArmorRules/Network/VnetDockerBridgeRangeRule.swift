import ArmorSyntax
import ArmorAnalysis

/// See Rules/vnet-docker-bridge-range.md.
package struct VnetDockerBridgeRangeRule: Rule {
    package static let metadata = RuleMetadata(
        id: .vnetDockerBridgeRange, severity: .warning, category: .network, languages: [.bicep, .arm],
        summary: "Virtual network and subnet address ranges must not overlap the Docker bridge range 172.17.0.0/16.")

    package func check(_ context: DeploymentAnalysis, into report: inout RuleReport) {
        for ref in context.deployment.declarations(ofType: { $0 == .virtualNetwork || $0 == .subnet }) {
            let resource = context.deployment.resource(ref)
            guard !resource.existing else { continue }
            let type = resource.resourceType
            // The type test before the deployment test, which costs an evaluation.
            guard type == .virtualNetwork || type == .subnet, context.isDeployed(ref) != false else { continue }
            let prefixes = type == .virtualNetwork
                ? Self.virtualNetworkPrefixes(resource, ref.instance, context)
                : Self.subnetPrefixes(resource.body.property("properties"), ref.instance, context)
            let overlapping = prefixes.filter { DockerBridge.overlaps($0) == true }
            guard !overlapping.isEmpty else { continue }
            let list = overlapping.map { "'\($0)'" }.joined(separator: ", ")
            report.add("'\(context.displayName(ref))' uses \(list), which overlaps the Docker bridge network 172.17.0.0/16; "
                       + "containers and build agents on it cannot reach these addresses",
                       at: context.location(ref),
                       help: "choose an address range outside 172.17.0.0/16 (for example 10.0.0.0/16)")
        }
    }

    /// The address space and the inline subnets' prefixes.
    package static func virtualNetworkPrefixes(_ resource: Resource, _ instance: Int, _ context: DeploymentAnalysis) -> [String] {
        var prefixes = strings(context.evaluate(resource.body.path("properties", "addressSpace", "addressPrefixes"), in: instance))
        let subnets = context.evaluate(resource.body.path("properties", "subnets"), in: instance)
        for subnet in subnets.arrayValue ?? [] {
            prefixes += strings(subnet.path("properties", "addressPrefix") ?? .null)
            prefixes += strings(subnet.path("properties", "addressPrefixes") ?? .null)
        }
        return prefixes
    }

    package static func subnetPrefixes(_ properties: Value?, _ instance: Int, _ context: DeploymentAnalysis) -> [String] {
        guard let properties else { return [] }
        return strings(context.evaluate(properties.property("addressPrefix"), in: instance))
            + strings(context.evaluate(properties.property("addressPrefixes"), in: instance))
    }

    private static func strings(_ value: KnownValue) -> [String] {
        if let s = value.stringValue { return [s] }
        return (value.arrayValue ?? []).compactMap(\.stringValue)
    }
}
