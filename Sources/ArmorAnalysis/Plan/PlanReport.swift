import ArmorBase

/// What `armor plan` shows, computed once from the deployment and its `DeploymentPlan`; every
/// output format (text, JSON, Mermaid, scripts) renders this value.
public struct PlanReport {
    /// The template the plan is for, as given on the command line.
    public var templatePath: String
    public var waves: [[PlanEntry]]
    public var teardown: [PlanTeardownStep]
    /// Modules whose template armor could not read (registry, template spec, missing file):
    /// what they deploy is not in the plan.
    public var opaqueModules: [String]

    public init(_ context: DeploymentAnalysis, plan: DeploymentPlan) {
        templatePath = context.deployment.root.template.path
        opaqueModules = context.deployment.allResources.filter {
            context.deployment.resource($0).kind == .module && context.deployment.moduleTargets[$0] == nil
                && context.isDeployed($0) != false
        }.map { ref in
            let modules = context.deployment.moduleChain(of: ref.instance) + [ref]
            return modules.map { context.displayName($0) }.joined(separator: " > ")
        }
        waves = plan.waves.map { wave in wave.map { PlanEntry($0, context) } }
        teardown = plan.teardown.map { ref in
            PlanTeardownStep(entry: PlanEntry(ref, context),
                             reasons: (plan.reasons[ref] ?? []).map { Self.phrase($0, for: ref, context) })
        }
    }

    /// The reason for a non-obvious teardown step, in words.
    static func phrase(_ reason: DeploymentPlan.TeardownReason, for ref: ResourceRef, _ context: DeploymentAnalysis) -> String {
        switch reason {
        case .afterOtherConnections(let account, let connections):
            let names = connections.map { "'\(context.displayName($0))'" }.joined(separator: ", ")
            return "after the other connections of account '\(context.displayName(account))' (\(names)): "
                + "their secrets live in the vault this connection points at, so it goes last"
        case .afterAccount(let account, let connection):
            return "after account '\(context.displayName(account))': its Key Vault connection "
                + "'\(context.displayName(connection))' stores secrets here, and deleting the vault first breaks the account"
        case .afterKeyVaultConnection(let connection):
            let name = context.displayName(connection)
            if context.deployment.resource(ref).resourceType == .project {
                return "after Key Vault connection '\(name)': ordinary connections, then the Key Vault connection, then the projects"
            }
            return "after Key Vault connection '\(name)': the account reaches the vault through this grant while the connection exists"
        case .cycle:
            return "part of a dependency cycle: no order is right, this one is a guess"
        }
    }
}

/// One teardown step: a resource and why it sits where it does (empty when obvious).
public struct PlanTeardownStep: Sendable {
    public var entry: PlanEntry
    public var reasons: [String]
}

/// One deployed resource as the plan shows it.
public struct PlanEntry: Sendable {
    public var ref: ResourceRef
    /// The symbol (classic ARM: the evaluated name when known).
    public var symbol: String
    public var type: String
    public var apiVersion: String?
    public var path: String
    /// 1-based line of the declaration (rules.md "Where a finding goes").
    public var line: Int
    /// Module declarations that deploy it, outermost first (empty in the root template).
    public var modules: [String]
    /// Its condition (or a parent's or module's) is not known: it may not deploy.
    public var conditional: Bool
    public var loop: LoopSize?
    /// nil: the resource group the deployment targets; else where it lives instead.
    public var otherScope: String?

    public enum LoopSize: Sendable, Equatable {
        case known(Int)
        case unknown
    }

    init(_ ref: ResourceRef, _ context: DeploymentAnalysis) {
        let resource = context.deployment.resource(ref)
        let template = context.deployment.template(of: ref)
        self.ref = ref
        symbol = context.displayName(ref)
        type = resource.type
        apiVersion = resource.apiVersion
        path = template.path
        line = template.source.location(of: resource.span.start).line
        modules = context.deployment.moduleChain(of: ref.instance).map { context.displayName($0) }
        conditional = context.isDeployed(ref) == nil
        if let loop = resource.loop {
            let count = context.evaluation.evaluator(ref.instance).loopElements(of: loop.source)?.count
            self.loop = count.map { .known($0) } ?? .unknown
        }
        otherScope = PlanScope.otherScope(of: ref, context)
    }

    /// `[if]`, `[loop ×3]`, `[other scope: …]` markers for text output.
    package var markers: [String] {
        var out: [String] = []
        if conditional { out.append("[if]") }
        switch loop {
        case .known(let n)?: out.append("[loop ×\(n)]")
        case .unknown?: out.append("[loop]")
        case nil: break
        }
        if let otherScope { out.append("[\(otherScope)]") }
        return out
    }

    /// `main.bicep:12`, with the module chain when inside one.
    package var origin: String {
        let place = "\(path):\(line)"
        return modules.isEmpty ? place : place + " (module " + modules.joined(separator: " > ") + ")"
    }
}

/// Where a resource lives relative to the resource group the deployment targets: a teardown
/// script deletes only what is surely in that group.
enum PlanScope {
    static func otherScope(of ref: ResourceRef, _ context: DeploymentAnalysis) -> String? {
        for module in context.deployment.moduleChain(of: ref.instance) {
            if let other = describe(module, context) { return other }
        }
        return describe(ref, context)
    }

    /// nil when the declaration deploys into the deployment's own resource group.
    private static func describe(_ ref: ResourceRef, _ context: DeploymentAnalysis) -> String? {
        let evaluator = context.evaluation.evaluator(ref.instance)
        guard case .resourceId(let id) = evaluator.resourceId(ofResource: ref.index) else {
            return "scope armor cannot compute"
        }
        switch id.scope {
        case .resourceGroup(nil, nil): return nil
        case .resourceGroup(_, let group?):
            if let name = group.stringValue { return "resource group '\(name)'" }
            return "another resource group"
        case .resourceGroup: return "another subscription"
        case .subscription: return "subscription scope"
        case .managementGroup: return "management group scope"
        case .tenant: return "tenant scope"
        case .extension(let base):
            guard case .resourceId(let target) = base else { return "extension resource" }
            if target.resourceType == .resourceGroup {   // a module's `scope: group`
                return target.fullName.map { "resource group '\($0)'" } ?? "another resource group"
            }
            let kind = Paths.fileName(of: target.type)
            return target.fullName.map { "on \(kind) '\($0)'" } ?? "on a resource of type \(target.type)"
        }
    }
}
