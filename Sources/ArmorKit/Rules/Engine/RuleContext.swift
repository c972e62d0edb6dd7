/// What a rule reads: the deployment (root template, modules, nested templates), its graphs,
/// known values, and the happens-after relation. Built once per linted root, shared by every
/// rule, used on one thread.
public struct RuleContext {
    public let deployment: Deployment
    public let evaluation: DeploymentEvaluation
    public let happensAfter: HappensAfter
    let names: ResourceNames
    let tracer: ValueTracer
    /// Teardown scripts paired with this deployment's root template.
    public var scripts: [ScannedScript] = []
    /// Computed on first use by the Foundry rules.
    private let foundryBox = Box<FoundryInventory>()

    public init(deployment: Deployment, rootParameters: [String: KnownValue] = [:]) {
        self.deployment = deployment
        let evaluation = DeploymentEvaluation(deployment, rootParameters: rootParameters)
        self.evaluation = evaluation
        self.happensAfter = HappensAfter(deployment) { evaluation.ordersThrough($0) }
        self.names = ResourceNames(deployment, evaluation: evaluation)
        self.tracer = ValueTracer(deployment: deployment, evaluation: evaluation, names: names)
    }

    var foundry: FoundryInventory {
        if let cached = foundryBox.value { return cached }
        let inventory = FoundryInventory(self)
        foundryBox.value = inventory
        return inventory
    }

    public func isDeployed(_ ref: ResourceRef) -> Bool? { evaluation.isDeployed(ref) }

    public func evaluate(_ value: Value?, in instance: Int) -> KnownValue { evaluation.evaluate(value, in: instance) }

    public func location(_ ref: ResourceRef) -> Location { deployment.location(ref) }

    public func symbol(_ ref: ResourceRef) -> String { deployment.resource(ref).symbol }

    /// "Where a finding goes" (rules.md): the declaration, in the lowest template that contains
    /// both `late` and `early`, that contains `late` (itself, or the module that deploys it).
    public func placement(of late: ResourceRef, relativeTo early: ResourceRef) -> ResourceRef {
        let lateChain = deployment.moduleChain(of: late.instance) + [late]
        let earlyChain = deployment.moduleChain(of: early.instance) + [early]
        // Equal instances at a level mean the same module declarations above it.
        var shared = 0
        while shared < lateChain.count && shared < earlyChain.count
                && lateChain[shared].instance == earlyChain[shared].instance {
            shared += 1
        }
        return lateChain[max(shared - 1, 0)]
    }
}

/// A teardown script and what the scanner found in it.
public struct ScannedScript: Sendable {
    public var source: SourceFile
    public var script: TeardownScript

    public init(source: SourceFile, script: TeardownScript) {
        self.source = source
        self.script = script
    }
}

/// A shared, lazily filled slot (a class only because it is a cache: style.md convention 4).
final class Box<T> {
    var value: T?
}

extension RuleContext {
    /// How a declaration is named in messages: its symbol, or for classic ARM (whose symbol is
    /// the name expression) the evaluated name when known.
    public func displayName(_ ref: ResourceRef) -> String {
        let resource = deployment.resource(ref)
        guard deployment.template(of: ref).language == .arm, resource.symbol.hasPrefix("[") else { return resource.symbol }
        if let name = evaluate(resource.name, in: ref.instance).stringValue { return name }
        return resource.symbol
    }

    /// A finding's related location: "<label>" at a declaration.
    func note(_ label: String, _ ref: ResourceRef) -> Note {
        Note(label, at: location(ref))
    }
}
