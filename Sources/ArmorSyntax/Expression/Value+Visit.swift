extension Value {
    /// Calls `body` on this node and every node below it, depth first.
    public func visit(_ body: (Value) -> Void) {
        body(self)
        switch kind {
        case .string, .int, .bool, .null, .parameter, .variable, .resource, .local, .unknown:
            break
        case .interpolation(let parts):
            for part in parts { part.visit(body) }
        case .object(let entries):
            for entry in entries {
                switch entry {
                case .property(_, _, let value): value.visit(body)
                case .unknownKey(let key, let value): key.visit(body); value.visit(body)
                case .spread(let value): value.visit(body)
                }
            }
        case .array(let entries):
            for entry in entries {
                switch entry {
                case .element(let value), .spread(let value): value.visit(body)
                }
            }
        case .member(let base, _, _): base.visit(body)
        case .index(let base, let index, _, _): base.visit(body); index.visit(body)
        case .call(_, _, let arguments): for argument in arguments { argument.visit(body) }
        case .methodCall(let base, _, let arguments):
            base.visit(body)
            for argument in arguments { argument.visit(body) }
        case .unary(_, let operand): operand.visit(body)
        case .binary(_, let lhs, let rhs): lhs.visit(body); rhs.visit(body)
        case .ternary(let c, let t, let e): c.visit(body); t.visit(body); e.visit(body)
        case .forLoop(_, _, let source, let loopBody): source.visit(body); loopBody.visit(body)
        case .lambda(_, let lambdaBody): lambdaBody.visit(body)
        }
    }
}
