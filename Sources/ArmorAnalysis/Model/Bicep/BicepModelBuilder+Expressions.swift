import ArmorBase
import ArmorSyntax

extension BicepModelBuilder {
    /// Syntax → `Value`, resolving names: locals → nested resources of enclosing bodies →
    /// file symbols → namespaces (bicep-syntax.md §5).
    mutating func lower(_ e: BicepExpression) -> Value {
        let span = e.span
        switch e.kind {
        case .integer(let v):
            guard let v, let i = Int64(exactly: v) else { return .unknown(at: span) }
            return Value(.int(i), at: span)
        case .boolean(let b): return Value(.bool(b), at: span)
        case .null: return Value(.null, at: span)
        case .string(let s): return lowerString(s, span)
        case .identifier(let name): return Value(resolve(name), at: span)
        case .call(let name, _, let args):
            return Value(.call(name: name, namespace: nil, arguments: args.map { lower($0) }), at: span)
        case .property(let base, let name, _, let safe):
            return Value(.member(lower(base), name, safe: safe), at: span)
        case .instanceCall(let base, let name, _, let args, _):
            if case .identifier(let ns) = base.kind, isNamespace(ns) {
                return Value(.call(name: name, namespace: ns, arguments: args.map { lower($0) }), at: span)
            }
            let b = lower(base)
            return Value(.methodCall(b, name: name, arguments: args.map { lower($0) }), at: span)
        case .index(let base, let i, let safe, let fromEnd):
            return Value(.index(lower(base), lower(i), safe: safe, fromEnd: fromEnd), at: span)
        case .resourceAccess(let base, let name, _):
            return lowerResourceAccess(base, name, span)
        case .nonNull(let base): return Value(.unary(.nonNull, lower(base)), at: span)
        case .unary(let op, let operand): return Value(.unary(op, lower(operand)), at: span)
        case .binary(let op, let l, let r): return Value(.binary(op, lower(l), lower(r)), at: span)
        case .ternary(let c, let t, let f):
            return Value(.ternary(condition: lower(c), then: lower(t), else: lower(f)), at: span)
        case .parenthesized(let inner): return lower(inner)
        case .object(let elements): return lowerObject(elements, span)
        case .array(let elements): return lowerArray(elements, span)
        case .forLoop(let loop): return lowerFor(loop, span)
        case .lambda(let parameters, let body):
            let count = locals.count
            locals.append(contentsOf: parameters.map(\.text))
            let b = lower(body)
            locals.removeLast(locals.count - count)
            return Value(.lambda(parameters: parameters.map(\.text), body: b), at: span)
        case .ifBody(let condition, let body):
            return Value(.ternary(condition: lower(condition), then: lower(body), else: Value(.null, at: span)), at: span)
        case .skipped: return .unknown(at: span)
        }
    }

    func isNamespace(_ name: String) -> Bool {
        guard namespaces.contains(name) else { return false }
        if locals.contains(name) { return false }
        for scope in resourceScopes where scope[name] != nil { return false }
        switch fileSymbols[name] {
        case nil, .namespace?: return true
        default: return false
        }
    }

    func resolve(_ name: String) -> Value.Kind {
        if locals.contains(name) { return .local(name) }
        for scope in resourceScopes.reversed() {
            if let q = scope[name] { return .resource(q) }
        }
        switch fileSymbols[name] {
        case .parameter?: return .parameter(name)
        case .variable?, .imported?: return .variable(name)
        case .resource(let q)?: return .resource(q)
        case .function?, .namespace?, nil: return .unknown
        }
    }

    /// `a::b::c` names one nested resource; when it does not resolve, the base is kept as a
    /// member access so its references are not lost.
    mutating func lowerResourceAccess(_ base: BicepExpression, _ name: String, _ span: Span) -> Value {
        let b = lower(base)
        if case .resource(let q) = b.kind, let child = children[q]?[name] {
            return Value(.resource(child), at: span)
        }
        return Value(.member(b, name, safe: false), at: span)
    }

    mutating func lowerString(_ s: BicepStringSyntax, _ span: Span) -> Value {
        if s.holes.isEmpty { return Value(.string(s.head), at: span) }
        var parts: [Value] = []
        parts.reserveCapacity(2 * s.holes.count + 1)
        if !s.head.isEmpty { parts.append(Value(.string(s.head), at: span)) }
        for (i, hole) in s.holes.enumerated() {
            parts.append(lower(hole))
            if i < s.tail.count, !s.tail[i].isEmpty { parts.append(Value(.string(s.tail[i]), at: span)) }
        }
        return Value(.interpolation(parts), at: span)
    }

    mutating func lowerObject(_ elements: [BicepObjectElement], _ span: Span) -> Value {
        var entries: [Value.ObjectEntry] = []
        entries.reserveCapacity(elements.count)
        for element in elements {
            switch element {
            case .property(.name(let key, let keySpan), let value):
                entries.append(.property(key: key, keySpan: keySpan, value: lower(value)))
            case .property(.interpolated(let key), let value):
                entries.append(.unknownKey(key: lower(key), value: lower(value)))
            case .spread(let value, _):
                entries.append(.spread(lower(value)))
            case .resource, .skipped:
                continue
            }
        }
        return Value(.object(entries), at: span)
    }

    mutating func lowerArray(_ elements: [BicepArrayElement], _ span: Span) -> Value {
        var entries: [Value.ArrayEntry] = []
        entries.reserveCapacity(elements.count)
        for element in elements {
            switch element {
            case .item(let value): entries.append(.element(lower(value)))
            case .spread(let value, _): entries.append(.spread(lower(value)))
            case .skipped: continue
            }
        }
        return Value(.array(entries), at: span)
    }

    /// The loop variables are in scope for the body only, not for the source.
    mutating func lowerFor(_ loop: BicepForSyntax, _ span: Span) -> Value {
        let sourceValue = lower(loop.source)
        let count = locals.count
        if let item = loop.item { locals.append(item.text) }
        if let index = loop.index { locals.append(index.text) }
        let body = lower(loop.body)
        locals.removeLast(locals.count - count)
        return Value(.forLoop(item: loop.item?.text, index: loop.index?.text, source: sourceValue, body: body), at: span)
    }
}
