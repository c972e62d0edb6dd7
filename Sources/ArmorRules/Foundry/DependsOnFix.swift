import ArmorBase
import ArmorSyntax
import ArmorAnalysis

/// The fix of an ordering finding: `place` gets a `dependsOn` entry for `target` (both in one
/// template), written in the template's own language; for an inverted order the entry that made
/// `target` wait for `place` goes too. No fix when the edit is not certain: the new edge would
/// close a cycle, the inversion is not one written entry, or the entry cannot be written.
enum DependsOnFix {
    static func make(place: ResourceRef, target: ResourceRef, inverted: Bool, _ context: DeploymentAnalysis) -> Fix? {
        guard place.instance == target.instance, place != target else { return nil }
        let template = context.deployment.template(of: place)
        let graph = context.deployment.instances[place.instance].graph
        var edits: [TextEdit] = []
        var removed: String?
        if inverted {
            // The one written entry of `target` on `place`, and no other path back.
            guard let edge = graph.edges[target.index].first(where: { $0.target == place.index }), edge.kinds == .explicit,
                  !reaches(from: target.index, to: place.index, graph, skipping: (target.index, place.index)),
                  let entries = DependsOnEntries(template, target.index),
                  let element = entries.element(for: edge, template),
                  let removal = entries.removal(of: element, alsoRemoved: [], title: "") else { return nil }
            edits += removal.edits
            removed = context.displayName(place)
        } else if reaches(from: target.index, to: place.index, graph, skipping: nil) {
            return nil
        }
        guard let entry = entryText(for: target, in: template, context) else { return nil }
        let editor = SourceEditor(template)
        let body = context.deployment.resource(place).body
        let added: [TextEdit]?
        if let entries = DependsOnEntries(template, place.index) {
            // Entries the new one implies would be left unnecessary: they go in the same edit.
            let implied = Set(graph.edges[place.index].filter { edge in
                edge.kinds.contains(.explicit) && edge.target != target.index
                    && implies(target, edge.target, graph, context)
            }.compactMap { entries.element(for: $0, template) })
            if implied.isEmpty {
                added = editor.appendElement(entry, to: entries.array)
            } else {
                let kept = entries.items.indices.filter { !implied.contains($0) }.map { editor.text(entries.items[$0]) }
                added = editor.rewriteArray(entries.array.span, elements: kept + [entry])
            }
        } else if body.property("dependsOn") == nil {
            let key = template.language == .arm ? "\"dependsOn\"" : "dependsOn"
            added = editor.insertProperty("\(key): [\(entry)]", into: body)
        } else {
            added = nil
        }
        guard let added else { return nil }
        edits += added
        var title = template.language == .bicep
            ? "add dependsOn: [\(entry)] to '\(context.displayName(place))'"
            : "add \(entry) to the dependsOn of '\(context.displayName(place))'"
        if let removed { title = "remove '\(removed)' from the dependsOn of '\(context.displayName(target))' and " + title }
        return Fix(title: title, applicability: .safe, edits: edits)
    }

    /// Whether waiting for `via` implies waiting for `target`, as unnecessary-dependson judges it:
    /// a path from `via` that never crosses a declaration of unknown condition.
    private static func implies(_ via: ResourceRef, _ target: Int, _ graph: DependencyGraph, _ context: DeploymentAnalysis) -> Bool {
        var seen: Set<Int> = []
        var queue = [via.index]
        while let next = queue.popLast() {
            guard seen.insert(next).inserted else { continue }
            if context.evaluation.ordersThrough(ResourceRef(instance: via.instance, index: next)) != true { continue }
            for edge in graph.edges[next] {
                if edge.target == target { return true }
                queue.append(edge.target)
            }
        }
        return false
    }

    /// Whether `from` waits for `to` through the graph (optionally without one edge).
    private static func reaches(from: Int, to: Int, _ graph: DependencyGraph, skipping: (Int, Int)?) -> Bool {
        var seen: Set<Int> = []
        var queue = [from]
        while let next = queue.popLast() {
            guard seen.insert(next).inserted else { continue }
            for edge in graph.edges[next] {
                if let skipping, skipping == (next, edge.target) { continue }
                if edge.target == to { return true }
                queue.append(edge.target)
            }
        }
        return false
    }

    /// Bicep: the symbol. ARM languageVersion 2.0: the symbolic name. Classic ARM: a copy loop's
    /// name, or `resourceId(type, segments…)` from the name as the template writes it.
    static func entryText(for ref: ResourceRef, in template: Template, _ context: DeploymentAnalysis) -> String? {
        let resource = context.deployment.resource(ref)
        switch template.language {
        case .bicep:
            return resource.symbol
        case .arm:
            if template.languageVersion != nil { return "\"\(resource.symbol)\"" }
            if let copy = resource.loop?.copyName, !copy.isEmpty { return "\"\(copy)\"" }
            guard let name = resource.name, let segments = nameSegments(name, template.source) else { return nil }
            let typeSegments = resource.type.split(separator: "/").count - 1
            guard segments.count == typeSegments, !resource.type.contains("'") else { return nil }
            return "\"[resourceId('\(resource.type)', \(segments.joined(separator: ", ")))]\""
        }
    }

    /// The name's segments as ARM expression text: `'a/b'` → `'a'`, `'b'`; `[expr]` → `expr` (one
    /// segment); `[format('{0}/{1}', x, y)]` → `x`, `y`. Anything else: nil.
    private static func nameSegments(_ name: Value, _ source: SourceFile) -> [String]? {
        if case .string(let text) = name.kind {
            guard !text.hasPrefix("["), !text.contains("'") else { return nil }
            return text.split(separator: "/", omittingEmptySubsequences: false).map { "'\($0)'" }
        }
        let written = source.text(name.span)
        guard written.hasPrefix("\"["), written.hasSuffix("]\""), !written.contains("\\") else { return nil }
        if case .call(let function, nil, let arguments) = name.kind, function.lowercased() == "format",
           let pattern = arguments.first?.stringLiteral {
            let parts = pattern.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count > 1, parts.enumerated().allSatisfy({ $0.element == "{\($0.offset)}" }),
                  arguments.count == parts.count + 1 else { return nil }
            return arguments.dropFirst().map { argumentText($0, source) }.allSatisfy { $0 != nil }
                ? arguments.dropFirst().compactMap { argumentText($0, source) } : nil
        }
        return [String(written.dropFirst(2).dropLast(2))]
    }

    /// The text of an argument inside a JSON string (its span is exact when it was parsed precisely).
    private static func argumentText(_ value: Value, _ source: SourceFile) -> String? {
        let text = source.text(value.span)
        return text.isEmpty || text.hasPrefix("\"") ? nil : text
    }
}
