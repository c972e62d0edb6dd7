import ArmorSyntax

/// Finds what lets a Foundry account's identity use a Key Vault: role assignments granting a
/// Key Vault secrets role, access-policy resources, or access policies inside the vault.
package struct KeyVaultGrants {
    package struct Grant {
        package var ref: ResourceRef
        /// Nil for access policies.
        package var role: RoleDefinition?
        /// `.yes`: certainly a grant of an accepted role to the account's identity on the vault;
        /// `.unknown`: it may be (a role, principal or scope armor cannot read).
        package var certainty: Decision
        /// Why it is only possibly a grant.
        package var doubt: String?
    }

    /// The vault a Key Vault connection targets: its declaration, or nil when only an id string
    /// (or something unknown) is given.
    package static func vault(of connection: FoundryInventory.Connection, _ context: DeploymentAnalysis) -> ResourceRef? {
        for (value, instance) in targetValues(of: connection, context) {
            if let ref = context.tracer.resolveResource(value, in: instance),
               context.deployment.resource(ref).resourceType == .keyVault {
                return ref
            }
            if let trace = context.tracer.trace(value, in: instance),
               context.deployment.resource(trace.resource).resourceType == .keyVault {
                return trace.resource   // `vault.properties.vaultUri`
            }
        }
        // A loop element's target, known once the element is bound.
        switch connection.knownTarget {
        case .resourceId(let id)?:
            guard let name = id.fullName else { return nil }
            return context.names.find(type: .keyVault, fullName: name, near: connection.ref.instance)
        case .string(let text)?:
            guard let id = KnownResourceId(parsing: text), let name = id.fullName else { return nil }
            return context.names.find(type: .keyVault, fullName: name, near: connection.ref.instance)
        default:
            return nil
        }
    }

    /// `properties.target` and `properties.metadata.ResourceId`, found through `any()`,
    /// variables, `union()` and module parameters.
    package static func targetValues(of connection: FoundryInventory.Connection, _ context: DeploymentAnalysis) -> [(Value, Int)] {
        let resource = context.deployment.resource(connection.ref)
        let instance = connection.ref.instance
        guard let properties = context.tracer.locate("properties", in: resource.body, instance) else { return [] }
        var found: [(Value, Int)] = []
        if let target = context.tracer.locate("target", in: properties.0, properties.1) { found.append(target) }
        if let metadata = context.tracer.locate("metadata", in: properties.0, properties.1),
           let id = context.tracer.locate("ResourceId", in: metadata.0, metadata.1) {
            found.append(id)
        }
        return found
    }

    /// Grants for `account` on `vault` (any vault when nil) found in the deployment, certain or
    /// possible; known non-grants are left out.
    package static func grants(account: Int, vault: ResourceRef?, target: Origin? = nil, _ context: DeploymentAnalysis) -> [Grant] {
        var grants: [Grant] = []
        let inventory = context.foundry
        for candidate in inventory.grantCandidates(for: account) {
            let ref = candidate.ref
            let resource = context.deployment.resource(ref)
            let type = resource.resourceType
            if type.isRoleAssignment {
                let (role, roleKnown) = (candidate.role, candidate.roleKnown)
                let principal = principalMatches(candidate.principal, account: account, context)
                let scope = scopeCovers(resource, ref, scopedResource: candidate.scoped, vault: vault, target: target, context)
                let certainty = Decision.all([roleKnown, principal, scope])
                guard certainty != .no else { continue }
                var doubts: [String] = []
                if roleKnown == .unknown { doubts.append("the role") }
                if principal == .unknown { doubts.append("the principal") }
                if scope == .unknown { doubts.append("the scope") }
                grants.append(Grant(ref: ref, role: role, certainty: certainty,
                                    doubt: doubts.isEmpty ? nil : doubts.joined(separator: " and ") + " cannot be read"))
            } else if type == .keyVaultAccessPolicies || (type == .keyVault && !resource.existing) {
                if type == .keyVault, let vault, vault != ref { continue }
                if type == .keyVaultAccessPolicies, let vault,
                   let parent = resource.parent, ResourceRef(instance: ref.instance, index: parent) != vault { continue }
                let certainty = accessPoliciesGrant(resource, account: account, ref.instance, context)
                if certainty != .no {
                    grants.append(Grant(ref: ref, role: nil, certainty: certainty,
                                        doubt: certainty == .unknown ? "the access policy's principal cannot be read" : nil))
                }
            }
        }
        return grants
    }

    /// The Key Vault role a role assignment grants: a GUID in the role definition id, or the
    /// name of a `roleDefinitions` resource it reads; `.unknown` when the id cannot be read.
    static func role(of resource: Resource, _ ref: ResourceRef, _ context: DeploymentAnalysis,
                     element: Evaluator? = nil) -> (RoleDefinition?, Decision) {
        guard let value = resource.body.path("properties", "roleDefinitionId") else { return (nil, .no) }
        let known = element?.evaluate(value) ?? context.evaluate(value, in: ref.instance)
        if let role = RoleDefinition.keyVaultSecretsRole(in: known.knownStrings) { return (role, .yes) }
        if let trace = context.tracer.trace(value, in: ref.instance), let name = context.names.fullName(trace.resource) {
            let role = RoleDefinition.keyVaultSecretsRole(in: [name])
            return (role, role == nil ? .no : .yes)
        }
        // A role GUID always stands last: a known last segment that is no accepted role decides.
        if case .resourceId(let id) = known, let last = id.lastName.stringValue, KnownValue.isGuidShaped(last) { return (nil, .no) }
        if let text = known.stringValue, let last = text.split(separator: "/").last, KnownValue.isGuidShaped(String(last)) {
            return (nil, .no)
        }
        return (nil, known.isFullyKnown ? .no : .unknown)
    }

    /// Whether the principal is the account's identity (system- or user-assigned): a principal
    /// id from outside that armor cannot trace is undecided.
    static func principalMatches(_ value: Value?, account: Int, _ instance: Int, _ context: DeploymentAnalysis) -> Decision {
        principalMatches(PrincipalSource(value, instance, context), account: account, context)
    }

    /// What a principal id reads, found once per grant (`FoundryInventory.grantCandidates`).
    enum PrincipalSource {
        case absent
        case traced(ValueTracer.Trace)
        case untraced(fullyKnown: Bool)

        init(_ value: Value?, _ instance: Int, _ context: DeploymentAnalysis) {
            guard let value else { self = .absent; return }
            if let trace = context.tracer.trace(value, in: instance) { self = .traced(trace); return }
            self = .untraced(fullyKnown: context.evaluate(value, in: instance).isFullyKnown)
        }
    }

    static func principalMatches(_ source: PrincipalSource, account: Int, _ context: DeploymentAnalysis) -> Decision {
        let trace: ValueTracer.Trace
        switch source {
        case .absent: return .no
        case .untraced(let fullyKnown): return fullyKnown ? .no : .unknown
        case .traced(let traced): trace = traced
        }
        let type = context.deployment.resource(trace.resource).resourceType
        if type == .account {
            guard trace.path.contains("principalid") else { return .no }
            guard let owner = context.foundry.accountOf[trace.resource] else { return .unknown }
            return owner == account ? .yes : context.foundry.sameAccount(owner, account, context)
        }
        if type == .userAssignedIdentity {
            return context.foundry.accounts[account].declarations.contains { usesIdentity($0, trace.resource, context) } ? .yes : .no
        }
        if deploymentOutputUnknown(trace, context) { return .unknown }
        return .no
    }

    /// A module's output that armor could not follow to a declaration.
    private static func deploymentOutputUnknown(_ trace: ValueTracer.Trace, _ context: DeploymentAnalysis) -> Bool {
        context.deployment.resource(trace.resource).kind == .module || trace.path.contains("outputs")
    }

    /// Does the account declaration list this user-assigned identity?
    private static func usesIdentity(_ account: ResourceRef, _ identity: ResourceRef, _ context: DeploymentAnalysis) -> Bool {
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
    /// vault), covers the vault; a vault armor cannot tell apart from the target is undecided.
    private static func scopeCovers(_ resource: Resource, _ ref: ResourceRef, scopedResource: ResourceRef??, vault: ResourceRef?,
                                    target: Origin?, _ context: DeploymentAnalysis) -> Decision {
        guard let scope = resource.scope ?? resource.body.property("scope") else {
            // No scope: the resource group the grant is deployed to, which holds the vault only
            // when the vault is deployed there too.
            // A grant deployed at subscription (or wider) scope covers every vault below it.
            let target = context.deployment.template(of: ref).targetScope?.lowercased() ?? "resourcegroup"
            if target != "resourcegroup" { return .yes }
            if let vault { return context.tracer.scopeOrigin(vault) == context.tracer.scopeOrigin(ref) ? .yes : .unknown }
            return .yes
        }
        guard let scoped = scopedResource ?? nil else {
            if let target, let origin = context.tracer.origin(scope, in: ref.instance), origin.same(as: target) == .yes { return .yes }
            return .unknown
        }
        let type = context.deployment.resource(scoped).resourceType
        if type == .resourceGroup { return .yes }
        guard type == .keyVault else { return .no }
        guard let vault else {
            guard let target, let name = vaultNameOrigin(scoped, context) else { return .unknown }
            return name.text == "last(split(\(target.text),k:string(\"/\")))" ? .yes : .unknown
        }
        if scoped == vault { return .yes }
        guard let a = context.tracer.origin(ofResource: scoped), let b = context.tracer.origin(ofResource: vault) else { return .unknown }
        return a.same(as: b)
    }

    /// The origin of a vault declaration's own name.
    private static func vaultNameOrigin(_ ref: ResourceRef, _ context: DeploymentAnalysis) -> Origin? {
        guard let name = context.deployment.resource(ref).name else { return nil }
        return context.tracer.origin(name, in: ref.instance)
    }

    /// Access policies (resource or vault property) that give the account's principal any
    /// secret permission.
    private static func accessPoliciesGrant(_ resource: Resource, account: Int, _ instance: Int, _ context: DeploymentAnalysis) -> Decision {
        guard let policies = resource.body.path("properties", "accessPolicies"), case .array(let entries) = policies.kind else {
            return .no
        }
        var best = Decision.no
        for case .element(let policy) in entries {
            let principal = principalMatches(policy.property("objectId"), account: account, instance, context)
            guard principal != .no else { continue }
            // Known permissions without secrets grant nothing here; unknown ones get no verdict.
            if let permissions = context.evaluate(policy.property("permissions"), in: instance).objectValue {
                guard let index = permissions.keys.firstIndex(where: { $0.lowercased() == "secrets" }) else { continue }
                if let list = permissions.values[index].arrayValue, list.isEmpty { continue }
            }
            if principal == .yes { return .yes }
            best = .unknown
        }
        return best
    }
}
