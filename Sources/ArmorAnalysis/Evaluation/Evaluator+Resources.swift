import ArmorSyntax

/// Resources as values: `symbol.name`, `symbol.id`, `symbol.type`, their loop elements, and
/// full names split into segments so a connection's owner can be found by name.
extension Evaluator {
    /// `symbol.name` / `.id` / `.type` / `.apiVersion` (and `symbol[i].…` for loops); other
    /// members of a resource are runtime values. nil when `base` is not a resource reference.
    func resourceMember(_ base: Value, _ member: String) -> KnownValue? {
        var element: Value?
        var symbolValue = base
        if case .index(let collection, let i, _, false) = base.kind {
            element = i
            symbolValue = collection
        }
        guard case .resource(let symbol) = symbolValue.kind else { return nil }
        guard let index = environment.resourceIndex(symbol: symbol) else { return .unknown }
        let resource = environment.resources[index]
        var scoped = root
        switch (resource.loop, element) {
        case (nil, nil): break
        case (let loop?, let i?):
            guard let position = evaluate(i).intValue, let items = root.loopElements(of: loop.source),
                  position >= 0, position < Int64(items.count) else { return .unknown }
            scoped = root.element(Int(position), items[Int(position)], of: loop)
        default: return .unknown
        }
        switch member.lowercased() {
        case "name":
            guard let name = resource.name else { return .unknown }
            return scoped.guarded(\.resourceNames, index) { $0.evaluate(name) }
        case "id": return scoped.resourceId(ofResource: index)
        case "type": return .string(resource.type)
        case "apiversion": return resource.apiVersion.map { .string($0) } ?? .unknown
        default: return .unknown
        }
    }

    /// One evaluator per loop element of `resource`, with the loop item, index and ARM copy
    /// index bound (a non-loop resource gives `[self]`); nil when the loop's array is unknown.
    public func elements(of resource: Resource) -> [Evaluator]? {
        guard let loop = resource.loop else { return [self] }
        guard let items = root.loopElements(of: loop.source) else { return nil }
        return items.enumerated().map { root.element($0.offset, $0.element, of: loop) }
    }

    /// The evaluator for element `i` of a loop resource; nil when the loop's array is unknown
    /// or shorter. A non-loop resource has one element.
    public func element(_ i: Int, of resource: Resource) -> Evaluator? {
        guard let all = elements(of: resource), all.indices.contains(i) else { return nil }
        return all[i]
    }

    func element(_ i: Int, _ item: KnownValue, of loop: Loop) -> Evaluator {
        var bound: [String: KnownValue] = [:]
        if let name = loop.item { bound[name] = item }
        if let name = loop.index { bound[name] = .int(Int64(i)) }
        var scoped = binding(bound).bindingCopyIndex(nil, i)
        if let copyName = loop.copyName { scoped = scoped.bindingCopyIndex(copyName, i) }
        return scoped
    }

    /// The full name of resource `index` as one value per type segment (`[account, conn]`),
    /// prefixed with the parent's names when the declaration gives only its own (`parent:`,
    /// nesting). Segments that cannot be computed are `.unknown`; the count always matches the
    /// type. A loop resource needs its element bound (see `elements(of:)`).
    public func nameSegments(ofResource index: Int) -> [KnownValue] {
        guard environment.resources.indices.contains(index) else { return [] }
        let value = guarded(\.resourceSegments, index) { .array($0.computeNameSegments(index)) }
        let expected = max(1, environment.resources[index].type.split(separator: "/").count - 1)
        return value.arrayValue ?? [KnownValue](repeating: .unknown, count: expected)
    }

    /// Memoised (and computed without locals) for plain resources; for loop resources, whose
    /// values depend on the bound element, only guarded, so a cycle through names or scopes
    /// ends as `.unknown`.
    func guarded(_ table: ReferenceWritableKeyPath<EvaluationCache, [Int: EvaluationCache.State]>,
                 _ index: Int, _ compute: (Evaluator) -> KnownValue) -> KnownValue {
        guard environment.resources[index].isLoop else {
            let plain = root
            return plain.memo(table, index) { compute(plain) }
        }
        let key = EvaluationCache.ActiveKey(table: table, index: index)
        guard !cache.activeLoopResources.contains(key) else { return .unknown }
        cache.activeLoopResources.insert(key)
        defer { cache.activeLoopResources.remove(key) }
        return compute(self)
    }

