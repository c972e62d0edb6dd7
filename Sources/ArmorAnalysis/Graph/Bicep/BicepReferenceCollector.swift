import ArmorBase
import ArmorSyntax

/// Step A of dependency-semantics §3: the direct references of every resource, module and
/// variable, each marked weak or strong (R5).
struct BicepReferenceCollector {
    let template: Template
    let resourceIndex: [String: Int]
    let variableIndex: [String: Int]
    /// Node ids: resources first, then variables from `variableBase`.
    let variableBase: Int
    var direct: [[DirectReference]]
    var unresolved: [[UnresolvedDependency]]
    /// The declaration being walked and its collected references.
    private var current: [DirectReference] = []
    private var seen: [Int: Int] = [:]

    init(_ template: Template) {
        self.template = template
        var resources: [String: Int] = [:]
        for (i, r) in template.resources.enumerated() where resources[r.symbol] == nil { resources[r.symbol] = i }
        var variables: [String: Int] = [:]
        for (i, v) in template.variables.enumerated() where variables[v.name] == nil { variables[v.name] = i }
        resourceIndex = resources
        variableIndex = variables
        variableBase = template.resources.count
        direct = Array(repeating: [], count: template.resources.count + template.variables.count)
        unresolved = Array(repeating: [], count: template.resources.count)
    }

    mutating func collectAll() {
        for (i, r) in template.resources.enumerated() {
            begin()
            if let p = r.parent, p < template.resources.count {
                let span = r.body.property("parent")?.span ?? r.span
                add(node: p, weak: true, kinds: .parent, span: span)
            }
            for d in r.decorators { walk(d, weak: false) }
            if let c = r.condition { walk(c, weak: false) }
            if let loop = r.loop { walk(loop.source, weak: false) }
            walkBody(r, index: i)
            direct[i] = current
        }
        for (i, v) in template.variables.enumerated() {
            begin()
            walk(v.value, weak: false)
            direct[variableBase + i] = current
        }
    }

    private mutating func begin() {
        current = []
        seen.removeAll(keepingCapacity: true)
    }

    /// Top-level `parent:`/`scope:` read weakly (R5.4); `dependsOn` entries are explicit.
    private mutating func walkBody(_ r: Resource, index: Int) {
        guard case .object(let entries) = r.body.kind else {
            walk(r.body, weak: false)
            return
        }
        for entry in entries {
            switch entry {
            case .property(let key, _, let value):
                switch key {
                case "parent", "scope": walk(value, weak: true, parentOf: key == "parent" ? r.parent : nil)
                case "dependsOn": walkDependsOn(value, index: index)
                default: walk(value, weak: false)
                }
            case .unknownKey(let key, let value):
                walk(key, weak: false)
                walk(value, weak: false)
            case .spread(let value):
                walk(value, weak: false)
            }
        }
    }

    private mutating func walkDependsOn(_ value: Value, index: Int) {
        guard case .array(let items) = value.kind else {
            walk(value, weak: false)
            return
        }
        for item in items {
            switch item {
            case .element(let e):
                var target = e
                if case .index(let base, let i, _, _) = e.kind {
                    target = base
                    walk(i, weak: false)
                }
                if case .resource(let symbol) = target.kind, let t = resourceIndex[symbol] {
                    add(node: t, weak: false, kinds: .explicit, span: e.span)
                } else if case .unknown = target.kind {
                    unresolved[index].append(UnresolvedDependency(text: template.source.text(target.span), span: target.span))
                } else {
                    walk(e, weak: false)
                }
            case .spread(let e):
                walk(e, weak: false)
            }
        }
    }

    mutating func add(node: Int, weak: Bool, kinds: EdgeKinds, span: Span) {
        var isWeak = weak
        if node < variableBase {
            let r = template.resources[node]
            isWeak = weak && r.kind == .resource && r.isAzureType
        } else {
            isWeak = false
        }
        // One entry per (node, weak): a strong and a weak read of the same target both count.
        let key = node * 2 + (isWeak ? 1 : 0)
        if let at = seen[key] {
            current[at].kinds.formUnion(kinds)
            return
        }
        seen[key] = current.count
        current.append(DirectReference(node: node, weak: isWeak, kinds: kinds, span: span))
    }

    static func isIdentityProperty(_ name: String) -> Bool {
        switch name.lowercased() {
        case "id", "name", "type", "apiversion": true
        default: false
        }
    }

    /// `R`, `R!`, or `C[i]` / `C[i]!` for a collection `C`: the resource read, and the index
    /// expression still to walk.
    func resourceBase(_ v: Value) -> (Int, Value?)? {
        var base = v
        if case .unary(.nonNull, let inner) = base.kind { base = inner }
        if case .resource(let symbol) = base.kind, let t = resourceIndex[symbol] { return (t, nil) }
        if case .index(let coll, let i, _, _) = base.kind {
            var c = coll
            if case .unary(.nonNull, let inner) = c.kind { c = inner }
            if case .resource(let symbol) = c.kind, let t = resourceIndex[symbol], template.resources[t].isLoop {
                return (t, i)
            }
        }
        return nil
    }
}
