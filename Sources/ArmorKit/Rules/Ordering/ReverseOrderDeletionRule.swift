/// See Rules/reverse-order-deletion.md.
struct ReverseOrderDeletionRule: Rule {
    static let metadata = RuleMetadata(
        id: .reverseOrderDeletion, severity: .error, category: .deploymentOrder, languages: [.bicep, .arm],
        summary: "Teardown must delete resources in the reverse of their creation order.")

    func check(_ context: RuleContext, into report: inout RuleReport) {
    }
}
