import ArmorBase
import ArmorSyntax

extension BicepReferenceCollector {
    /// Every reference inside `v`. `weak` marks a `parent:`/`scope:` context (R5.4);
    /// `parentOf` is the declaration's parent, whose reference there is the `.parent` edge.
    mutating func walk(_ v: Value, weak: Bool, parentOf: Int? = nil) {
        switch v.kind {
        case .resource(let symbol):
            if let t = resourceIndex[symbol] {
                add(node: t, weak: weak, kinds: t == parentOf ? [.parent] : [.reference], span: v.span)
            }
        case .variable(let name):
            if let i = variableIndex[name] { add(node: variableBase + i, weak: false, kinds: .reference, span: v.span) }
        case .member(let base, let name, _):
            if BicepReferenceCollector.isIdentityProperty(name), let (t, index) = resourceBase(base) {
                addWeak(t, index, v.span, weak: weak, parentOf: parentOf)
            } else {
                walk(base, weak: weak, parentOf: parentOf)
            }
        case .index(let base, let i, _, _):
            if case .string(let key) = i.kind, BicepReferenceCollector.isIdentityProperty(key),
               let (t, index) = resourceBase(base) {
                addWeak(t, index, v.span, weak: weak, parentOf: parentOf)
            } else {
                walk(base, weak: weak, parentOf: parentOf)
                walk(i, weak: weak, parentOf: parentOf)
            }
        case .methodCall(let base, _, let args):
            if let (t, index) = resourceBase(base) {
                addWeak(t, index, v.span, weak: weak, parentOf: parentOf)
            } else {
                walk(base, weak: weak, parentOf: parentOf)
            }
            for a in args { walk(a, weak: weak, parentOf: parentOf) }
        default:
            walkChildren(v, weak: weak, parentOf: parentOf)
        }
    }

    /// An identity read or instance call: weak whatever the context.
    private mutating func addWeak(_ t: Int, _ index: Value?, _ span: Span, weak: Bool, parentOf: Int?) {
        add(node: t, weak: true, kinds: t == parentOf ? [.parent] : [.reference], span: span)
        if let index { walk(index, weak: weak, parentOf: parentOf) }
    }

    private mutating func walkChildren(_ v: Value, weak: Bool, parentOf: Int?) {
        switch v.kind {
        case .interpolation(let parts):
            for p in parts { walk(p, weak: weak, parentOf: parentOf) }
        case .object(let entries):
            for entry in entries {
                switch entry {
                case .property(_, _, let value): walk(value, weak: weak, parentOf: parentOf)
                case .unknownKey(let key, let value):
                    walk(key, weak: weak, parentOf: parentOf)
                    walk(value, weak: weak, parentOf: parentOf)
                case .spread(let value): walk(value, weak: weak, parentOf: parentOf)
                }
            }
        case .array(let entries):
            for entry in entries {
                switch entry {
                case .element(let e), .spread(let e): walk(e, weak: weak, parentOf: parentOf)
                }
            }
        case .call(_, _, let args):
            for a in args { walk(a, weak: weak, parentOf: parentOf) }
        case .unary(_, let e):
            walk(e, weak: weak, parentOf: parentOf)
        case .binary(_, let l, let r):
            walk(l, weak: weak, parentOf: parentOf)
            walk(r, weak: weak, parentOf: parentOf)
        case .ternary(let c, let t, let f):
            walk(c, weak: weak, parentOf: parentOf)
            walk(t, weak: weak, parentOf: parentOf)
            walk(f, weak: weak, parentOf: parentOf)
        case .forLoop(_, _, let source, let body):
            walk(source, weak: weak, parentOf: parentOf)
            walk(body, weak: weak, parentOf: parentOf)
        case .lambda(_, let body):
            walk(body, weak: weak, parentOf: parentOf)
        case .member(let base, _, _):
            walk(base, weak: weak, parentOf: parentOf)
        case .index(let base, let i, _, _):
            walk(base, weak: weak, parentOf: parentOf)
            walk(i, weak: weak, parentOf: parentOf)
        case .methodCall(let base, _, let args):
            walk(base, weak: weak, parentOf: parentOf)
            for a in args { walk(a, weak: weak, parentOf: parentOf) }
        case .string, .int, .bool, .null, .parameter, .variable, .resource, .local, .unknown:
            break
        }
    }
}
