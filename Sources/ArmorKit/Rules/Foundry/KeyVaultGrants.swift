/// Finds what lets a Foundry account's identity use a Key Vault: role assignments granting a
/// Key Vault secrets role, access-policy resources, or access policies inside the vault.
struct KeyVaultGrants {
    struct Grant {
        var ref: ResourceRef
        /// Nil for access policies.
        var role: AzureTypes.KeyVaultRole?
    }

    /// The vault a Key Vault connection targets: its declaration, or nil when only an id string
    /// (or something unknown) is given.
    static func vault(of connection: FoundryInventory.Connection, _ context: RuleContext) -> ResourceRef? {
        let resource = context.deployment.resource(connection.ref)
        let candidates = [connection.target, resource.body.path("properties", "metadata", "ResourceId"),
                          resource.body.path("properties", "metadata", "resourceId")]
        for case let value? in candidates {
            if let ref = context.tracer.resolveResource(value, in: connection.ref.instance),
               context.deployment.resource(ref).type.lowercased() == AzureTypes.keyVault {
                return ref
            }
            if let trace = context.tracer.trace(value, in: connection.ref.instance),
               context.deployment.resource(trace.resource).type.lowercased() == AzureTypes.keyVault {
                return trace.resource   // `vault.properties.vaultUri`
            }
        }
        return nil
    }

    /// Grants for `account` on `vault` (any vault when nil) found in the deployment.
    static func grants(account: Int, vault: ResourceRef?, _ context: RuleContext) -> [Grant] {
        var grants: [Grant] = []
        for ref in context.deployment.allResources where context.isDeployed(ref) != false {
            let resource = context.deployment.resource(ref)
            let type = resource.type.lowercased()
            if AzureTypes.isRoleAssignment(type) {
                guard let role = role(of: resource, ref, context),
                      principalMatches(resource.body.path("properties", "principalId"), account: account, ref.instance, context),
                      scopeCovers(resource, ref, vault: vault, context) else { continue }
                grants.append(Grant(ref: ref, role: role))
            } else if type == AzureTypes.keyVaultAccessPolicies || (type == AzureTypes.keyVault && !resource.existing) {
                if type == AzureTypes.keyVault, let vault, vault != ref { continue }
                if type == AzureTypes.keyVaultAccessPolicies, let vault,
                   let parent = resource.parent, ResourceRef(instance: ref.instance, index: parent) != vault { continue }
                if accessPoliciesGrant(resource, account: account, ref.instance, context) {
                    grants.append(Grant(ref: ref, role: nil))
                }
            }
        }
        return grants
    }

    /// The Key Vault role a role assignment grants: a GUID in the role definition id, or the
    /// name of a `roleDefinitions` resource it reads.
    static func role(of resource: Resource, _ ref: ResourceRef, _ context: RuleContext) -> AzureTypes.KeyVaultRole? {
        guard let value = resource.body.path("properties", "roleDefinitionId") else { return nil }
        if let role = AzureTypes.KeyVaultRole.find(in: context.evaluate(value, in: ref.instance).knownStrings) { return role }
        if let trace = context.tracer.trace(value, in: ref.instance), let name = context.names.fullName(trace.resource) {
            return AzureTypes.KeyVaultRole.find(in: [name])
        }
        return nil
    }

    /// True when the principal is the account's identity (system- or user-assigned), or cannot
    /// be traced at all (a principal id from outside: no verdict, so it counts).
    static func principalMatches(_ value: Value?, account: Int, _ instance: Int, _ context: RuleContext) -> Bool {
        guard let value else { return false }
        guard let trace = context.tracer.trace(value, in: instance) else {
            return !context.evaluate(value, in: instance).isFullyKnown
        }
        let type = context.deployment.resource(trace.resource).type.lowercased()
        if type == AzureTypes.account {
            return context.foundry.accountOf[trace.resource] == account && trace.path.contains("principalid")
        }
        if type == AzureTypes.userAssignedIdentity {
            return context.foundry.accounts[account].declarations.contains { usesIdentity($0, trace.resource, context) }
        }
        return false
    }

    /// Does the account declaration list this user-assigned identity?
    private static func usesIdentity(_ account: ResourceRef, _ identity: ResourceRef, _ context: RuleContext) -> Bool {
        guard let value = context.deployment.resource(account).body.property("identity") else { return false }
        var found = false
        value.visit { node in
            if !found, let ref = context.tracer.resolveResource(node, in: account.instance), ref == identity { found = true }
            // ARM keys `userAssignedIdentities` by expression: `"[resourceId(...)]": {}`.
            guard !found, case .object(let entries) = node.kind else { return }
            for case .property(let key, let keySpan, _) in entries where key.hasPrefix("[") {
                let (lowered, _) = ARMExpressionParser.lower(key, span: keySpan, in: [])
                if context.tracer.resolveResource(lowered, in: account.instance) == identity { found = true }
            }
        }
        if found { return true }
        let identityName = context.names.fullName(identity)
        return identityName != nil && context.evaluate(value, in: account.instance).knownStrings.contains {
            $0.lowercased().hasSuffix("/" + (identityName ?? ""))
        }
    }

    /// A role assignment at the vault, or with no scope (its resource group, which holds the
    /// vault), or at a scope armor cannot resolve, covers the vault.
    private static func scopeCovers(_ resource: Resource, _ ref: ResourceRef, vault: ResourceRef?, _ context: RuleContext) -> Bool {
        guard let scope = resource.scope ?? resource.body.property("scope") else { return true }
        guard let target = context.tracer.resolveResource(scope, in: ref.instance) else { return true }
        let type = context.deployment.resource(target).type.lowercased()
        if type == AzureTypes.resourceGroup { return true }
        guard let vault else { return type == AzureTypes.keyVault }
        if target == vault { return true }
        let a = context.names.fullName(target), b = context.names.fullName(vault)
        return type == AzureTypes.keyVault && a != nil && a == b
    }

    /// Access policies (resource or vault property) that give the account's principal any
    /// secret permission.
    private static func accessPoliciesGrant(_ resource: Resource, account: Int, _ instance: Int, _ context: RuleContext) -> Bool {
        guard let policies = resource.body.path("properties", "accessPolicies"), case .array(let entries) = policies.kind else {
            return false
        }
        for case .element(let policy) in entries {
            guard principalMatches(policy.property("objectId"), account: account, instance, context) else { continue }
            // Known permissions without secrets grant nothing here; unknown ones get no verdict.
            if let permissions = context.evaluate(policy.property("permissions"), in: instance).objectValue {
                guard let index = permissions.keys.firstIndex(where: { $0.lowercased() == "secrets" }) else { continue }
                if let list = permissions.values[index].arrayValue, list.isEmpty { continue }
            }
            return true
        }
        return false
    }
}
