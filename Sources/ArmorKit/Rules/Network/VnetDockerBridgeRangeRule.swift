/// See Rules/vnet-docker-bridge-range.md.
struct VnetDockerBridgeRangeRule: Rule {
    static let metadata = RuleMetadata(
        id: .vnetDockerBridgeRange, severity: .warning, category: .network, languages: [.bicep, .arm],
        summary: "Virtual network and subnet address ranges must not overlap the Docker bridge range 172.17.0.0/16.")

    func check(_ context: RuleContext, into report: inout RuleReport) {
    }
}
