import ArmorSyntax

/// Three-valued answers: a finding rests on `.yes` or `.no`, never on `.unknown`.
package enum Decision: Equatable {
    case yes, no, unknown

    static func all(_ decisions: [Decision]) -> Decision {
        if decisions.contains(.no) { return .no }
        return decisions.contains(.unknown) ? .unknown : .yes
    }
}

/// Where a value comes from, as a canonical text: two values with the same origin are equal even
/// when neither is known (rules.md "Unknown is not the same as different"). A known value's
/// origin is its content; an unknown one's is the parameter, module parameter, module output,
/// declaration or resource property it is read from, through variables, `any()`, module
/// boundaries and nested deployments, and pure functions of those.
package struct Origin: Hashable {
    package var text: String
    /// True when the value is fully known: two known origins that differ are different values.
    var isKnown: Bool

    /// Same value (`.yes`), different (`.no`), or not decidable.
    func same(as other: Origin) -> Decision {
        if text == other.text { return .yes }
        return isKnown && other.isKnown ? .no : .unknown
    }
}

extension ValueTracer {
    /// Functions whose result is not fixed by their arguments within one deployment.
    private static func isRuntime(_ function: String) -> Bool {
        ["utcnow", "newguid", "reference", "deployment", "any"].contains(function) || function.hasPrefix("list")
    }

    /// Functions that name the scope the template is deployed to.
    private static let scopeFunctions: Set<String> = ["resourcegroup", "subscription", "managementgroup", "tenant"]

    /// The origin of a value read in `instance`; nil when armor cannot name one (a loop item, a
    /// run-time function such as `utcNow()`).
    package func origin(_ value: Value, in instance: Int, depth: Int = 0) -> Origin? {
        guard within(depth, AnalysisLimits.traceDepth) else { return nil }
        let known = evaluation.evaluate(value, in: instance)
        if known.isFullyKnown { return Origin(text: "k:" + String(describing: known), isKnown: true) }
        let template = deployment.instances[instance].template
        switch value.kind {
        case .parameter(let name):
            if let (argument, parent) = moduleArgument(name, of: instance) { return origin(argument, in: parent, depth: depth + 1) }
            if let defaultValue = template.parameter(named: name)?.defaultValue, instance != 0 || !rootGiven(name) {
                return origin(defaultValue, in: instance, depth: depth + 1)
            }
            return Origin(text: "p\(instance):\(name.lowercased())", isKnown: false)
        case .variable(let name):
            guard let variable = template.variable(named: name) else { return nil }
            return origin(variable.value, in: instance, depth: depth + 1)
        case .unary(.nonNull, let inner):
            return origin(inner, in: instance, depth: depth + 1)
        case .call(let name, _, let arguments) where name.lowercased() == "any" && arguments.count == 1:
            return origin(arguments[0], in: instance, depth: depth + 1)
        case .call(let name, _, let arguments) where Self.scopeFunctions.contains(name.lowercased()) && arguments.isEmpty:
            // The same function in a module deployed to another scope names another scope.
            let scopes = deployment.moduleChain(of: instance).compactMap { module -> String? in
                guard let scope = deployment.resource(module).scope else { return nil }
                return origin(scope, in: module.instance, depth: depth + 1)?.text ?? "d\(module.instance):\(module.index)"
            }
            return Origin(text: name.lowercased() + "()" + scopes.map { "@" + $0 }.joined(), isKnown: false)
        case .call(let name, _, let arguments) where name.lowercased() == "last" && arguments.count == 1:
            // `last(split(vault.id, '/'))` is the vault's own name.
            if let name = nameOfSplitId(arguments[0], in: instance, depth: depth) { return name }
            return combine("last", arguments, in: instance, depth: depth)
        case .call(let name, _, let arguments) where !Self.isRuntime(name.lowercased()):
            return combine(name.lowercased(), arguments, in: instance, depth: depth)
        case .interpolation(let parts):
            return combine("interpolate", parts, in: instance, depth: depth)
        case .binary(let op, let lhs, let rhs):
            return combine(op.rawValue, [lhs, rhs], in: instance, depth: depth)
        case .unary(let op, let operand):
            return combine(op.rawValue, [operand], in: instance, depth: depth)
        case .ternary(let condition, let then, let otherwise):
            return combine("?:", [condition, then, otherwise], in: instance, depth: depth)
        case .member, .index, .resource, .call:
            if let traced = trace(value, in: instance, depth: depth + 1) { return origin(of: traced, depth: depth) }
            switch value.kind {
            case .member(let base, let name, _):
                return origin(base, in: instance, depth: depth + 1).map { Origin(text: $0.text + "." + name.lowercased(), isKnown: false) }
            case .index(let base, let index, _, _):
                guard let b = origin(base, in: instance, depth: depth + 1), let i = origin(index, in: instance, depth: depth + 1) else { return nil }
                return Origin(text: b.text + "[" + i.text + "]", isKnown: false)
            default:
                return nil
            }
        default:
            return nil
        }
    }

    /// `split(x, '/')` where `x` is the id of a declaration named by one segment: its name's origin.
    private func nameOfSplitId(_ value: Value, in instance: Int, depth: Int) -> Origin? {
        guard case .call(let split, _, let arguments) = value.kind, split.lowercased() == "split", arguments.count == 2,
              evaluation.evaluate(arguments[1], in: instance).stringValue == "/",
              let id = traceId(arguments[0], in: instance, depth: depth) else { return nil }
        let resource = deployment.resource(id)
        guard let name = resource.name, resource.parent == nil, resource.type.split(separator: "/").count == 2 else { return nil }
        return origin(name, in: id.instance, depth: depth + 1)
    }

