import ArmorSyntax

/// The Foundry picture of a deployment, computed once for the rules: accounts (one entry per
/// real account, however many templates declare it), their connections with owner and
/// category, and the role assignments that could grant an account's identity a vault.
package struct FoundryInventory {
    package struct Account {
        /// Declarations of this account across the deployment, deployed ones first; empty for
        /// an account known only from its connections' names (compiled ARM leaves `existing`
        /// parents out).
        package var declarations: [ResourceRef]
        /// Lower-cased name, when known.
        var name: String?
        /// The first declaration, or for an undeclared account its first connection.
        package var primary: ResourceRef
        /// How an undeclared account is named in messages.
        var implicitLabel: String?

        init(declarations: [ResourceRef], name: String?, anchor: ResourceRef? = nil, implicitLabel: String? = nil) {
            self.declarations = declarations
            self.name = name
            self.primary = declarations.first ?? anchor ?? ResourceRef(instance: 0, index: 0)
            self.implicitLabel = implicitLabel
        }

        package var isDeclared: Bool { !declarations.isEmpty }
    }

    /// An account's name in messages.
    package func label(_ account: Int, _ context: DeploymentAnalysis) -> String {
        accounts[account].implicitLabel ?? context.displayName(accounts[account].primary)
    }

    package enum Category: Equatable {
        case keyVault
        case ordinary
        case unknown
    }

    package struct Connection {
        package var ref: ResourceRef
        package var account: Int?
        /// The project the connection belongs to, for project-level connections.
        var project: ResourceRef?
        /// One category per created connection: a loop over a known array yields one per
        /// element; a single declaration yields one.
        package var categories: [Category]
        /// True for a loop whose array is unknown: how many and which categories is unknown.
        package var unknownCount: Bool
        package var authType: String?
        /// The value of `properties.target` (or of the element, for loops: first element's).
        package var target: Value?
        var isLoop: Bool
        package var isSerial: Bool
        /// Each element belongs to another element of a looped account (`parent: accounts[i]`):
        /// counting elements per account does not apply.
        package var accountPerElement = false
        /// The Key Vault element's evaluated `target` (a loop element's vault id).
        var knownTarget: KnownValue?
        /// The looping declaration: the connection itself, or the looped module that deploys it.
        package var loopRef: ResourceRef?

        package var hasKeyVault: Bool { categories.contains(.keyVault) }
        package var hasOrdinary: Bool { categories.contains(.ordinary) }
    }

    package var accounts: [Account] = []
    package var connections: [Connection] = []
    /// Account index of every account declaration.
    var accountOf: [ResourceRef: Int] = [:]
    /// Undeclared accounts by the key of their name part.
    private var implicitAccounts: [String: Int] = [:]
    /// Depth-first declaration order across modules ("declaration order, modules depth-first").
    var order: [ResourceRef: Int] = [:]

    /// Declarations that may grant an identity a vault: role assignments whose role is an
    /// accepted one or unknown (with that role), access-policy resources and deployed vaults.
    /// Computed once, so a deployment with many accounts does not re-read every role per account.
    struct GrantCandidate {
        var ref: ResourceRef
        var role: RoleDefinition?
        var roleKnown: Decision
        /// What the principal id reads (role assignments only).
        var principal: KeyVaultGrants.PrincipalSource = .absent
        /// The declaration the written scope names (nil inside: not resolvable; nil: no scope).
        var scoped: ResourceRef?? = nil
    }

    private(set) var grantCandidates: [GrantCandidate] = []

    /// One candidate per role assignment, or per element of a role-assignment loop over a known
    /// array (each element's role, and its principal traced through the expression written for
    /// it); a loop over an unknown array is one candidate whose role and principal are unknown.
    private static func roleAssignmentCandidates(_ ref: ResourceRef, _ resource: Resource,
                                                 _ context: DeploymentAnalysis) -> [GrantCandidate] {
        var scoped: ResourceRef?? = nil
        if let scope = resource.scope ?? resource.body.property("scope") {
            scoped = .some(context.tracer.resolveResource(scope, in: ref.instance))
        }
        let principalValue = resource.body.path("properties", "principalId")
        guard let loop = resource.loop else {
            let (role, known) = KeyVaultGrants.role(of: resource, ref, context)
            guard known != .no else { return [] }
            return [GrantCandidate(ref: ref, role: role, roleKnown: known,
                                   principal: KeyVaultGrants.PrincipalSource(principalValue, ref.instance, context), scoped: scoped)]
        }
        guard let elements = context.evaluation.evaluator(ref.instance).elements(of: resource) else {
            return [GrantCandidate(ref: ref, role: nil, roleKnown: .unknown, principal: .untraced(fullyKnown: false), scoped: scoped)]
        }
        var candidates: [GrantCandidate] = []
        for (i, element) in elements.enumerated() {
            let (role, known) = KeyVaultGrants.role(of: resource, ref, context, element: element)
            guard known != .no else { continue }
            // A principal that does not read the loop item (`accounts[i].identity.principalId`) traces as written.
            var principal = KeyVaultGrants.PrincipalSource(principalValue, ref.instance, context)
            if let item = loop.item, let principalValue,
               let written = context.tracer.element(i, of: .init(value: loop.source, instance: ref.instance, locals: [:])),
               let bound = context.tracer.itemPath(principalValue, item: item, element: written), bound.locals.isEmpty {
                principal = KeyVaultGrants.PrincipalSource(bound.value, bound.instance, context)
            } else if loop.item == nil, let principalValue, case .untraced = principal {
                // An ARM copy loop: element i through copyIndex(), copy variables and the caller's array.
                var copies = ["": i]
                if let name = loop.copyName { copies[name.lowercased()] = i }
                let projected = context.tracer.project(principalValue, in: ref.instance, copies: copies)
                if context.tracer.trace(projected.value, in: projected.instance) != nil
                    || context.evaluate(projected.value, in: projected.instance).isFullyKnown {
                    principal = KeyVaultGrants.PrincipalSource(projected.value, projected.instance, context)
                }
            }
            candidates.append(GrantCandidate(ref: ref, role: role, roleKnown: known, principal: principal, scoped: scoped))
        }
        return candidates
    }
    /// Candidates whose principal traces to one account's own identity, by account; the rest
    /// (user-assigned identities, untraced principals, access policies) may concern any account.
    private var candidatesByAccount: [Int: [Int]] = [:]
    private var candidatesForAny: [Int] = []

    /// The grant candidates that can concern `account`, in declaration order.
    func grantCandidates(for account: Int) -> [GrantCandidate] {
        guard accounts[account].name != nil else { return grantCandidates }
        return ((candidatesByAccount[account] ?? []) + candidatesForAny).sorted().map { grantCandidates[$0] }
    }

    init(_ context: DeploymentAnalysis) {
        // Most deployments hold no Cognitive Services account or connection: their inventory is
        // empty, and the declaration order and per-declaration tests below cost every root.
        let deployment = context.deployment
        guard deployment.allResources.contains(where: {
            let type = deployment.resource($0).resourceType
            return type == .account || type.isConnection
        }) else { return }
        order = Self.depthFirstOrder(context.deployment)
        collectAccounts(context)
        collectConnections(context)
        // Grants matter only to an account's identity: a deployment without one (most of them)
        // skips tracing every role assignment's role and principal.
        guard !accounts.isEmpty else { return }
        for ref in context.deployment.allResources {
            let resource = context.deployment.resource(ref)
            let type = resource.resourceType
            let isGrant = type.isRoleAssignment || type == .keyVaultAccessPolicies || (type == .keyVault && !resource.existing)
            // The type test first: whether a declaration deploys costs an evaluation.
            guard isGrant, context.isDeployed(ref) != false else { continue }
            if type.isRoleAssignment {
                grantCandidates += Self.roleAssignmentCandidates(ref, resource, context)
            } else {
                grantCandidates.append(GrantCandidate(ref: ref, role: nil, roleKnown: .yes))
            }
        }
        for index in connections.indices.sorted(by: { (order[connections[$0].ref] ?? 0) < (order[connections[$1].ref] ?? 0) }) {
            if let account = connections[index].account { connectionsByAccount[account, default: []].append(index) }
        }
        for (index, candidate) in grantCandidates.enumerated() {
            // Accounts with different known names are different: only those buckets are exact.
            if case .traced(let trace) = candidate.principal, let owner = accountOf[trace.resource], accounts[owner].name != nil {
                candidatesByAccount[owner, default: []].append(index)
            } else {
                candidatesForAny.append(index)
            }
        }
    }

    /// An account's connections in declaration order (modules depth-first).
    package func connections(of account: Int) -> [Connection] {
        (connectionsByAccount[account] ?? []).map { connections[$0] }
    }

    /// Indices into `connections` by account, in declaration order; filled once they are collected.
    private var connectionsByAccount: [Int: [Int]] = [:]

    // MARK: Accounts

    private mutating func collectAccounts(_ context: DeploymentAnalysis) {
        var byName: [String: Int] = [:]
        let refs = context.deployment.allResources
            .filter { context.deployment.resource($0).resourceType == .account }
            .sorted { (order[$0] ?? 0) < (order[$1] ?? 0) }
        for ref in refs where context.isDeployed(ref) != false {
            let name = context.names.fullName(ref)
            // Unknown names that come from the same place (a parameter passed down, a module
            // output) are the same account.
            let origin = context.tracer.origin(ofResource: ref).map(\.text).flatMap { $0.hasPrefix("d") ? nil : $0 }
            if let key = name ?? origin, let existing = byName[key] {
                accounts[existing].declarations.append(ref)
                accountOf[ref] = existing
                continue
            }
            accountOf[ref] = accounts.count
            if let key = name ?? origin { byName[key] = accounts.count }
            accounts.append(Account(declarations: [ref], name: name))
        }
        for i in accounts.indices {
            accounts[i].declarations.sort { a, b in
                let ea = context.deployment.resource(a).existing, eb = context.deployment.resource(b).existing
                return ea != eb ? !ea : (order[a] ?? 0) < (order[b] ?? 0)
            }
            if let first = accounts[i].declarations.first { accounts[i].primary = first }
        }
    }

    /// The account (and project) that a connection or project hangs under: nesting/`parent:`,
    /// a symbol read in its name (`'${account.name}/conn'`), or its known full name.
    func owner(of ref: ResourceRef, _ context: DeploymentAnalysis, depth: Int = 0) -> (account: Int?, project: ResourceRef?) {
        guard depth < AnalysisLimits.indirectionDepth else { return (nil, nil) }
        let resource = context.deployment.resource(ref)
        var parentRef: ResourceRef?
        if let parent = resource.parent {
            parentRef = ResourceRef(instance: ref.instance, index: parent)
        } else if let parentValue = resource.body.property("parent") {
            parentRef = context.tracer.resolveResource(parentValue, in: ref.instance)
        }
        if parentRef == nil, let name = resource.name {
            parentRef = firstSymbol(in: name, ref.instance, context)
        }
        if let parentRef {
            let type = context.deployment.resource(parentRef).resourceType
            if type == .account {
                return (accountOf[parentRef] ?? accountByName(context.names.fullName(parentRef)), nil)
            }
            if type == .project {
                return (owner(of: parentRef, context, depth: depth + 1).account, parentRef)
            }
        }
        // By full name: `account/conn` or `account/project/conn`; the parent segments are enough
        // when the connection's own name is only known per loop element.
        let segments: [String]
        if let full = context.names.fullName(ref) {
            segments = full.split(separator: "/").map(String.init)
        } else {
            let parts = context.evaluation.evaluator(ref.instance).nameSegments(ofResource: ref.index).dropLast()
            let known = parts.compactMap(\.stringValue)
            guard !parts.isEmpty, known.count == parts.count else { return (nil, nil) }
            segments = known.map { $0.lowercased() } + ["?"]
        }
        guard segments.count >= 2 else { return (nil, nil) }
        var project: ResourceRef?
        if segments.count >= 3 {
            project = context.names.find(type: .project, fullName: segments[0] + "/" + segments[1], near: ref.instance)
        }
        return (accountByName(segments[0]), project)
    }

    /// Whether two accounts of the inventory are one: different known names are not; names
    /// armor cannot read are undecided.
    package func sameAccount(_ a: Int, _ b: Int, _ context: DeploymentAnalysis) -> Decision {
        if a == b { return .yes }
        if let x = accounts[a].name, let y = accounts[b].name { return x == y ? .yes : .no }
        guard accounts[a].isDeclared, accounts[b].isDeclared else { return .unknown }
        guard let x = context.tracer.origin(ofResource: accounts[a].primary),
              let y = context.tracer.origin(ofResource: accounts[b].primary) else { return .unknown }
        return x.same(as: y)
    }

    /// An account that no template declares, named by the parent part of a connection's name
    /// (`format('{0}/kv', parameters('accountName'))`): connections with the same parent part
    /// share it.
    private mutating func implicitAccount(of ref: ResourceRef, _ context: DeploymentAnalysis) -> Int? {
        guard let first = context.tracer.declaredNameSegments(ref)?.first else { return nil }
        let key: String
        switch first {
        case .text(let text): key = "t:" + text
        case .origin(let origin): key = "o:" + origin
        }
        if case .text(let text) = first, let declared = accountByName(text) { return declared }
        if case .origin(let origin) = first, let declared = accounts.indices.first(where: { index in
            accounts[index].declarations.contains { context.tracer.nameOrigin($0)?.text.lowercased() == origin }
        }) { return declared }
        if let existing = implicitAccounts[key] { return existing }
        let label: String
        if case .text(let text) = first { label = text } else { label = Self.parentText(ref, context) ?? "named in '\(context.displayName(ref))'" }
        implicitAccounts[key] = accounts.count
        var name: String?
        if case .text(let text) = first { name = text }
        accounts.append(Account(declarations: [], name: name, anchor: ref, implicitLabel: label))
        return accounts.count - 1
    }

    /// The parent part of a connection's name as written: `parameters('accountName')` in
    /// `format('{0}/{1}', parameters('accountName'), 'kv')`, `accountName` in `'${accountName}/kv'`.
    private static func parentText(_ ref: ResourceRef, _ context: DeploymentAnalysis) -> String? {
        guard let name = context.deployment.resource(ref).name else { return nil }
        let part: Value
        switch name.kind {
        case .call(let function, _, let arguments) where function.lowercased() == "format" && arguments.count >= 2
            && (arguments[0].stringLiteral ?? "").hasPrefix("{0}/"):
            part = arguments[1]
        case .interpolation(let parts) where parts.count >= 2:
            part = parts[0]
        default:
            return nil
        }
        let bytes = context.deployment.template(of: ref).source.bytes
        let start = Int(part.span.start), end = Int(part.span.end)
        guard start < end, end <= bytes.count else { return nil }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        return context.deployment.template(of: ref).language == .arm ? "[\(text)]" : text
    }

    private func accountByName(_ name: String?) -> Int? {
        guard let name else { return nil }
        return accounts.firstIndex { $0.name == name.lowercased() }
    }

    /// The first account or project symbol read inside a name value.
    private func firstSymbol(in value: Value, _ instance: Int, _ context: DeploymentAnalysis) -> ResourceRef? {
        var found: ResourceRef?
        value.visit { node in
            guard found == nil else { return }
            if case .member(let base, _, _) = node.kind, let ref = context.tracer.resolveResource(base, in: instance) {
                let type = context.deployment.resource(ref).resourceType
                if type == .account || type == .project { found = ref }
            }
        }
        return found
    }

    // MARK: Connections

    private mutating func collectConnections(_ context: DeploymentAnalysis) {
        for ref in context.deployment.allResources {
            let resource = context.deployment.resource(ref)
            guard resource.resourceType.isConnection, !resource.existing, context.isDeployed(ref) != false else { continue }
            var (account, project) = owner(of: ref, context)
            if account == nil { account = implicitAccount(of: ref, context) }
            let accountPerElement = resource.isLoop && Self.parentVariesPerElement(resource, ref, context)
            var connection = Connection(ref: ref, account: account, project: project, categories: [],
                                        unknownCount: false, authType: nil,
                                        target: resource.body.path("properties", "target"),
                                        isLoop: resource.isLoop, isSerial: resource.batchSize == 1)
            let evaluator = context.evaluation.evaluator(ref.instance)
            connection.loopRef = resource.isLoop ? ref : nil
            // One evaluator per element (Bicep item/index, ARM `copyIndex()`), or none known; a
            // single connection in a looped module is created once per module element.
            var perElement = evaluator.elements(of: resource)
            if !resource.isLoop, let module = context.deployment.instances[ref.instance].deployedBy,
               context.deployment.resource(module).isLoop {
                perElement = context.evaluation.moduleElementEvaluators(module)
                connection.isLoop = true
                connection.isSerial = context.deployment.resource(module).batchSize == 1
                connection.loopRef = module
                connection.accountPerElement = accountVaries(account, in: ref.instance, perElement, context)
            }
            if let elements = perElement {
                connection.categories = elements.map { Self.category(resource, $0) }
                // The Key Vault element's authType is the one the grant rule asks about.
                let kvElement = zip(elements, connection.categories).first { $0.1 == .keyVault }?.0
                connection.authType = (kvElement ?? elements.first).flatMap { Self.authType(resource, $0) }
                connection.knownTarget = kvElement.flatMap { Self.properties(resource, $0)?["target"] }
            } else {
                connection.unknownCount = true
                connection.categories = [Self.category(resource, evaluator)]
                connection.authType = Self.authType(resource, evaluator)
            }
            connection.accountPerElement = connection.accountPerElement || accountPerElement
            connections.append(connection)
        }
    }

    /// Whether the account a looped module's connection hangs under can differ per element: it is
    /// declared in the module itself (deployed or `existing`) with a name that is not one and the
    /// same known value for every element.
    private func accountVaries(_ account: Int?, in instance: Int, _ elements: [Evaluator]?, _ context: DeploymentAnalysis) -> Bool {
        guard let account, let local = accounts[account].declarations.first(where: { $0.instance == instance }) else {
            return account == nil
        }
        guard let elements, let name = context.deployment.resource(local).name else { return true }
        let names = elements.map { $0.evaluate(name).stringValue?.lowercased() }
        return names.contains(nil) || Set(names.compactMap { $0 }).count > 1
    }

    /// A loop whose `parent:` is `accounts[i]` (or a project of such) with an index that changes per
    /// element: each element belongs to another account of a looped account declaration.
    private static func parentVariesPerElement(_ resource: Resource, _ ref: ResourceRef, _ context: DeploymentAnalysis) -> Bool {
        if let parent = resource.body.property("parent"), case .index(let base, let index, _, _) = parent.kind,
           let looped = context.tracer.resolveResource(base, in: ref.instance), context.deployment.resource(looped).isLoop {
            return !context.evaluate(index, in: ref.instance).isFullyKnown
        }
        // Names that carry the account per element: `format('{0}/kv', names[copyIndex()])`.
        guard let elements = context.evaluation.evaluator(ref.instance).elements(of: resource), elements.count > 1 else { return false }
        let accounts = Set(elements.compactMap { $0.nameSegments(ofResource: ref.index).first?.stringValue?.lowercased() })
        return accounts.count > 1
    }

    /// The connection's `properties` as a known object, read through `any()`, variables,
    /// `union()`, spreads and module parameters; nil when armor cannot know its keys.
    private static func properties(_ resource: Resource, _ evaluator: Evaluator) -> KnownObject? {
        guard let value = resource.body.property("properties") else { return KnownObject() }
        return evaluator.evaluate(value).objectValue
    }

    /// Key Vault, ordinary, or unknown: a category armor cannot read is never guessed.
    private static func category(_ resource: Resource, _ evaluator: Evaluator) -> Category {
        guard let properties = properties(resource, evaluator) else { return .unknown }
        guard let value = properties["category"] else { return .ordinary }
        guard let text = value.stringValue else { return .unknown }
        return text.lowercased() == "azurekeyvault" ? .keyVault : .ordinary
    }

    /// The written `authType`; "?" when it is there but unknown, nil when absent.
    private static func authType(_ resource: Resource, _ evaluator: Evaluator) -> String? {
        guard let properties = properties(resource, evaluator) else { return "?" }
        guard let value = properties["authType"] else { return nil }
        return value.stringValue ?? "?"
    }

    private static func depthFirstOrder(_ deployment: Deployment) -> [ResourceRef: Int] {
        var order: [ResourceRef: Int] = [:]
        func visit(_ instance: Int, depth: Int) {
            guard depth < AnalysisLimits.chainSteps else { return }
            for index in deployment.instances[instance].template.resources.indices {
                let ref = ResourceRef(instance: instance, index: index)
                order[ref] = order.count
                if let target = deployment.moduleTargets[ref] { visit(target, depth: depth + 1) }
            }
        }
        visit(0, depth: 0)
        return order
    }
}
