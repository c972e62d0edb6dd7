import ArmorBase
import ArmorSyntax

/// Known values across a deployment: one evaluator per template instance, with the root's
/// parameter values (parameters file) and each module's `params` passed down, and module
/// outputs read from the instance the module deploys.
public struct DeploymentEvaluation {
    private let deployment: Deployment
    private let rootParameters: [String: KnownValue]
    private let cache: EvaluatorCache

    public init(_ deployment: Deployment, rootParameters: [String: KnownValue] = [:]) {
        self.init(deployment, rootParameters, EvaluatorCache())
    }

    private init(_ deployment: Deployment, _ rootParameters: [String: KnownValue], _ cache: EvaluatorCache) {
        self.deployment = deployment
        self.rootParameters = rootParameters
        self.cache = cache
    }

    /// The evaluator of one instance, made on first use (a module's parameters are evaluated
    /// in its caller's evaluator, so a deep module tree costs nothing until a rule looks).
    public func evaluator(_ instance: Int) -> Evaluator {
        if let made = cache.evaluators[instance] { return made }
        let entry = deployment.instances[instance]
        var values = rootParameters
        var arguments: [String: Value] = [:]
        var caller: Evaluator?
        if instance != 0 {
            values = [:]
            if let module = entry.deployedBy, module.instance < instance {
                let parent = evaluator(module.instance)
                caller = parent
                let passed = deployment.resource(module).moduleArguments
                arguments.reserveCapacity(passed.count)
                for (name, value) in passed { arguments[ASCIICase.lowercased(name)] = value }
                // An outer-scoped inline template sees its parent's parameters (dependency-semantics §7.4);
                // an argument replaces the inherited value (even a null one, which means the default).
                if deployment.expressionParent(of: instance) != nil {
                    values = parent.givenParameterValues.filter { arguments[$0.key] == nil }
                }
            }
        }
        var made = Evaluator(template: entry.template, parameterValues: values)
        if let caller {
            made.arguments = arguments
            made.evaluateArgument = { caller.evaluate($0) }
        }
        // Weak: the cache holds this evaluator, whose closure must not keep the cache alive.
        made.moduleOutput = { [deployment, rootParameters, weak cache] module, output in
            guard let cache else { return .unknown }
            return DeploymentEvaluation(deployment, rootParameters, cache)
                .moduleOutput(ResourceRef(instance: instance, index: module), output)
        }
        cache.evaluators[instance] = made
        return made
    }

    /// Whether the root parameter `name` has a value from outside (a parameters file).
    public func hasRootParameter(_ name: String) -> Bool {
        rootParameters[name] != nil || rootParameters.keys.contains { $0.lowercased() == name.lowercased() }
    }

    /// For a looped module declaration: one evaluator of the instance it deploys per element of
    /// its array, with that element's parameters; nil when the array is unknown. Module outputs
    /// stay unknown in them (they differ per element).
    public func moduleElementEvaluators(_ module: ResourceRef) -> [Evaluator]? {
        guard let target = deployment.moduleTargets[module],
              let elements = evaluator(module.instance).elements(of: deployment.resource(module)) else { return nil }
        return elements.map { element in
            Evaluator(template: deployment.instances[target].template,
                      parameterValues: Self.moduleParameters(deployment.resource(module), evaluator: element))
        }
    }

    /// The value of output `name` of the instance a module declaration deploys.
    func moduleOutput(_ module: ResourceRef, _ name: String) -> KnownValue {
        guard let target = deployment.moduleTargets[module], !deployment.resource(module).isLoop,
              let output = deployment.instances[target].template.outputs.first(where: { $0.name.lowercased() == name.lowercased() })
        else { return .unknown }
        let key = "\(target)/\(name.lowercased())"
        // Outputs that feed each other through module parameters (an invalid template) end as unknown.
        guard cache.outputsInProgress.insert(key).inserted else { return .unknown }
        defer { cache.outputsInProgress.remove(key) }
        // A module that does not deploy has no outputs (`m.?outputs.x` is null); one that may
        // not deploy has outputs armor cannot know.
        switch isDeployed(module) {
        case false?: return .null
        case nil: return .unknown
        default: return evaluator(target).evaluate(output.value)
        }
    }

    /// Evaluators by instance; a class because it is a cache shared by copies (style.md 4).
    private final class EvaluatorCache {
        var evaluators: [Int: Evaluator] = [:]
        var outputsInProgress: Set<String> = []
        /// `isDeployed` by declaration: every rule asks it, for most declarations.
        var deployed: [ResourceRef: Bool?] = [:]
    }

    /// What a module declaration passes (`Resource.moduleArguments`), evaluated in the caller. A
    /// looped module passes unknowns where the loop item is used (the evaluator has no binding).
    static func moduleParameters(_ module: Resource, evaluator: Evaluator) -> [String: KnownValue] {
        var values: [String: KnownValue] = [:]
        for (name, value) in module.moduleArguments { values[name] = evaluator.evaluate(value) }
        return values
    }

    public func evaluate(_ value: Value?, in instance: Int) -> KnownValue {
        guard let value, instance < deployment.instances.count else { return .unknown }
        return evaluator(instance).evaluate(value)
    }

    /// Whether a declaration puts anything in place when it sits in the middle of a dependency
    /// path: it deploys, and if it is a loop, its array is known not to be empty (Resource
    /// Manager satisfies a dependency on an empty loop at once).
    public func ordersThrough(_ ref: ResourceRef) -> Bool? {
        let deployed = isDeployed(ref)
        guard deployed != false, let loop = deployment.resource(ref).loop else { return deployed }
        guard let elements = evaluator(ref.instance).loopElements(of: loop.source) else { return nil }
        return elements.isEmpty ? false : deployed
    }

    /// Whether a declaration deploys: its own condition, its parent's (a child of a resource
    /// that is not deployed is not either), and the condition of the module that deploys it. A
    /// loop over an array known to be empty deploys nothing, and neither does what it holds.
    public func isDeployed(_ ref: ResourceRef) -> Bool? {
        if let known = cache.deployed[ref] { return known }
        let result = deploys(ref)
        cache.deployed[ref] = .some(result)  // .some: a nil (unknown) answer is cached too
        return result
    }

    private func deploys(_ ref: ResourceRef) -> Bool? {
        var result: Bool? = true
        var current: ResourceRef? = ref
        var steps = 0
        while let r = current, steps < AnalysisLimits.chainSteps {
            steps += 1
            let resource = deployment.resource(r)
            // No condition is true: no evaluator is made for it (most declarations have none,
            // and an evaluator costs its template's name tables).
            if let condition = resource.condition {
                switch evaluator(r.instance).condition(condition) {
                case false?: return false
                case nil: result = nil
                default: break
                }
            }
            if let loop = resource.loop, evaluator(r.instance).loopElements(of: loop.source)?.isEmpty == true {
                return false
            }
            if let parent = resource.parent, parent != r.index {
                current = ResourceRef(instance: r.instance, index: parent)
            } else {
                current = deployment.instances[r.instance].deployedBy
            }
        }
        return result
    }
}