    /// The declaration whose `id` a value is, through parameters, outputs and variables.
    private func traceId(_ value: Value, in instance: Int, depth: Int) -> ResourceRef? {
        guard let traced = trace(value, in: instance, depth: depth + 1), traced.path == ["id"],
              deployment.resource(traced.resource).kind == .resource else { return nil }
        return traced.resource
    }

    private func rootGiven(_ name: String) -> Bool {
        evaluation.hasRootParameter(name)
    }

    private func combine(_ function: String, _ arguments: [Value], in instance: Int, depth: Int) -> Origin? {
        var parts: [String] = []
        for argument in arguments {
            guard let part = origin(argument, in: instance, depth: depth + 1) else { return nil }
            parts.append(part.text)
        }
        return Origin(text: function + "(" + parts.joined(separator: ",") + ")", isKnown: false)
    }

    /// A property read from a declaration: a module's output is the output's own origin; any
    /// other declaration is named by `origin(ofResource:)`.
    private func origin(of traced: Trace, depth: Int) -> Origin? {
        var path = traced.path
        if let target = deployment.moduleTargets[traced.resource], !deployment.resource(traced.resource).isLoop {
            if path.first == "properties" { path.removeFirst() }
            let template = deployment.instances[target].template
            if path.count >= 2, path[0] == "outputs",
               let output = template.outputs.first(where: { $0.name.lowercased() == path[1] }) {
                let rest = path.dropFirst(template.language == .arm ? 3 : 2)
                guard let inner = origin(output.value, in: target, depth: depth + 1) else { return nil }
                return rest.isEmpty ? inner : Origin(text: inner.text + "." + rest.joined(separator: "."), isKnown: false)
            }
        }
        // `x.name` is the origin of x's name, the same wherever x is declared.
        if path == ["name"], let name = nameOrigin(traced.resource, depth: depth + 1) { return name }
        guard let base = origin(ofResource: traced.resource, depth: depth + 1) else { return nil }
        if path.isEmpty { return base }
        return Origin(text: base.text + "." + path.joined(separator: "."), isKnown: false)
    }

    /// The origin of a declaration itself: its type, full name and scope. Two declarations of the
    /// same type with the same name origin (an `existing` copy in a module and the deployed one)
    /// name the same resource; a declaration armor cannot name is only equal to itself.
    func origin(ofResource ref: ResourceRef, depth: Int = 0) -> Origin? {
        if let cached = resourceOrigins[ref] { return cached }
        let origin = computeOrigin(ofResource: ref, depth: depth)
        if depth == 0 { resourceOrigins[ref] = .some(origin) }
        return origin
    }

    private func computeOrigin(ofResource ref: ResourceRef, depth: Int) -> Origin? {
        let resource = deployment.resource(ref)
        let own = Origin(text: "d\(ref.instance):\(ref.index)", isKnown: false)
        guard let name = nameOrigin(ref, depth: depth) else { return own }
        let scope = scopeText(ref, depth: depth)
        return Origin(text: "r:" + resource.resourceType.folded + "|" + name.text + scope.text, isKnown: name.isKnown && scope.isKnown)
    }

    /// The origin of a declaration's full name (`account/conn`), lower-cased: names compare
    /// without case.
    func nameOrigin(_ ref: ResourceRef, depth: Int = 0) -> Origin? {
        let resource = deployment.resource(ref)
        guard within(depth, AnalysisLimits.nameDepth), resource.kind == .resource, !resource.isLoop, let name = resource.name else { return nil }
        if let full = names.fullName(ref) { return Origin(text: full, isKnown: true) }
        guard var nameOrigin = origin(name, in: ref.instance, depth: depth + 1) else { return nil }
        if let parent = resource.parent {
            guard let parentName = self.nameOrigin(ResourceRef(instance: ref.instance, index: parent), depth: depth + 1) else { return nil }
            nameOrigin.text = parentName.text + "/" + nameOrigin.text
        }
        return Origin(text: nameOrigin.text.lowercased(), isKnown: false)
    }

    /// Where a declaration is deployed, as written (`scope:` of itself and its modules): two
    /// declarations with the same text are in the same scope; different texts may still be.
    func scopeOrigin(_ ref: ResourceRef) -> String {
        if let cached = scopeOrigins[ref] { return cached }
        let text = scopeText(ref, depth: 0).text
        scopeOrigins[ref] = text
        return text
    }

    /// A written `scope:` (own or of an enclosing module) as part of a declaration's origin.
    private func scopeText(_ ref: ResourceRef, depth: Int) -> (text: String, isKnown: Bool) {
        var text = ""
        var isKnown = true
        for holder in deployment.moduleChain(of: ref.instance) + [ref] {
            guard let scope = deployment.resource(holder).scope else { continue }
            let origin = origin(scope, in: holder.instance, depth: depth + 1)
            text += "@" + (origin?.text ?? "d\(holder.instance):\(holder.index)")
            isKnown = isKnown && origin?.isKnown == true
        }
        return (text, isKnown)
    }
}

extension ValueTracer {
    /// The expression that gives property `key` of an object value, and the instance it is
    /// written in: through object literals and spreads, `any()`, `union()`/`shallowMerge()` (the
    /// last argument that has it), variables and module parameters. Nil when no such expression
    /// can be found (the key may still be there at run time).
    func locate(_ key: String, in value: Value, _ instance: Int) -> (Value, Int)? {
        property(key, of: BoundValue(value: value, instance: instance, locals: [:])).map { ($0.value, $0.instance) }
    }
}
