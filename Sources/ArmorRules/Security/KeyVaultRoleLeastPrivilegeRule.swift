import ArmorAnalysis

/// See Rules/keyvault-role-least-privilege.md.
struct KeyVaultRoleLeastPrivilegeRule: Rule {
    static let metadata = RuleMetadata(
        id: .keyvaultRoleLeastPrivilege, severity: .info, category: .security, languages: [.bicep, .arm],
        summary: "A Key Vault connection needs only Key Vault Secrets Officer, not Administrator or Contributor.")

    func check(_ context: DeploymentAnalysis, into report: inout RuleReport) {
        let officer = RoleDefinition.keyVaultSecretsOfficer
        let inventory = context.foundry
        var reported = Set<ResourceRef>()
        for account in inventory.accounts.indices {
            guard let kv = inventory.connections(of: account).first(where: \.hasKeyVault) else { continue }
            let vault = KeyVaultGrants.vault(of: kv, context)
            for grant in KeyVaultGrants.grants(account: account, vault: vault, context) {
                guard grant.certainty == .yes, let role = grant.role, role != .keyVaultSecretsOfficer, reported.insert(grant.ref).inserted else { continue }
                report.add("role assignment '\(context.displayName(grant.ref))' grants \(role.displayName) to account "
                           + "'\(inventory.label(account, context))' for its Key Vault connection; "
                           + "\(officer.displayName) is enough",
                           at: context.location(grant.ref),
                           notes: [context.note("Key Vault connection '\(context.displayName(kv.ref))' declared here", kv.ref)],
                           help: "use role \(officer.id) (\(officer.displayName))")
            }
        }
    }
}
