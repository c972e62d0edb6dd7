/// Known values across a deployment: one evaluator per template instance, with the root's
/// parameter values (parameters file) and each module's `params` passed down.
public struct DeploymentEvaluation {
    public let evaluators: [Evaluator]
    private let deployment: Deployment

    public init(_ deployment: Deployment, rootParameters: [String: KnownValue] = [:]) {
        self.deployment = deployment
        var evaluators: [Evaluator] = []
        evaluators.reserveCapacity(deployment.instances.count)
        for (index, instance) in deployment.instances.enumerated() {
            var values: [String: KnownValue] = [:]
            if index == 0 {
                values = rootParameters
            } else if let module = instance.deployedBy, module.instance < evaluators.count {
                values = Self.moduleParameters(deployment.resource(module), evaluator: evaluators[module.instance])
            }
            evaluators.append(Evaluator(template: instance.template, parameterValues: values))
        }
        self.evaluators = evaluators
    }

    /// What a module declaration passes: Bicep `params: { p: v }`, ARM inner-scope
    /// `properties.parameters: { p: { value: v } }`. A looped module passes unknowns where the
    /// loop item is used (the evaluator has no binding for it).
    static func moduleParameters(_ module: Resource, evaluator: Evaluator) -> [String: KnownValue] {
        var values: [String: KnownValue] = [:]
        if let params = module.body.property("params"), case .object(let entries) = params.kind {
            for case .property(let key, _, let value) in entries { values[key] = evaluator.evaluate(value) }
        } else if let params = module.body.path("properties", "parameters"), case .object(let entries) = params.kind {
            for case .property(let key, _, let wrapper) in entries {
                if let value = wrapper.property("value") { values[key] = evaluator.evaluate(value) }
            }
        }
        return values
    }

    public func evaluate(_ value: Value?, in instance: Int) -> KnownValue {
        guard let value, instance < evaluators.count else { return .unknown }
        return evaluators[instance].evaluate(value)
    }

    /// Whether a declaration puts anything in place when it sits in the middle of a dependency
    /// path: it deploys, and if it is a loop, its array is known not to be empty (Resource
    /// Manager satisfies a dependency on an empty loop at once).
    public func ordersThrough(_ ref: ResourceRef) -> Bool? {
        let deployed = isDeployed(ref)
        guard deployed != false, let loop = deployment.resource(ref).loop else { return deployed }
        guard let elements = evaluators[ref.instance].loopElements(of: loop.source) else { return nil }
        return elements.isEmpty ? false : deployed
    }

    /// Whether a declaration deploys: its own condition, its parent's (a child of a resource
    /// that is not deployed is not either), and the condition of the module that deploys it.
    public func isDeployed(_ ref: ResourceRef) -> Bool? {
        var result: Bool? = true
        var current: ResourceRef? = ref
        var steps = 0
        while let r = current, steps < 64 {
            steps += 1
            let resource = deployment.resource(r)
            switch evaluators[r.instance].condition(resource.condition) {
            case false?: return false
            case nil: result = nil
            default: break
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
