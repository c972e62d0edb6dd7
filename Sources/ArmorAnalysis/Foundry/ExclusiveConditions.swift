import ArmorSyntax

/// "Create a new account or use an existing one": declarations whose conditions can never hold
/// together (`if (!useExisting)` and `if (useExisting)`, `mode == 'new'` and `mode == 'reuse'`,
/// through modules and parents) never deploy together, so nothing between them needs ordering or
/// counts twice.
extension DeploymentAnalysis {
    package func neverBothDeploy(_ a: ResourceRef, _ b: ResourceRef) -> Bool {
        let left = deployConditions(a), right = deployConditions(b)
        guard !left.isEmpty, !right.isEmpty else { return false }
        for x in left {
            for y in right where exclusive(x, y) { return true }
        }
        return false
    }

    /// The conditions a declaration deploys under: its own, its parents' and its modules'.
    private func deployConditions(_ ref: ResourceRef) -> [(value: Value, instance: Int)] {
        var result: [(Value, Int)] = []
        var current: ResourceRef? = ref
        var steps = 0
        while let r = current, steps < AnalysisLimits.chainSteps {
            steps += 1
            let resource = deployment.resource(r)
            if let condition = resource.condition { result.append((condition, r.instance)) }
            if let parent = resource.parent, parent != r.index {
                current = ResourceRef(instance: r.instance, index: parent)
            } else {
                current = deployment.instances[r.instance].deployedBy
            }
        }
        return result
    }

    private func exclusive(_ x: (value: Value, instance: Int), _ y: (value: Value, instance: Int)) -> Bool {
        if let a = tracer.origin(x.value, in: x.instance), let b = tracer.origin(y.value, in: y.instance),
           Self.negates(a.text, b.text) || Self.negates(b.text, a.text) {
            return true
        }
        // `lhs == 'a'` and `lhs == 'b'` with the same left side and different known right sides.
        guard let (l1, r1) = equality(x.value), let (l2, r2) = equality(y.value),
              let a = tracer.origin(l1, in: x.instance), let b = tracer.origin(l2, in: y.instance), a.same(as: b) == .yes
        else { return false }
        let v1 = evaluation.evaluate(r1, in: x.instance), v2 = evaluation.evaluate(r2, in: y.instance)
        return v1.isFullyKnown && v2.isFullyKnown && v1.equals(v2, ignoringCase: false) == false
    }

    private static func negates(_ a: String, _ b: String) -> Bool {
        a == "!(\(b))" || a == "not(\(b))"
    }

    private func equality(_ value: Value) -> (Value, Value)? {
        switch value.kind {
        case .binary(.equal, let lhs, let rhs): return (lhs, rhs)
        case .call(let name, _, let arguments) where name.lowercased() == "equals" && arguments.count == 2:
            return (arguments[0], arguments[1])
        default: return nil
        }
    }
}
