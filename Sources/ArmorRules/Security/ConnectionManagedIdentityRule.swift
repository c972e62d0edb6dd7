import ArmorAnalysis

/// See Rules/connection-managed-identity.md.
struct ConnectionManagedIdentityRule: Rule {
    static let metadata = RuleMetadata(
        id: .connectionManagedIdentity, severity: .info, category: .security, languages: [.bicep, .arm],
        summary: "Connections should authenticate with a managed identity rather than keys or secrets where the target supports Microsoft Entra ID.")

    static let secretAuthTypes: Set<String> = ["apikey", "accountkey", "sas", "serviceprincipal", "customkeys"]
    /// Connection categories whose targets accept Microsoft Entra ID tokens.
    static let entraCategories: Set<String> = [
        "azureopenai", "cognitivesearch", "cognitiveservice", "aiservices", "azureblob", "azuredatalakegen2",
        "azurestorageaccount", "cosmosdb", "azuresqldb", "containerregistry", "azurekeyvault", "apimanagement",
    ]

    func check(_ context: DeploymentAnalysis, into report: inout RuleReport) {
        for connection in context.foundry.connections {
            let resource = context.deployment.resource(connection.ref)
            let evaluator = context.evaluation.evaluator(connection.ref.instance)
            guard let auth = connection.authType, Self.secretAuthTypes.contains(auth.lowercased()),
                  let category = evaluator.evaluate(resource.body.path("properties", "category") ?? .unknown(at: .zero)).stringValue,
                  Self.entraCategories.contains(category.lowercased()) else { continue }
            report.add("connection '\(context.displayName(connection.ref))' authenticates to \(category) with \(auth); "
                       + "\(category) accepts Microsoft Entra ID, so a managed identity needs no secret",
                       at: context.location(connection.ref),
                       help: "set authType: 'AAD' (or 'ProjectManagedIdentity') and grant the identity a data-plane role on the target")
        }
    }
}
