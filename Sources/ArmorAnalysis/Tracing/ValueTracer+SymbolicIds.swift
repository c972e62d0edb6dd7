import ArmorSyntax

/// Resource ids whose names are not known but whose origins are: `resourceId('…/accounts',
/// variables('name'))` names the account declared with `"name": "[variables('name')]"` even when
/// `name` is computed at deployment, and so does `format('Microsoft.KeyVault/vaults/{0}', x)`.
extension ValueTracer {
    typealias Segment = IdSegment

    /// A declaration's name segments (text or origin), computed once per tracer.
    func declaredNameSegments(_ ref: ResourceRef) -> [IdSegment]? { cachedSegments(ref) }

    /// Declarations by type, indexed once per tracer.
    private func declarations(ofType type: ResourceType) -> [ResourceRef] {
        if typeIndex.isEmpty {
            for ref in deployment.allResources { typeIndex[deployment.resource(ref).resourceType, default: []].append(ref) }
        }
        return typeIndex[type] ?? []
    }

    private func cachedSegments(_ ref: ResourceRef) -> [Segment]? {
        if let cached = segmentCache[ref] { return cached }
        let segments = declaredSegments(ref, depth: 0)
        segmentCache[ref] = .some(segments)
        return segments
    }

    /// The single declaration of the id's type whose name segments have the same origins.
    func resolveByOrigin(_ value: Value, in instance: Int, depth: Int) -> ResourceRef? {
        guard within(depth, AnalysisLimits.nameDepth), let (type, segments) = symbolicId(value, in: instance, depth: depth) else { return nil }
        var matches: [ResourceRef] = []
        for ref in declarations(ofType: ResourceType(type)) where cachedSegments(ref) == segments {
            matches.append(ref)
        }
        let local = matches.filter { $0.instance == instance }
        if local.count == 1 { return local[0] }
        return matches.count == 1 ? matches[0] : nil
    }

    /// Type and name segments of a resource-id expression, through variables and `any()`.
    private func symbolicId(_ value: Value, in instance: Int, depth: Int) -> (String, [Segment])? {
        let template = deployment.instances[instance].template
        switch value.kind {
        case .variable(let name):
            guard let variable = template.variable(named: name) else { return nil }
            return symbolicId(variable.value, in: instance, depth: depth + 1)
        case .call(let name, _, let arguments):
            switch name.lowercased() {
            case "any" where arguments.count == 1:
                return symbolicId(arguments[0], in: instance, depth: depth + 1)
            case let function where ResourceIdFunction.arm(function)?.layout.hasLeadingScopes == true:
                // Optional leading scope arguments (subscription, resource group, management
                // group) come before the type. An extension id's base is not followed here.
                guard let typeIndex = arguments.firstIndex(where: { ($0.stringLiteral ?? "").contains("/") }),
                      let type = arguments[typeIndex].stringLiteral else { return nil }
                let names = arguments.dropFirst(typeIndex + 1)
                var segments: [Segment] = []
                for name in names {
                    guard let segment = segment(name, in: instance, depth: depth) else { return nil }
                    segments.append(segment)
                }
                return segments.isEmpty ? nil : (type, segments)
            case "format":
                return formattedId(arguments, in: instance, depth: depth)
            default:
                return nil
            }
        default:
            return nil
        }
    }

    /// `format('Microsoft.KeyVault/vaults/{0}', x)` or a full id pattern with placeholders.
    private func formattedId(_ arguments: [Value], in instance: Int, depth: Int) -> (String, [Segment])? {
        guard let pattern = arguments.first?.stringLiteral else { return nil }
        var parts = pattern.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if let providers = parts.lastIndex(where: { $0.lowercased() == "providers" }) { parts = Array(parts[(providers + 1)...]) }
        guard parts.count >= 3, parts.count % 2 == 1, parts[0].contains("."), !parts[0].contains("{") else { return nil }
        var type = parts[0]
        var segments: [Segment] = []
        for i in stride(from: 1, to: parts.count - 1, by: 2) {
            type += "/" + parts[i]
            let name = parts[i + 1]
            if name.hasPrefix("{"), name.hasSuffix("}"), let index = Int(name.dropFirst().dropLast()), index + 1 < arguments.count {
                guard let segment = segment(arguments[index + 1], in: instance, depth: depth) else { return nil }
                segments.append(segment)
            } else if name.contains("{") {
                return nil
            } else {
                segments.append(.text(name.lowercased()))
            }
        }
        return (type, segments)
    }

    private func segment(_ value: Value, in instance: Int, depth: Int) -> Segment? {
        if let text = evaluation.evaluate(value, in: instance).stringValue { return .text(text.lowercased()) }
        return origin(value, in: instance, depth: depth + 1).map { .origin($0.text.lowercased()) }
    }

    /// The name segments a declaration gives itself: its parent's, then its own (ARM child names
    /// written `format('{0}/{1}', a, b)` split into their parts).
    private func declaredSegments(_ ref: ResourceRef, depth: Int) -> [Segment]? {
        let resource = deployment.resource(ref)
        guard within(depth, AnalysisLimits.nameDepth), let name = resource.name else { return nil }
        var own: [Segment] = []
        if case .call(let function, _, let arguments) = name.kind, function.lowercased() == "format",
           let pattern = arguments.first?.stringLiteral, pattern.contains("/") {
            for part in pattern.split(separator: "/", omittingEmptySubsequences: false) {
                if part.hasPrefix("{"), part.hasSuffix("}"), let index = Int(part.dropFirst().dropLast()), index + 1 < arguments.count {
                    guard let segment = segment(arguments[index + 1], in: ref.instance, depth: depth) else { return nil }
                    own.append(segment)
                } else {
                    own.append(.text(part.lowercased()))
                }
            }
        } else {
            guard let segment = segment(name, in: ref.instance, depth: depth) else { return nil }
            own = [segment]
        }
        let expected = resource.type.split(separator: "/").count - 1
        if own.count >= expected { return own }
        guard let parent = resource.parent,
              let above = declaredSegments(ResourceRef(instance: ref.instance, index: parent), depth: depth + 1) else { return nil }
        return above + own
    }
}

/// One segment of a resource id: literal text (lower-cased) or the origin of the value written there.
enum IdSegment: Equatable {
    case text(String)
    case origin(String)
}
