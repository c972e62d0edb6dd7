import ArmorSyntax

/// Element by element through what a template writes: a copy loop's element `i` read through
/// `coalesce(variables('formatted'), createArray())[copyIndex()].principalId`, where the copy
/// variable unions each element of a module parameter with extra fields, reaches what the
/// caller wrote for element `i` (`account.identity.principalId`). Registry modules (the AVM Key
/// Vault module's `roleAssignments`) grant this way.
extension ValueTracer {
    package struct Projected {
        package var value: Value
        package var instance: Int
        /// Copy indexes bound by lower-cased copy name ("" is the resource's own loop).
        var copies: [String: Int]
    }

    /// `value` with literal objects, arrays, copy loops, variables and module parameters read
    /// through as far as the written text allows; what is left is rebuilt around the rest, so
    /// `trace` can follow it in the instance it ends in.
    package func project(_ value: Value, in instance: Int, copies: [String: Int], depth: Int = 0) -> Projected {
        let unchanged = Projected(value: value, instance: instance, copies: copies)
        guard within(depth, AnalysisLimits.traceDepth), instance < deployment.instances.count else { return unchanged }
        switch value.kind {
        case .member(let base, let name, let safe):
            let object = project(base, in: instance, copies: copies, depth: depth + 1)
            if let field = Self.field(name, of: object.value) {
                return project(field, in: object.instance, copies: object.copies, depth: depth + 1)
            }
            if case .call(let function, _, let arguments) = object.value.kind,
               ["union", "shallowmerge"].contains(function.lowercased()) {
                // The last argument that writes the field wins, as union() does.
                for argument in arguments.reversed() {
                    let part = project(argument, in: object.instance, copies: object.copies, depth: depth + 1)
                    if let field = Self.field(name, of: part.value) {
                        return project(field, in: part.instance, copies: part.copies, depth: depth + 1)
                    }
                }
            }
            return Projected(value: Value(.member(object.value, name, safe: safe), at: value.span),
                             instance: object.instance, copies: object.copies)
        case .index(let base, let index, let safe, let fromEnd):
            guard !fromEnd, let k = Self.elementNumber(index, copies) else { return unchanged }
            let collection = project(base, in: instance, copies: copies, depth: depth + 1)
            switch collection.value.kind {
            case .array(let entries) where k >= 0 && k < entries.count:
                guard case .element(let element) = entries[k],
                      !entries.contains(where: { if case .spread = $0 { true } else { false } }) else { break }
                return project(element, in: collection.instance, copies: collection.copies, depth: depth + 1)
            case .forLoop(nil, let name?, _, let body):
                var bound = collection.copies
                bound[name.lowercased()] = k
                return project(body, in: collection.instance, copies: bound, depth: depth + 1)
            default:
                break
            }
            return Projected(value: Value(.index(collection.value, Value(.int(Int64(k)), at: index.span), safe: safe, fromEnd: false),
                                          at: value.span),
                             instance: collection.instance, copies: collection.copies)
        case .call(let name, _, let arguments) where ["coalesce", "any"].contains(name.lowercased()) && !arguments.isEmpty:
            return project(arguments[0], in: instance, copies: copies, depth: depth + 1)
        default:
            guard let next = readThrough(value, in: instance) else { return unchanged }
            // In the caller's text (a module parameter) the module's copy indexes mean nothing.
            return project(next.value, in: next.instance, copies: next.instance == instance ? copies : [:], depth: depth + 1)
        }
    }

    /// A written object's field, by ARM's case-insensitive key.
    private static func field(_ name: String, of value: Value) -> Value? {
        guard case .object = value.kind else { return nil }
        return value.property(name)
    }

    /// A literal index, or `copyIndex()` / `copyIndex('name')` bound in `copies` (no offset).
    private static func elementNumber(_ index: Value, _ copies: [String: Int]) -> Int? {
        switch index.kind {
        case .int(let n): return Int(exactly: n)
        case .call(let name, _, let arguments) where name.lowercased() == "copyindex":
            switch arguments.count {
            case 0: return copies[""]
            case 1: return arguments[0].stringLiteral.flatMap { copies[$0.lowercased()] }
            default: return nil
            }
        default: return nil
        }
    }
}
