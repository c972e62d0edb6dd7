import ArmorSyntax

/// Follows a value back to the declaration it reads: through variables, module parameters
/// (into the parent template), ARM `reference()`/`resourceId()` calls and Bicep symbols.
/// `account.identity.principalId` traces to (account, ["identity", "principalId"]). A class: it
/// is shared by every rule of one root and captured in per-node closures.
package final class ValueTracer {
    package struct Trace: Equatable {
        package var resource: ResourceRef
        /// Properties read after the resource, lower-cased (`properties`, `principalid`).
        package var path: [String]
    }

    let deployment: Deployment
    let evaluation: DeploymentEvaluation
    /// Every declaration's full name, evaluated on first use: following a module parameter or a
    /// symbol needs none (a role assignment's name rule built them for nothing: 2.3 M
    /// instructions of a 27 M-instruction lint).
    private(set) lazy var names = ResourceNames(deployment, evaluation: evaluation)
    /// Name segments of declarations (`resolveByOrigin`), by declaration.
    var segmentCache: [ResourceRef: [IdSegment]?] = [:]
    /// Declarations by lower-cased type (`resolveByOrigin`).
    var typeIndex: [ResourceType: [ResourceRef]] = [:]
    /// Origins of declarations and of their scopes, computed once (grants are matched per account).
    var resourceOrigins: [ResourceRef: Origin?] = [:]
    var scopeOrigins: [ResourceRef: String] = [:]
    /// Declaration index by symbol, per instance (a linear search per trace was quadratic).
    private var symbols: [Int: [String: Int]] = [:]
    /// Set when a walk stopped at a depth cap (`within`): only then can a walk started
    /// shallower end differently (see `resolveResourceId`).
    var cutShort = false

    /// `depth < limit`, noting in `cutShort` when it is not.
    func within(_ depth: Int, _ limit: Int) -> Bool {
        if depth < limit { return true }
        cutShort = true
        return false
    }

    func symbolIndex(_ symbol: String, in instance: Int) -> Int? {
        if let table = symbols[instance] { return table[symbol] }
        var table: [String: Int] = [:]
        for (index, resource) in deployment.instances[instance].template.resources.enumerated() where table[resource.symbol] == nil {
            table[resource.symbol] = index
        }
        symbols[instance] = table
        return table[symbol]
    }

    init(deployment: Deployment, evaluation: DeploymentEvaluation) {
        self.deployment = deployment
        self.evaluation = evaluation
    }

    /// The declaration a value reads, if it reads exactly one that can be found.
    package func trace(_ value: Value, in instance: Int, depth: Int = 0) -> Trace? {
        guard within(depth, AnalysisLimits.traceDepth) else { return nil }
        switch value.kind {
        case .resource(let symbol):
            guard let index = symbolIndex(symbol, in: instance) else { return nil }
            return Trace(resource: ResourceRef(instance: instance, index: index), path: [])
        case .member(let base, let name, _):
            guard var trace = trace(base, in: instance, depth: depth + 1) else { return nil }
            trace.path.append(name.lowercased())
            return followOutput(trace, depth: depth) ?? trace
        case .index(let base, let index, _, _):
            // `coll[i]` reads one element of a loop; `x['key']` a property.
            guard var trace = trace(base, in: instance, depth: depth + 1) else { return nil }
            if let key = index.stringLiteral { trace.path.append(key.lowercased()) }
            return trace
        case .call(let name, _, let arguments):
            return traceCall(name.lowercased(), arguments, in: instance, depth: depth)
        default:
            guard let next = readThrough(value, in: instance) else { return nil }
            return trace(next.value, in: next.instance, depth: depth + 1)
        }
    }

    /// The step `trace` and `project` share: a variable stands for its value, a module parameter
    /// for what the caller passes (in the caller's instance), `x!` and `x ?? y` for `x`
    /// (`account.?identity.principalId ?? ''` is the left side whenever it exists).
    func readThrough(_ value: Value, in instance: Int) -> (value: Value, instance: Int)? {
        switch value.kind {
        case .unary(.nonNull, let inner), .binary(.coalesce, let inner, _):
            return (inner, instance)
        case .variable(let name):
            return deployment.instances[instance].template.variable(named: name).map { ($0.value, instance) }
        case .parameter(let name):
            return moduleArgument(name, of: instance).map { ($0.0, $0.1) }
        default:
            return nil
        }
    }

    /// `module.outputs.x` (ARM `reference(deployment).outputs.x.value`): what the output reads
    /// inside the instance the module deploys.
    private func followOutput(_ trace: Trace, depth: Int) -> Trace? {
        guard let target = deployment.moduleTargets[trace.resource] else { return nil }
        let path = trace.path.first == "properties" ? Array(trace.path.dropFirst()) : trace.path
        guard path.count >= 2, path[0] == "outputs" else { return nil }
        let template = deployment.instances[target].template
        guard let output = template.outputs.first(where: { $0.name.lowercased() == path[1] }) else { return nil }
        let isARM = template.language == .arm
        // ARM wraps an output as `{ type, value }`: `.value` is the output itself.
        if isARM && path.count < 3 { return nil }
        guard var inner = self.trace(output.value, in: target, depth: depth + 1) else { return nil }
        inner.path += path.dropFirst(isARM ? 3 : 2)
        return inner
    }

    /// ARM: `reference(x)` is the resource's properties object (`'Full'` the whole resource);
    /// `resourceId(...)` names a resource; `any(x)` is x.
    private func traceCall(_ name: String, _ arguments: [Value], in instance: Int, depth: Int) -> Trace? {
        guard let first = arguments.first else { return nil }
        switch name {
        case "any":
            return trace(first, in: instance, depth: depth + 1)
        case "reference":
            guard let target = resolveResource(first, in: instance, depth: depth) else { return nil }
            let full = arguments.count >= 3 && arguments[2].stringLiteral?.lowercased() == "full"
            return Trace(resource: target, path: full ? [] : ["properties"])
        case _ where ResourceIdFunction.arm(name) != nil:
            guard let target = resolveResourceId(Value(.call(name: name, namespace: nil, arguments: arguments), at: first.span),
                                                 in: instance, depth: depth) else { return nil }
            return Trace(resource: target, path: ["id"])
        default:
            return nil
        }
    }

    /// `resolveResource` of a resource-id call. Tracing the call meets it again, level after
    /// level down to the depth limit, each level evaluating it anew (~3 M instructions a call):
    /// here it is evaluated once, and as before the deepest level that finds a declaration wins
    /// (only `resolveByOrigin` depends on the level).
    private func resolveResourceId(_ value: Value, in instance: Int, depth: Int) -> ResourceRef? {
        let known = evaluation.evaluate(value, in: instance)
        switch known {
        case .resourceId(let id) where id.fullName != nil:
            return resolve(known, value, in: instance, depth: depth)
        case .string:
            return resolve(known, value, in: instance, depth: depth)
        default:
            return deepestResolveByOrigin(value, in: instance, from: depth)
        }
    }

    /// The deepest level from `depth` up whose `resolveByOrigin` finds a declaration. Levels at
    /// or past `nameDepth` find none at once. A level that fails without meeting a depth cap
    /// walks exactly the steps every shallower level would, so they would fail too: stop there
    /// (trying each of 16 levels cost ~1 M instructions a call).
    func deepestResolveByOrigin(_ value: Value, in instance: Int, from depth: Int) -> ResourceRef? {
        // Past the cap no level is tried; a shallower caller's walk might try one.
        guard within(depth, AnalysisLimits.nameDepth) else { return nil }
        let outer = cutShort
        defer { cutShort = cutShort || outer }
        for level in stride(from: min(AnalysisLimits.traceDepth, AnalysisLimits.nameDepth) - 1, through: depth, by: -1) {
            cutShort = false
            if let found = resolveByOrigin(value, in: instance, depth: level) { return found }
            if !cutShort { return nil }
        }
        return nil
    }

    /// `deepestResolveByOrigin` trying every level (the reference it must agree with in tests).
    func everyLevelResolveByOrigin(_ value: Value, in instance: Int, from depth: Int) -> ResourceRef? {
        for level in stride(from: AnalysisLimits.traceDepth - 1, through: depth, by: -1) {
            if let found = resolveByOrigin(value, in: instance, depth: level) { return found }
        }
        return nil
    }

    /// The declaration a resource-identifying value names: a symbol, `sym.id`, a resource id
    /// (structured or literal), or an ARM symbolic name / resource name string.
    package func resolveResource(_ value: Value, in instance: Int, depth: Int = 0) -> ResourceRef? {
        if let traced = trace(value, in: instance, depth: depth + 1),
           traced.path.isEmpty || traced.path == ["id"] || traced.path == ["name"] {
            return traced.resource
        }
        return resolve(evaluation.evaluate(value, in: instance), value, in: instance, depth: depth)
    }

    /// `resolveResource` past tracing, from the value's known value.
    private func resolve(_ known: KnownValue, _ value: Value, in instance: Int, depth: Int) -> ResourceRef? {
        switch known {
        case .resourceId(let id):
            guard let full = id.fullName else { return resolveByOrigin(value, in: instance, depth: depth) }
            return names.find(type: id.resourceType, fullName: full, near: instance)
        case .string(let text):
            if let id = KnownResourceId(parsing: text), let full = id.fullName {
                return names.find(type: id.resourceType, fullName: full, near: instance)
            }
            let template = deployment.instances[instance].template
            if let index = template.resourceIndex(symbol: text) { return ResourceRef(instance: instance, index: index) }
            if let outer = outerScopeSymbol(text, of: instance) { return outer }
            return relativeId(text, in: instance)
        default:
            return resolveByOrigin(value, in: instance, depth: depth)
        }
    }

    /// ARM's relative form of an extension scope, `Namespace/type/name[/type/name]`
    /// (`Microsoft.KeyVault/vaults/kv1`).
    private func relativeId(_ text: String, in instance: Int) -> ResourceRef? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 3, parts.count % 2 == 1, parts[0].contains("."), !parts.contains(where: \.isEmpty) else { return nil }
        var type = parts[0]
        var segments: [String] = []
        for i in stride(from: 1, to: parts.count - 1, by: 2) {
            type += "/" + parts[i]
            segments.append(parts[i + 1])
        }
        return names.find(type: ResourceType(type), fullName: segments.joined(separator: "/"), near: instance)
    }

    /// The value a module passes for parameter `name` of `instance`, and the parent instance.
    package func moduleArgument(_ name: String, of instance: Int) -> (Value, Int)? {
        guard let module = deployment.instances[instance].deployedBy else { return nil }
        let key = name.lowercased()
        guard let argument = deployment.resource(module).moduleArguments.first(where: { $0.name.lowercased() == key }) else {
            return outerScopeParameter(name, of: instance)
        }
        return (argument.value, module.instance)
    }
}
