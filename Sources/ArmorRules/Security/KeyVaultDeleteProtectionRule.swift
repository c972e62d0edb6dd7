import ArmorAnalysis

/// See Rules/keyvault-delete-protection.md.
struct KeyVaultDeleteProtectionRule: Rule {
    static let metadata = RuleMetadata(
        id: .keyvaultDeleteProtection, severity: .warning, category: .security, languages: [.bicep, .arm],
        summary: "A Key Vault behind a Key Vault connection must have soft delete and purge protection enabled.")

    func check(_ context: DeploymentAnalysis, into report: inout RuleReport) {
        var reported = Set<ResourceRef>()
        for connection in context.foundry.connections where connection.hasKeyVault {
            guard let vault = KeyVaultGrants.vault(of: connection, context), reported.insert(vault).inserted else { continue }
            let resource = context.deployment.resource(vault)
            guard !resource.existing else { continue }
            var missing: [String] = []
            if context.bodyValue(vault, "properties", "enableSoftDelete")?.boolValue == false {
                missing.append("soft delete is disabled")
            }
            if let value = context.bodyValue(vault, "properties", "enablePurgeProtection") {
                if value.isUnknown { continue }
                if value.boolValue != true { missing.append("purge protection is off") }
            } else {
                missing.append("purge protection is not enabled")
            }
            guard !missing.isEmpty else { continue }
            report.add("Key Vault '\(context.displayName(vault))' holds the secrets of Key Vault connection "
                       + "'\(context.displayName(connection.ref))' but \(missing.joined(separator: " and ")); deleting or purging it "
                       + "breaks the account's connections", at: context.location(vault),
                       notes: [context.note("Key Vault connection '\(context.displayName(connection.ref))' declared here", connection.ref)],
                       help: "set enableSoftDelete: true and enablePurgeProtection: true on the vault")
        }
    }
}
