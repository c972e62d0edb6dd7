/// See Rules/keyvault-first.md.
struct KeyVaultFirstRule: Rule {
    static let metadata = RuleMetadata(
        id: .keyvaultFirst, severity: .error, category: .deploymentOrder, languages: [.bicep, .arm],
        summary: "Every ordinary connection of a Foundry account must be deployed after the account's Key Vault connection.")

    func check(_ context: RuleContext, into report: inout RuleReport) {
        let inventory = context.foundry
        for account in inventory.accounts.indices {
            let connections = inventory.connections(of: account)
            guard let vault = connections.first(where: \.hasKeyVault) else { continue }
            let accountName = context.displayName(inventory.accounts[account].primary)
            if vault.hasOrdinary && !(vault.isSerial && vault.categories.first == .keyVault) {
                report.add(.mixedLoop(context.displayName(vault.ref), account: accountName), at: context.location(vault.ref),
                           help: "create the Key Vault connection in its own declaration and make the loop depend on it")
            }
            var late = OrderingFindings()
            for connection in connections where connection.ref != vault.ref && connection.hasOrdinary {
                late.add(connection.ref, before: vault.ref, context)
            }
            late.report(into: &report, context) { group in
                let vaultName = context.displayName(vault.ref)
                if group.inverted {
                    return .inverted(group.subject(context, account: accountName), vault: vaultName, account: accountName)
                }
                return .notAfterVault(group.subject(context, account: accountName), vault: vaultName)
            } help: { group in
                "add dependsOn: [\(context.displayName(group.earlySide))] to '\(context.displayName(group.place))'"
            } note: { _ in
                context.note("Key Vault connection '\(context.displayName(vault.ref))' declared here", vault.ref)
            }
        }
    }
}

extension String {
    fileprivate static func notAfterVault(_ subject: String, vault: String) -> String {
        "\(subject) can be created before its Key Vault connection '\(vault)'; "
            + "the service refuses a Key Vault connection once other connections exist"
    }

    fileprivate static func inverted(_ subject: String, vault: String, account: String) -> String {
        "Key Vault connection '\(vault)' of account '\(account)' is deployed after \(subject.replacing(" of account '\(account)'", with: "")); "
            + "the Key Vault connection must come first"
    }

    fileprivate static func mixedLoop(_ name: String, account: String) -> String {
        "loop '\(name)' creates the Key Vault connection of account '\(account)' together with other connections, "
            + "so they run in parallel"
    }
}
