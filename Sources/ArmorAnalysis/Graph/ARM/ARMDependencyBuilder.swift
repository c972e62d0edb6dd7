import ArmorBase
import ArmorSyntax

/// ARM `dependsOn` resolution and Resource Manager's implicit edges (dependency-semantics §7–8).
/// Written entries become `.explicit` edges; `reference(x…)`/`list*(x…)` calls whose first
/// argument names another resource of the same template become `.armInferred` edges (not
/// `resourceInfo`, semantics-notes U5). Inline nested templates get their own graphs (see
/// `AnalyzedTemplate`); an outer-scoped one lends its references to outer resources to the
/// deployment resource (U10). Unresolved entries go to `graph.unresolved` for the
/// `dependson-unknown` rule, without a diagnostic here.
public enum ARMDependencyBuilder {
    public static func build(_ template: Template) -> DependencyGraph {
        var graph = DependencyGraph(resourceCount: template.resources.count)
        // Made on first use: a template without `dependsOn` or references needs no name tables
        // (for a large one, a tenth of its peak memory).
        var made: ARMResourceResolver?
        func resolver() -> ARMResourceResolver {
            if let made { return made }
            let resolver = ARMResourceResolver(template)
            made = resolver
            return resolver
        }
        let symbolic = template.languageVersion?.hasPrefix("2") ?? false
        for (index, resource) in template.resources.enumerated() {
            var edges = EdgeList(source: index)
            for entry in resource.body.field("dependsOn")?.arrayElements ?? [] {
                guard let hit = resolver().resolveDependsOn(entry) else {
                    let text = JSONReader.decodeString(at: entry.span, in: template.source.bytes)
                    graph.unresolved[index].append(UnresolvedDependency(text: text ?? template.source.text(entry.span),
                                                                        span: entry.span))
                    continue
                }
                edges.add(hit.index, .explicit, at: entry.span, allowSelf: true)
                if symbolic && !hit.bySymbol {
                    graph.diagnostics.append(nonSymbolicWarning(entry, in: template))
                }
            }
            for (argument, span) in referenceArguments(in: resource) where !isResourceId(argument, in: template) {
                if let hit = resolver().resolveReference(argument) { edges.add(hit.index, .armInferred, at: span) }
            }
            if case .inline(let nestedIndex, false)? = resource.module, nestedIndex < template.nestedTemplates.count {
                addOuterReferences(from: template.nestedTemplates[nestedIndex], resolver: resolver(), into: &edges)
            }
            graph.edges[index] = edges.sorted(symbols: template.resources)
        }
        return graph
    }

    /// Resource Manager infers a dependency from `reference(name)` (2.0: the symbolic name) but
    /// not from a resource id (rules.md `missing-dependson`): `resourceId(...)` calls, full id
    /// strings, and variables holding either.
    static func isResourceId(_ argument: Value, in template: Template, depth: Int = 0) -> Bool {
        switch argument.kind {
        case .call(let name, .none, _):
            return ResourceIdFunction.arm(name) != nil
        case .string(let text):
            return ResourceIdFunction.isFullIdLiteral(text)
        case .variable(let name) where depth < AnalysisLimits.indirectionDepth:
            guard let variable = template.variables.first(where: { ASCIICase.equal($0.name, name) }) else { return false }
            return isResourceId(variable.value, in: template, depth: depth + 1)
        default:
            return false
        }
    }

    /// References inside an outer-scoped nested template (its resources and its outputs, which
    /// ARM evaluates as part of the outer deployment) that do not name one of its own resources
    /// but one of the outer template: the deployment waits for those.
    private static func addOuterReferences(from nested: Template, resolver: ARMResourceResolver,
                                           into edges: inout EdgeList) {
        let inner = ARMResourceResolver(nested)
        var arguments: [(Value, Span)] = []
        for output in nested.outputs { collectReferences(in: output.value, into: &arguments) }
        for resource in nested.resources { arguments += referenceArguments(in: resource) }
        for (argument, span) in arguments where !isResourceId(argument, in: nested) && inner.resolveReference(argument) == nil {
            if let hit = resolver.resolveReference(argument) { edges.add(hit.index, .armInferred, at: span) }
        }
        for resource in nested.resources {
            if case .inline(let deeper, false)? = resource.module, deeper < nested.nestedTemplates.count {
                addOuterReferences(from: nested.nestedTemplates[deeper], resolver: resolver, into: &edges)
            }
        }
    }

    /// First arguments of `reference`/`list*` calls in a resource's body, without `dependsOn`
    /// (the body holds no inline template: the nested template has its own graph).
    static func referenceArguments(in resource: Resource) -> [(Value, Span)] {
        var found: [(Value, Span)] = []
        for case .property(let key, _, let value) in resource.body.objectEntries ?? [] where !ASCIICase.equal(key, "dependsOn") {
            collectReferences(in: value, into: &found)
        }
        return found
    }

    private static func collectReferences(in value: Value, into found: inout [(Value, Span)]) {
        switch value.kind {
        case .call(let name, let namespace, let args):
            if namespace == nil, let first = args.first, ResourceIdFunction.readsResource(name) {
                found.append((first, value.span))
            }
            for arg in args { collectReferences(in: arg, into: &found) }
        case .object(let entries):
            for case .property(_, _, let v) in entries { collectReferences(in: v, into: &found) }
        case .array(let items):
            for case .element(let v) in items { collectReferences(in: v, into: &found) }
        case .member(let base, _, _): collectReferences(in: base, into: &found)
        case .index(let base, let index, _, _):
            collectReferences(in: base, into: &found)
            collectReferences(in: index, into: &found)
        case .interpolation(let parts):
            for part in parts { collectReferences(in: part, into: &found) }
        case .forLoop(_, _, let source, let body):
            collectReferences(in: source, into: &found)
            collectReferences(in: body, into: &found)
        default:
            break
        }
    }

    private static func nonSymbolicWarning(_ entry: Value, in template: Template) -> Diagnostic {
        Diagnostic(code: .syntax(.armNonSymbolicDependsOn), severity: .warning,
                   message: "dependsOn entry is not a symbolic name in a languageVersion 2.0 template; "
                       + "resolved as in a classic template",
                   location: template.location(entry.span))
    }
}

/// One resource's edges, one per target, kinds merged.
private struct EdgeList {
    let source: Int
    var edges: [Edge] = []

    init(source: Int) {
        self.source = source
    }

    /// Inferred self-references are dropped; a written self-entry is kept (it is a cycle ARM
    /// rejects, for the cycle rule to report).
    mutating func add(_ target: Int, _ kind: EdgeKinds, at span: Span, allowSelf: Bool = false) {
        if target == source && !allowSelf { return }
        if let k = edges.firstIndex(where: { $0.target == target }) {
            edges[k].kinds.formUnion(kind)
        } else {
            edges.append(Edge(target: target, kinds: kind, span: span))
        }
    }

    func sorted(symbols resources: [Resource]) -> [Edge] {
        edges.sorted { a, b in
            let sa = resources[a.target].symbol, sb = resources[b.target].symbol
            if sa != sb { return Collation.less(sa, sb) }
            return a.target < b.target
        }
    }
}
