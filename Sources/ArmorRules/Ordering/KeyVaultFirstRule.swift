import ArmorAnalysis

/// See Rules/keyvault-first.md.
struct KeyVaultFirstRule: Rule {
    static let metadata = RuleMetadata(
        id: .keyvaultFirst, severity: .error, category: .deploymentOrder, languages: [.bicep, .arm],
        summary: "Every ordinary connection of a Foundry account must be deployed after the account's Key Vault connection.")

    func check(_ context: DeploymentAnalysis, into report: inout RuleReport) {
        let inventory = context.foundry
        for account in inventory.accounts.indices {
            let connections = inventory.connections(of: account)
            let accountName = inventory.label(account, context)
            guard let vault = connections.first(where: \.hasKeyVault) else {
                reportUnknownKeyVault(connections, accountName, context, into: &report)
                continue
            }
            if vault.hasOrdinary && !vault.accountPerElement && !(vault.isSerial && vault.categories.first == .keyVault) {
                if vault.isSerial, let position = vault.categories.firstIndex(of: .keyVault) {
                    let loop = vault.loopRef ?? vault.ref
                    report.add(.keyVaultNotFirst(context.displayName(loop), account: accountName, position: position),
                               at: context.location(loop),
                               help: "move the Key Vault connection to the first element of the loop's array")
                } else {
                    let loop = vault.loopRef ?? vault.ref
                    // Serial helps only when the Key Vault element comes first in a known array.
                    let fix = vault.categories.first == .keyVault && !vault.unknownCount ? SerialLoopFix.make(loop: loop, context) : nil
                    report.add(.mixedLoop(context.displayName(loop), account: accountName), at: context.location(loop),
                               help: fix?.title ?? "create the Key Vault connection in its own declaration and make the loop depend on it",
                               fix: fix)
                }
            }
            var late = OrderingFindings()
            for connection in connections where connection.ref != vault.ref {
                // Never deployed with this Key Vault connection: the account's other one applies.
                if context.neverBothDeploy(connection.ref, vault.ref) {
                    if connection.hasOrdinary, let other = connections.first(where: {
                        $0.hasKeyVault && $0.ref != connection.ref && !context.neverBothDeploy(connection.ref, $0.ref)
                    }) {
                        late.add(connection.ref, before: other.ref, context)
                    }
                    continue
                }
                if connection.hasOrdinary {
                    late.add(connection.ref, before: vault.ref, context)
                } else if connection.categories.contains(.unknown), !context.happensAfter.isAlwaysAfter(connection.ref, vault.ref) {
                    report.undecided("category of '\(context.displayName(connection.ref))' cannot be read (\(categoryReason(connection, context))), "
                                     + "so whether it must wait for Key Vault connection '\(context.displayName(vault.ref))' of account "
                                     + "'\(accountName)' is undecided",
                                     at: context.location(context.placement(of: connection.ref, relativeTo: vault.ref)),
                                     help: .supplyUnknownValue)
                }
            }
            late.report(into: &report, context) { group in
                let vaultName = context.displayName(group.early)
                if group.inverted {
                    return .inverted(group.subject(context, account: accountName), vault: vaultName, account: accountName)
                }
                return .notAfterVault(group.subject(context, account: accountName), vault: vaultName)
            } help: { group in
                OrderingFindings.help(group, context)
            } note: { group in
                context.note("Key Vault connection '\(context.displayName(group.early))' declared here", group.early)
            }
        }
        reportUnknownOwners(context, into: &report)
        reportPossiblySameAccounts(context, into: &report)
    }

    /// Ordinary connections of an account that may be the Key Vault connection's account (their
    /// names come from values armor cannot compare).
    private func reportPossiblySameAccounts(_ context: DeploymentAnalysis, into report: inout RuleReport) {
        let inventory = context.foundry
        for account in inventory.accounts.indices {
            guard let vault = inventory.connections(of: account).first(where: \.hasKeyVault) else { continue }
            for other in inventory.accounts.indices where other != account && inventory.sameAccount(account, other, context) == .unknown {
                guard let late = inventory.connections(of: other).first(where: {
                    $0.hasOrdinary && !context.happensAfter.isAlwaysAfter($0.ref, vault.ref)
                }) else { continue }
                report.undecided("names of accounts '\(inventory.label(other, context))' and "
                                 + "'\(inventory.label(account, context))' cannot be compared, so whether connection "
                                 + "'\(context.displayName(late.ref))' must wait for Key Vault connection '\(context.displayName(vault.ref))' is undecided",
                                 at: context.location(context.placement(of: late.ref, relativeTo: vault.ref)),
                                 help: .supplyUnknownValue)
            }
        }
    }

    /// An account with ordinary connections and one whose category armor cannot read: that one
    /// may be its Key Vault connection, so the order cannot be checked.
    private func reportUnknownKeyVault(_ connections: [FoundryInventory.Connection], _ accountName: String,
                                       _ context: DeploymentAnalysis, into report: inout RuleReport) {
        guard let unknown = connections.first(where: { $0.categories.contains(.unknown) }),
              connections.count > 1 || unknown.unknownCount else { return }
        report.undecided("category of '\(context.displayName(unknown.ref))' cannot be read (\(categoryReason(unknown, context))), "
                         + "so whether account '\(accountName)' gets a Key Vault connection is undecided",
                         at: context.location(context.placement(of: unknown.ref, relativeTo: ResourceRef(instance: 0, index: 0))),
                         help: .supplyUnknownValue)
    }

    /// Connections whose account armor cannot find, in a deployment with a Key Vault connection.
    private func reportUnknownOwners(_ context: DeploymentAnalysis, into report: inout RuleReport) {
        let inventory = context.foundry
        guard let vault = inventory.connections.first(where: { $0.hasKeyVault && $0.account != nil }) else { return }
        for connection in inventory.connections where connection.account == nil && connection.ref != vault.ref
            && !context.happensAfter.isAlwaysAfter(connection.ref, vault.ref) {
            report.undecided("account of connection '\(context.displayName(connection.ref))' cannot be found, so whether it must wait "
                             + "for Key Vault connection '\(context.displayName(vault.ref))' is undecided",
                             at: context.location(context.placement(of: connection.ref, relativeTo: vault.ref)),
                             help: "set parent: to the account (or project) declaration")
        }
    }

    private func categoryReason(_ connection: FoundryInventory.Connection, _ context: DeploymentAnalysis) -> String {
        let resource = context.deployment.resource(connection.ref)
        if connection.unknownCount, let loop = resource.loop { return "the loop's array: " + context.unknownReason(loop.source, in: connection.ref.instance) }
        return context.unknownReason(resource.body.property("properties"), in: connection.ref.instance)
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

    fileprivate static func keyVaultNotFirst(_ name: String, account: String, position: Int) -> String {
        "serial loop '\(name)' creates the Key Vault connection of account '\(account)' as element \(position) of its array, "
            + "after \(position == 1 ? "element 0, an ordinary connection" : "elements 0 to \(position - 1), ordinary connections"); "
            + "the Key Vault connection must be the first element"
    }

    fileprivate static func mixedLoop(_ name: String, account: String) -> String {
        "loop '\(name)' creates the Key Vault connection of account '\(account)' together with other connections, "
            + "so they run in parallel"
    }
}