    private func computeNameSegments(_ index: Int) -> [KnownValue] {
        let resource = environment.resources[index]
        let expected = max(1, resource.type.split(separator: "/").count - 1)
        let unknown = [KnownValue](repeating: .unknown, count: expected)
        guard let nameValue = resource.name else { return unknown }
        var segments = nameSegments(of: nameValue)
        if segments.count < expected, let parent = resource.parent, parent != index,
           environment.resources.indices.contains(parent) {
            let parentResource = environment.resources[parent]
            let parentSegments = parentResource.isLoop
                ? [KnownValue](repeating: .unknown, count: max(1, parentResource.type.split(separator: "/").count - 1))
                : root.nameSegments(ofResource: parent)
            segments = parentSegments + segments
        }
        return segments.count == expected ? segments : unknown
    }

    /// The id of resource `index` (`symbol.id`).
    public func resourceId(ofResource index: Int) -> KnownValue {
        guard environment.resources.indices.contains(index) else { return .unknown }
        return guarded(\.resourceIds, index) { $0.computeResourceId(index) }
    }

    private func computeResourceId(_ index: Int) -> KnownValue {
        let resource = environment.resources[index]
        guard let scope = scope(of: resource) else { return .unknown }
        let names = nameSegments(ofResource: index)
        return .resourceId(KnownResourceId(scope: scope, type: resource.type, names: names))
    }

    /// A child inherits its parent's scope; `scope: kv` makes an extension resource.
    private func scope(of resource: Resource) -> KnownResourceId.Scope? {
        var current = resource
        var hops = 0
        while current.scope == nil, let p = current.parent, hops < 64,
              environment.resources.indices.contains(p) {
            current = environment.resources[p]
            hops += 1
        }
        guard let scopeValue = current.scope else { return deploymentScope }
        switch scopeValue.kind {
        case .resource:
            guard case .resourceId(let id) = resourceMember(scopeValue, "id") ?? .unknown else { return nil }
            // A module deployed into a resource group declared here (`scope: rg`) deploys in that
            // group, as the compiled `"resourceGroup": name` says; it is not an extension of it.
            if current.kind == .module, id.resourceType == .resourceGroup, id.names.count == 1,
               case .subscription(let subscription) = id.scope {
                return .resourceGroup(subscription: subscription, group: id.names[0])
            }
            return .extension(.resourceId(id))
        case .call(let name, _, let args):
            let values = args.map { root.evaluate($0) }
            switch (name.lowercased(), values.count) {
            case ("resourcegroup", 0): return .resourceGroup(subscription: nil, group: nil)
            case ("resourcegroup", 1): return .resourceGroup(subscription: nil, group: values[0])
            case ("resourcegroup", 2): return .resourceGroup(subscription: values[0], group: values[1])
            case ("subscription", 0...1): return .subscription(values.first)
            case ("managementgroup", 0...1): return .managementGroup(values.first)
            case ("tenant", 0): return .tenant
            // ARM writes an extension scope as an id: `resourceId(...)`, `format('NS/type/{0}', x)`.
            default: return armScope(root.evaluate(scopeValue))
            }
        default:
            return armScope(root.evaluate(scopeValue))
        }
    }

    /// ARM extension `scope`: an id, or a relative `Namespace/type/name` string.
    private func armScope(_ value: KnownValue) -> KnownResourceId.Scope? {
        switch value {
        case .resourceId(let id): return .extension(.resourceId(id))
        case .string(let s):
            if let id = KnownResourceId(parsing: s) { return .extension(.resourceId(id)) }
            guard Self.isResourceType(s),
                  let (type, names) = typeAndNames(s.split(separator: "/").map(String.init)) else { return nil }
            return .extension(.resourceId(KnownResourceId(scope: deploymentScope, type: type, names: names)))
        default: return nil
        }
    }

    /// `NS/t1/n1/t2/n2` → (`NS/t1/t2`, [n1, n2]).
    private func typeAndNames(_ parts: [String]) -> (String, [KnownValue])? {
        guard parts.count >= 3, parts.count % 2 == 1 else { return nil }
        var types = [parts[0]]
        var names: [KnownValue] = []
        var i = 1
        while i + 1 < parts.count {
            types.append(parts[i])
            names.append(.string(parts[i + 1]))
            i += 2
        }
        return (types.joined(separator: "/"), names)
    }
}
