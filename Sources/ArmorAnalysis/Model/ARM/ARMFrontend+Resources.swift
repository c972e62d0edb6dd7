import ArmorBase
import ArmorSyntax

/// Resources of a template: classic arrays (children flattened), languageVersion 2.0 objects,
/// nested deployments, parents.
extension ARMTemplateBuilder {
    /// Classic: children in nested `resources` arrays get the full type, the `parent/child`
    /// symbol and the full name (dependency-semantics §7.1, graph-json `symbol`).
    mutating func classicResources(_ items: [Value.ArrayEntry], parent: Int?, into template: inout Template) {
        // Grown by doubling, a large template's array would hold its old and new copies at once
        // and keep up to twice the capacity it needs. Children are rare: they may grow it.
        if parent == nil { template.resources.reserveCapacity(template.resources.count + items.count) }
        for case .element(let object) in items {
            guard object.objectEntries != nil else {
                report("a resource must be a JSON object", at: object.span)
                continue
            }
            let symbol = rawText(object.field("name"))
            let parentResource = parent.map { template.resources[$0] }
            var resource = makeResource(object, symbol: symbol, span: Span(start: object.span.start, end: object.span.start + 1),
                                        declarationSpan: object.span, parent: parentResource)
            resource.parent = parent
            resource.body = object.removingField("resources")
            attachModule(to: &resource, object: object, template: &template)
            let index = template.resources.count
            template.resources.append(resource)
            if case .array(let children)? = object.field("resources")?.kind {
                classicResources(children, parent: index, into: &template)
            }
        }
    }

    /// languageVersion 2.0: the key is the symbol; `a::b` keys name their parent.
    mutating func symbolicResources(_ entries: [Value.ObjectEntry], into template: inout Template) {
        for case .property(let key, let keySpan, let object) in entries {
            guard object.objectEntries != nil else {
                report("resource '\(key)' must be a JSON object", at: object.span)
                continue
            }
            var resource = makeResource(object, symbol: key, span: keySpan,
                                        declarationSpan: keySpan.union(object.span), parent: nil)
            attachModule(to: &resource, object: object, template: &template)
            template.resources.append(resource)
        }
        var bySymbol: [String: Int] = [:]
        for (index, resource) in template.resources.enumerated() { bySymbol[resource.symbol] = index }
        for index in template.resources.indices {
            if let prefix = Self.qualifier(of: template.resources[index].symbol), let p = bySymbol[prefix] {
                template.resources[index].parent = p
            }
        }
    }

    /// The common part: type, api version, flags, loop, name, scope, body.
    /// Unoptimised: Swift 6's CopyPropagation pass crashes on it ("Found outside of lifetime
    /// use") since `Value.Kind` boxes only its recursive cases; it runs once per resource.
    @_optimize(none)
    mutating func makeResource(_ object: Value, symbol: String, span: Span, declarationSpan: Span,
                               parent: Resource?) -> Resource {
        let fields = ARMResourceFields(object)
        let typeValue = fields.type
        var type = typeValue.map { $0.stringLiteral ?? rawText($0) } ?? ""
        if typeValue == nil { report("resource has no 'type'", at: span) }
        var apiVersion = fields.apiVersion.map { $0.stringLiteral ?? rawText($0) }
        if let (bare, version) = Self.splitVersion(type) {
            if apiVersion == nil { apiVersion = version }
            type = bare
        }
        var symbol = symbol
        var name = fields.name
        if let parent, !Self.hasSlash(type) {
            type = parent.type + "/" + type
            symbol = parent.symbol + "/" + symbol
            if let child = name, let parentName = parent.name {
                name = Value(.interpolation([parentName, Value(.string("/"), at: child.span), child]), at: child.span)
            }
        }
        let isDeployment = ASCIICase.equal(type, "Microsoft.Resources/deployments")
        var resource = Resource(symbol: symbol, kind: isDeployment ? .module : .resource,
                                type: isDeployment ? "Microsoft.Resources/deployments" : type, span: span)
        resource.declarationSpan = declarationSpan
        resource.apiVersion = apiVersion
        resource.existing = fields.existing?.boolLiteral ?? false
        resource.condition = fields.condition
        resource.conditional = resource.condition != nil
        resource.name = name
        resource.scope = Self.scope(of: fields)
        resource.body = object
        resource.isAzureType = fields.extension == nil && fields.import == nil
        if let copy = fields.copy {
            let count = copy.field("count") ?? Value(.int(0), at: copy.span)
            let range = Value(.call(name: "range", namespace: nil,
                                    arguments: [Value(.int(0), at: count.span), count]), at: copy.span)
            resource.loop = Loop(item: nil, index: nil, source: range, copyName: copy.field("name")?.stringLiteral)
            if let mode = copy.field("mode")?.stringLiteral, ASCIICase.equal(mode, "serial") {
                resource.batchSize = copy.field("batchSize")?.intLiteral.map { Int(clamping: $0) } ?? 1
            }
        }
        return resource
    }

