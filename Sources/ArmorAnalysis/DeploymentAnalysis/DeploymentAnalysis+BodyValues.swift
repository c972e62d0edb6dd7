import ArmorSyntax

/// Reading a declaration's body the way it deploys, whichever way it is written.
extension DeploymentAnalysis {
    /// The value at `path` in a declaration's body. Object literals are followed as written;
    /// where the path meets an expression (ARM `"properties": "[shallowMerge(...)]"`, the
    /// compiled form of Bicep's spreads and `union()`, or an object with spreads), that
    /// expression is evaluated and followed. nil when the path is known to be absent,
    /// `.unknown` when armor cannot tell.
    package func bodyValue(_ ref: ResourceRef, _ path: String...) -> KnownValue? {
        var current = deployment.resource(ref).body
        for (depth, key) in path.enumerated() {
            if let next = current.property(key) {
                current = next
                continue
            }
            if case .object(let entries) = current.kind, !entries.contains(where: Self.isSpread) { return nil }
            var value: KnownValue? = evaluate(current, in: ref.instance)
            for rest in path[depth...] { value = value?[rest] }
            return value
        }
        return evaluate(current, in: ref.instance)
    }

    private static func isSpread(_ entry: Value.ObjectEntry) -> Bool {
        if case .spread = entry { return true }
        return false
    }
}
