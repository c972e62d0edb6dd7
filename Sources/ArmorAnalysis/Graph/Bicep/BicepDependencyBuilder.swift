import ArmorBase

/// The Bicep compiler's `dependsOn` inference (dependency-semantics §3), on the model, in
/// symbolic (languageVersion 2.0) mode for every file (graph-json note 1).
public enum BicepDependencyBuilder {
    public static func build(_ template: Template) -> DependencyGraph {
        var builder = BicepReferenceCollector(template)
        builder.collectAll()
        var expander = BicepPathExpander(template: template, direct: builder.direct, variableBase: builder.variableBase)
        var graph = DependencyGraph(resourceCount: template.resources.count)
        for index in template.resources.indices {
            graph.edges[index] = expander.edges(of: index)
        }
        graph.unresolved = builder.unresolved
        return graph
    }
}

/// One direct reference of a declaration (Step A).
struct DirectReference {
    /// Resource index, or `variableBase + variable index`.
    var node: Int
    var weak: Bool
    var kinds: EdgeKinds
    var span: Span
}

/// Steps B and C: expand through variables and weakly-referenced existing resources, then
/// dedupe per target and sort by the compiler's collation.
struct BicepPathExpander {
    let template: Template
    let direct: [[DirectReference]]
    let variableBase: Int
    var memo: [[Int]?]
    var inProgress: [Bool]
    /// Each declaration's symbol as bytes, for the collation sort: made once, not per declaration.
    let symbols: [[UInt8]]

    init(template: Template, direct: [[DirectReference]], variableBase: Int) {
        self.template = template
        self.direct = direct
        self.variableBase = variableBase
        memo = Array(repeating: nil, count: direct.count)
        inProgress = Array(repeating: false, count: direct.count)
        symbols = template.resources.map { Array($0.symbol.utf8) }
    }

    func isTerminus(_ d: DirectReference) -> Bool {
        guard d.node < variableBase else { return false }
        return template.resources[d.node].kind == .module || !template.resources[d.node].existing || !d.weak
    }

    /// Terminal targets reached through `node`'s own direct references.
    mutating func closure(_ node: Int) -> [Int] {
        if let known = memo[node] { return known }
        if inProgress[node] { return [] }  // a cycle (BCP079/BCP080 in valid code)
        inProgress[node] = true
        var result: [Int] = []
        for d in direct[node] {
            if isTerminus(d) { result.append(d.node) } else { result.append(contentsOf: closure(d.node)) }
        }
        inProgress[node] = false
        memo[node] = result
        return result
    }

    mutating func edges(of index: Int) -> [Edge] {
        var edges: [Edge] = []
        var position: [Int: Int] = [:]
        func add(_ target: Int, _ kinds: EdgeKinds, _ span: Span) {
            guard target != index else { return }
            if let at = position[target] {
                edges[at].kinds.formUnion(kinds)
            } else {
                position[target] = edges.count
                edges.append(Edge(target: target, kinds: kinds, span: span))
            }
        }
        for d in direct[index] {
            if isTerminus(d) {
                add(d.node, d.kinds, d.span)
            } else {
                for target in closure(d.node) { add(target, .reference, d.span) }
            }
        }
        edges.sort { Collation.compare(symbols[$0.target], symbols[$1.target]) < 0 }
        return edges
    }
}