    /// `type@version` split at the first `@` (nil without one). Outside `makeResource`, which
    /// is unoptimised: there generic String searches cost thousands of instructions each.
    static func splitVersion(_ type: String) -> (String, String)? {
        guard let at = type.utf8.firstIndex(of: UInt8(ascii: "@")) else { return nil }
        return (String(type[..<at]), String(type[type.index(after: at)...]))
    }

    static func hasSlash(_ type: String) -> Bool {
        type.utf8.contains(UInt8(ascii: "/"))
    }

    /// `Microsoft.Resources/deployments`: an inline template becomes a nested `Template`, a
    /// `templateLink` an opaque or local reference.
    mutating func attachModule(to resource: inout Resource, object: Value, template: inout Template) {
        guard resource.kind == .module, let properties = object.field("properties") else { return }
        if let inner = properties.field("template"), inner.objectEntries != nil {
            let scope = properties.field("expressionEvaluationOptions")?.field("scope")?.stringLiteral
            // ARM's default is `outer` (dependency-semantics §7.4).
            let innerScope = scope.map { ASCIICase.equal($0, "inner") } ?? false
            let nested = buildTemplate(from: inner, outer: innerScope ? nil : template)
            resource.module = .inline(index: template.nestedTemplates.count, innerScope: innerScope)
            template.nestedTemplates.append(nested)
            // The inline template is its own instance: its expressions belong to it (inner scope)
            // or are matched to the outer template through it (outer scope), never read as the
            // deployment resource's own properties.
            resource.body = resource.body.replacingField("properties", with: properties.removingField("template"))
        } else if let link = properties.field("templateLink") {
            if let relative = link.field("relativePath") {
                resource.module = .local(path: relative.stringLiteral ?? rawText(relative))
            } else if let target = link.field("uri") ?? link.field("id") {
                resource.module = .external(rawText(target))
            }
        }
    }

    /// `scope`, or what `subscriptionId` and `resourceGroup` say, as Bicep writes it
    /// (`resourceGroup(sub, rg)`, `subscription(sub)`, `tenant()` for `"/"`), so that both
    /// front ends give the evaluator the same scope.
    static func scope(of fields: ARMResourceFields) -> Value? {
        if let scope = fields.scope {
            guard scope.stringLiteral == "/" else { return scope }
            return Value(.call(name: "tenant", namespace: nil, arguments: []), at: scope.span)
        }
        let subscription = fields.subscriptionId, group = fields.resourceGroup
        if let group {
            let arguments = subscription.map { [$0, group] } ?? [group]
            return Value(.call(name: "resourcegroup", namespace: nil, arguments: arguments), at: group.span)
        }
        return subscription.map { Value(.call(name: "subscription", namespace: nil, arguments: [$0]), at: $0.span) }
    }

    /// A top-level `parent/child` resource whose parent type and name match exactly one other
    /// resource gets that resource as parent.
    mutating func inferParents(in template: inout Template) {
        guard template.resources.contains(where: { $0.parent == nil && Self.segmentCount($0.type) >= 3 }) else { return }
        let evaluator = ARMNameEvaluator(template)
        let resources = template.resources
        // Names are evaluated on demand (most resources are neither a candidate nor of a
        // candidate's parent type), each at most once.
        var names: [String??] = Array(repeating: nil, count: resources.count)
        func nameText(_ k: Int) -> String? {
            if let known = names[k] { return known }
            let text = resources[k].name.map { evaluator.text($0).lowercased() }
            names[k] = .some(text)
            return text
        }
        for index in resources.indices where resources[index].parent == nil {
            let resource = resources[index]
            // A byte count first: splitting walks Characters, and most resources are not candidates.
            guard Self.segmentCount(resource.type) >= 3 else { continue }
            let typeParts = resource.type.split(separator: "/")
            guard typeParts.count >= 3, let name = nameText(index) else { continue }
            let nameParts = Self.segments(of: name)
            guard nameParts.count == typeParts.count - 1 else { continue }
            let parentType = typeParts.dropLast().joined(separator: "/")
            let parentName = nameParts.dropLast().joined(separator: "/")
            let matches = resources.indices.filter {
                $0 != index && ASCIICase.equal(resources[$0].type, parentType) && nameText($0) == parentName
            }
            if matches.count == 1 { template.resources[index].parent = matches[0] }
        }
    }

