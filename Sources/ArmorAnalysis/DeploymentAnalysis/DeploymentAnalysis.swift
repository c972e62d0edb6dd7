import ArmorBase
import ArmorSyntax

/// What every consumer of the semantic model reads (rules, plan, teardown, reporters): the deployment (root template, modules, nested templates), its graphs,
/// known values, and the happens-after relation. Built once per linted root, shared by every
/// rule, used on one thread.
public struct DeploymentAnalysis {
    /// Everything derived from the deployment, behind one reference: rules capture the context
    /// in closures that run per expression node, and copying one reference is one retain.
    private let shared: Shared
    /// Teardown scripts paired with this deployment's root template.
    public var scripts: [ScannedScript] = []

    public init(deployment: Deployment, rootParameters: [String: KnownValue] = [:]) {
        shared = Shared(deployment: deployment, rootParameters: rootParameters)
    }

    public var deployment: Deployment { shared.deployment }
    public var evaluation: DeploymentEvaluation { shared.evaluation }
    public var happensAfter: HappensAfter { shared.happensAfter }
    package var names: ResourceNames { shared.names }
    package var tracer: ValueTracer { shared.tracer }

    /// Computed on first use by the Foundry rules.
    package var foundry: FoundryInventory {
        if let cached = shared.foundry { return cached }
        let inventory = FoundryInventory(self)
        shared.foundry = inventory
        return inventory
    }

    /// A class because it is a per-root cache shared by every rule (style.md convention 4).
    private final class Shared {
        let deployment: Deployment
        let evaluation: DeploymentEvaluation
        var foundry: FoundryInventory?
        // Built on first use: most templates have no Foundry resources and no scripts, and a
        // test template can deploy hundreds of module resources.
        lazy var happensAfter = HappensAfter(deployment) { [evaluation] in evaluation.ordersThrough($0) }
        lazy var names = ResourceNames(deployment, evaluation: evaluation)
        // The tracer asks for the names when it first needs them, and shares these (weak: the
        // tracer is this object's; a tracer that outlived it builds its own).
        lazy var tracer = ValueTracer(deployment: deployment, evaluation: evaluation) { [weak self, deployment, evaluation] in
            self?.names ?? ResourceNames(deployment, evaluation: evaluation)
        }

        init(deployment: Deployment, rootParameters: [String: KnownValue]) {
            self.deployment = deployment
            evaluation = DeploymentEvaluation(deployment, rootParameters: rootParameters)
        }
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


extension DeploymentAnalysis {
    /// How a declaration is named in messages: its symbol, or for classic ARM (whose symbol is
    /// the name expression) the evaluated name when known.
    public func displayName(_ ref: ResourceRef) -> String {
        let resource = deployment.resource(ref)
        guard deployment.template(of: ref).language == .arm, resource.symbol.hasPrefix("[") else { return resource.symbol }
        if let name = evaluate(resource.name, in: ref.instance).stringValue { return name }
        // A copy loop's name expression varies per element; its copy name is what users know.
        if let copyName = resource.loop?.copyName, !copyName.isEmpty { return copyName }
        return resource.symbol
    }

    /// Instances of the linted file itself: the root and its inline nested ARM templates. Local
    /// modules are linted as roots of their own, with their own parameters; judging them inside
    /// one caller's deployment would report that caller's values on the module's lines.
    package var ownInstances: [Int] {
        let path = deployment.root.template.path
        return deployment.instances.indices.filter { deployment.instances[$0].template.path == path }
    }

    /// A finding's related location: "<label>" at a declaration.
    package func note(_ label: String, _ ref: ResourceRef) -> Note {
        Note(label, at: location(ref))
    }
}
