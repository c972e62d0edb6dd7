import ArmorAnalysis

/// See Rules/single-keyvault-connection.md.
struct SingleKeyVaultConnectionRule: Rule {
    static let metadata = RuleMetadata(
        id: .singleKeyvaultConnection, severity: .error, category: .deploymentOrder, languages: [.bicep, .arm],
        summary: "A Foundry account may have at most one Key Vault connection.")

    func check(_ context: DeploymentAnalysis, into report: inout RuleReport) {
        let inventory = context.foundry
        for account in inventory.accounts.indices {
            let accountName = inventory.label(account, context)
            // Key Vault connections seen so far; one that never deploys together with an earlier
            // one (new account or existing one) is no second connection of it.
            var seen: [ResourceRef] = []
            for connection in inventory.connections(of: account) where connection.hasKeyVault {
                let first = seen.first { !context.neverBothDeploy($0, connection.ref) }
                let count = connection.categories.filter { $0 == .keyVault }.count
                let name = context.displayName(connection.ref)
                if connection.accountPerElement {
                    // One Key Vault connection per element, each for its own account.
                } else if connection.unknownCount {
                    report.add("loop '\(name)' creates Key Vault connections for account '\(accountName)' over an array armor cannot evaluate; "
                               + "more than one element would create a second Key Vault connection",
                               at: context.location(connection.ref), severity: .warning,
                               help: "create the account's single Key Vault connection outside the loop")
                } else if let earlier = first {
                    // Across modules, the finding goes on the declaration that brings the second one in.
                    let place = context.placement(of: connection.ref, relativeTo: earlier)
                    var notes = [context.note("first Key Vault connection '\(context.displayName(earlier))' declared here", earlier)]
                    if place != connection.ref { notes.append(context.note("second Key Vault connection '\(name)' declared here", connection.ref)) }
                    let via = place == connection.ref ? "" : "module '\(context.displayName(place))' deploys "
                    report.add("account '\(accountName)' already has Key Vault connection '\(context.displayName(earlier))'; "
                               + "\(via)'\(name)'\(via.isEmpty ? "" : ", which") would be a second one", at: context.location(place), notes: notes,
                               help: "keep one Key Vault connection per account: remove '\(name)'")
                } else if count > 1 {
                    let loop = connection.loopRef ?? connection.ref
                    report.add("loop '\(context.displayName(loop))' creates \(count) Key Vault connections for account '\(accountName)'; only one is allowed",
                               at: context.location(loop), help: "keep one Key Vault connection per account")
                }
                seen.append(connection.ref)
            }
        }
        reportPossiblySameAccounts(context, into: &report)
    }

    /// Key Vault connections of two accounts that may be one (names armor cannot compare).
    private func reportPossiblySameAccounts(_ context: DeploymentAnalysis, into report: inout RuleReport) {
        let inventory = context.foundry
        let withVault = inventory.accounts.indices.compactMap { account in
            inventory.connections(of: account).first(where: \.hasKeyVault).map { (account, $0.ref) }
        }
        for (i, (a, first)) in withVault.enumerated() {
            for (b, second) in withVault[(i + 1)...] where inventory.sameAccount(a, b, context) == .unknown {
                report.undecided("names of accounts '\(inventory.label(a, context))' and "
                                 + "'\(inventory.label(b, context))' cannot be compared, so whether "
                                 + "'\(context.displayName(second))' is a second Key Vault connection of the account of "
                                 + "'\(context.displayName(first))' is undecided",
                                 at: context.location(context.placement(of: second, relativeTo: first)),
                                 help: .supplyUnknownValue)
            }
        }
    }
}