    /// A name's `/`-separated segments; a `/` inside an opaque part (`resourceId('A/b', x)`,
    /// `split(id, '/')`) separates nothing.
    static func segments(of name: String) -> [Substring] {
        if let parts = asciiSegments(of: name) { return parts }
        var parts: [Substring] = []
        var depth = 0
        var start = name.startIndex
        for index in name.indices {
            switch name[index] {
            case ARMNameEvaluator.open: depth += 1
            case ARMNameEvaluator.close: depth = max(0, depth - 1)
            case "/" where depth == 0:
                parts.append(name[start..<index])
                start = name.index(after: index)
            default: break
            }
        }
        parts.append(name[start...])
        return parts
    }

    /// `segments` of an ASCII name, found on bytes (nil for any other name). In ASCII every
    /// byte is a Character but for "\r\n", which holds neither `/` nor a marker, so the split is
    /// the same without the grapheme breaking that walking Characters costs.
    private static func asciiSegments(of name: String) -> [Substring]? {
        let utf8 = name.utf8
        let open = ARMNameEvaluator.openByte, close = ARMNameEvaluator.closeByte
        let found = utf8.withContiguousStorageIfAvailable { bytes -> [Substring]? in
            func part(_ from: Int, _ to: Int) -> Substring {
                name[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)]
            }
            var parts: [Substring] = []
            var depth = 0
            var start = 0
            for k in 0..<bytes.count {
                let b = bytes[k]
                if b >= 0x80 { return nil }
                if b == open {
                    depth += 1
                } else if b == close {
                    depth = max(0, depth - 1)
                } else if b == UInt8(ascii: "/") && depth == 0 {
                    parts.append(part(start, k))
                    start = k + 1
                }
            }
            parts.append(part(start, bytes.count))
            return parts
        }
        return found ?? nil
    }

    static func segmentCount(_ type: String) -> Int {
        type.utf8.reduce(1) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }
    }

    /// `a::b::c` → `a::b`.
    static func qualifier(of symbol: String) -> String? {
        let bytes = Array(symbol.utf8)
        var k = bytes.count - 2
        while k > 0 {
            if bytes[k] == UInt8(ascii: ":") && bytes[k + 1] == UInt8(ascii: ":") {
                return String(decoding: bytes[..<k], as: UTF8.self)
            }
            k -= 1
        }
        return nil
    }

    /// The value as written: the JSON string's text, or the source text of anything else.
    func rawText(_ value: Value?) -> String {
        guard let value else { return "" }
        if let text = JSONReader.decodeString(at: value.span, in: source.bytes) { return text }
        if case .string(let s) = value.kind { return s }
        return source.text(value.span)
    }
}

extension Value {
    /// This object with the member `key` (case-insensitive) holding `value` instead.
    func replacingField(_ key: String, with value: Value) -> Value {
        guard case .object(let entries) = kind else { return self }
        let replaced = entries.map { entry -> Value.ObjectEntry in
            guard case .property(let k, let keySpan, _) = entry, ASCIICase.equal(k, key) else { return entry }
            return .property(key: k, keySpan: keySpan, value: value)
        }
        return Value(.object(replaced), at: span)
    }

    /// This object without the member `key` (case-insensitive).
    func removingField(_ key: String) -> Value {
        guard case .object(let entries) = kind else { return self }
        let kept = entries.filter {
            if case .property(let k, _, _) = $0 { return !ASCIICase.equal(k, key) }
            return true
        }
        return kept.count == entries.count ? self : Value(.object(kept), at: span)
    }
}
