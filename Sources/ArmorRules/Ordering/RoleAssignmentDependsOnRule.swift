import ArmorBase
import ArmorAnalysis

/// See Rules/role-assignment-dependson.md.
struct RoleAssignmentDependsOnRule: Rule {
    static let metadata = RuleMetadata(
        id: .roleAssignmentDependsOn, severity: .error, category: .deploymentOrder, languages: [.bicep, .arm],
        summary: "A Key Vault connection needs a role assignment that lets the account's identity use the vault, and the other connections must wait for it.")

    func check(_ context: DeploymentAnalysis, into report: inout RuleReport) {
        let inventory = context.foundry
        for account in inventory.accounts.indices {
            let connections = inventory.connections(of: account)
            guard let kv = connections.first(where: \.hasKeyVault) else { continue }
            let accountName = inventory.label(account, context)
            switch Self.usesIdentity(kv) {
            case .no: continue
            case .unknown:
                report.undecided("authType of Key Vault connection '\(context.displayName(kv.ref))' cannot be read "
                                 + "(\(context.unknownReason(context.deployment.resource(kv.ref).body.property("properties"), in: kv.ref.instance))), "
                                 + "so whether account '\(accountName)' needs a grant on its vault is undecided", at: context.location(kv.ref),
                                 help: .supplyUnknownValue)
                continue
            case .yes: break
            }
            checkIdentity(account, accountName, context, into: &report)
            let vault = KeyVaultGrants.vault(of: kv, context)
            let target = KeyVaultGrants.targetValues(of: kv, context).first.flatMap { context.tracer.origin($0.0, in: $0.1) }
            let grants = KeyVaultGrants.grants(account: account, vault: vault, target: target, context)
            guard let first = grants.first(where: { $0.certainty == .yes }) else {
                if let possible = grants.first {
                    report.undecided("\(possible.doubt ?? "role assignment cannot be read") in role assignment '\(context.displayName(possible.ref))', "
                                     + "so whether it lets account '\(accountName)' use the vault of Key Vault connection "
                                     + "'\(context.displayName(kv.ref))' is undecided",
                                     at: context.location(kv.ref), notes: [context.note("role assignment '\(context.displayName(possible.ref))' declared here", possible.ref)],
                                     help: .supplyUnknownValue)
                    continue
                }
                // A module armor cannot see inside may be the one that grants the role.
                if let opaque = context.deployment.opaqueRegistryModules.first {
                    report.undecided("armor cannot see inside registry module '\(context.displayName(opaque))' (not restored), which may grant account '\(accountName)' "
                                     + "a role on the vault of Key Vault connection '\(context.displayName(kv.ref))', so whether one exists is undecided",
                                     at: context.location(kv.ref), notes: [context.note("module '\(context.displayName(opaque))' declared here", opaque)],
                                     help: "run `bicep restore` on the template to let armor see inside the module")
                    continue
                }
                let vaultName = vault.map { "'\(context.displayName($0))'" } ?? "its vault"
                var notes: [Note] = []
                if let vault { notes.append(context.note("Key Vault \(vaultName) declared here", vault)) }
                report.add(.missingGrant(context.displayName(kv.ref), account: accountName, vault: vaultName),
                           at: context.location(kv.ref), severity: vault == nil ? .warning : nil, notes: notes,
                           help: .assignOfficer)
                continue
            }
            var late = OrderingFindings()
            for connection in connections where connection.ref != kv.ref && connection.hasOrdinary
                && !context.neverBothDeploy(connection.ref, kv.ref) {
                // Ordered after any one grant is enough (a possible one too: no verdict on a guess).
                guard !grants.contains(where: { context.happensAfter.isAlwaysAfter(connection.ref, $0.ref) }) else { continue }
                // A grant that never deploys with this connection (the other branch) orders nothing for it.
                guard !context.neverBothDeploy(connection.ref, first.ref) else { continue }
                late.add(connection.ref, before: first.ref, premise: kv.ref, context)
            }
            late.report(into: &report, context) { group in
                return "\(group.subject(context, account: accountName)) can be created before role assignment '\(context.displayName(first.ref))' "
                    + "lets the account use its Key Vault"
            } help: { group in
                OrderingFindings.help(group, context)
            } note: { _ in
                context.note("role assignment '\(context.displayName(first.ref))' declared here", first.ref)
            }
        }
    }

    /// Identity-based auth (or none written, which defaults to the account's identity).
    static func usesIdentity(_ connection: FoundryInventory.Connection) -> Decision {
        guard let authType = connection.authType else { return .yes }
        if authType == "?" { return .unknown }
        return ConnectionAuthType.usesIdentity(authType) ? .yes : .no
    }

    /// The account needs a managed identity to reach the vault at all.
    private func checkIdentity(_ account: Int, _ name: String, _ context: DeploymentAnalysis, into report: inout RuleReport) {
        for ref in context.foundry.accounts[account].declarations {
            let resource = context.deployment.resource(ref)
            guard !resource.existing else { continue }
            let identity = resource.body.property("identity")
            if let identity {
                guard let type = context.evaluate(identity.property("type"), in: ref.instance).stringValue else { continue }
                let lower = type.lowercased()
                if lower.contains("systemassigned") || lower.contains("userassigned") { continue }
            }
            report.add("account '\(name)' has no managed identity, so its Key Vault connection can never reach the vault",
                       at: context.location(ref), help: "add identity: { type: 'SystemAssigned' } to the account")
        }
    }
}

extension String {
    fileprivate static var assignOfficer: String {
        let officer = RoleDefinition.keyVaultSecretsOfficer
        return "assign \(officer.displayName) (\(officer.id)) on the vault to the account's principalId"
    }

    fileprivate static func missingGrant(_ connection: String, account: String, vault: String) -> String {
        "Key Vault connection '\(connection)' of account '\(account)' has no role assignment that lets the account's "
            + "identity use \(vault)"
    }
}
