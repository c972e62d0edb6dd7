import ArmorBase
import ArmorAnalysis

extension LanguageServer {
    /// Hover on a resource or module declaration's first line, or on a reference to its symbol:
    /// its deployment wave (from the same `DeploymentPlan` as `armor plan`) and what it waits for.
    func hover(_ document: LSPDocument, at offset: Int) -> LSPValue? {
        let kind = Frontend.kind(ofPath: document.path, bytes: document.bytes)
        guard kind == .bicep || kind == .armTemplate else { return nil }
        let analyzed = Frontend.analyze(document.source)
        let template = analyzed.template
        var best: Int?
        for (index, resource) in template.resources.enumerated() {
            let header = headerSpan(resource, in: document)
            guard header.contains(UInt32(offset)) || Int(header.end) == offset else { continue }
            if let current = best, template.resources[current].declarationSpan.length <= resource.declarationSpan.length { continue }
            best = index
        }
        // Else a reference to a declaration's symbol (`parent: account`, `dependsOn: [vault]`).
        var range: Span?
        if best == nil, kind == .bicep, let word = Self.identifier(at: offset, in: document.bytes) {
            let name = String(decoding: document.bytes[Int(word.start)..<Int(word.end)], as: UTF8.self)
            best = template.resources.firstIndex { $0.symbol == name }
            range = word
        }
        guard let index = best else { return nil }
        var cache: [String: AnalyzedTemplate] = [:]
        for (other, buffer) in documents where other != document.uri {
            let otherKind = Frontend.kind(ofPath: buffer.path, bytes: buffer.bytes)
            if otherKind == .bicep || otherKind == .armTemplate {
                cache[WorkingDirectory.absolute(buffer.path)] = Frontend.analyze(buffer.source)
            }
        }
        let deployment = DeploymentReader.deployment(root: analyzed, cache: cache, registry: ModuleRegistry(home: environment["HOME"]))
        let context = DeploymentAnalysis(deployment: deployment)
        let plan = DeploymentPlan(context)
        let ref = ResourceRef(instance: 0, index: index)
        let resource = template.resources[index]
        var lines = ["**\(resource.kind == .module ? "module" : "resource")** `\(resource.symbol)`: `\(resource.type)"
                     + (resource.apiVersion.map { "@" + $0 } ?? "") + "`", ""]
        lines.append(waveText(ref, resource, plan: plan, deployment: deployment, context: context))
        let waits = waitsFor(index, in: analyzed)
        lines.append("")
        lines.append(waits.isEmpty ? "Waits for nothing in this file." : "Waits for: " + waits.joined(separator: ", "))
        return .object([
            "contents": .object(["kind": .string("markdown"), "value": .string(lines.joined(separator: "\n"))]),
            "range": document.range(of: range ?? headerSpan(resource, in: document), encoding: encoding),
        ])
    }

    /// The wave sentence: a resource's wave, the waves a module's resources deploy in.
    func waveText(_ ref: ResourceRef, _ resource: Resource, plan: DeploymentPlan, deployment: Deployment,
                  context: DeploymentAnalysis) -> String {
        let total = plan.waves.count
        if resource.existing { return "Existing: read, not deployed, by this template." }
        if resource.kind == .module {
            let inside = plan.waves.indices.filter { wave in
                plan.waves[wave].contains { deployment.moduleChain(of: $0.instance).contains(ref) }
            }
            guard let first = inside.first, let last = inside.last else {
                return "Deploys no resource armor can see (an unrestored registry module, or an empty one)."
            }
            return first == last ? "Its resources deploy in wave \(first + 1) of \(total)."
                : "Its resources deploy in waves \(first + 1)–\(last + 1) of \(total)."
        }
        if let wave = plan.waves.firstIndex(where: { $0.contains(ref) }) {
            return "Deployment wave \(wave + 1) of \(total)." + (context.isDeployed(ref) == nil ? " (Its condition is not known.)" : "")
        }
        return context.isDeployed(ref) == false ? "Not deployed: its condition is false." : "Not in the deployment plan."
    }

    /// What a declaration waits for, with why: `dependsOn`, a reference, its parent.
    func waitsFor(_ index: Int, in analyzed: AnalyzedTemplate) -> [String] {
        guard index < analyzed.graph.edges.count else { return [] }
        var out: [String] = []
        var seen = Set<Int>()
        for edge in analyzed.graph.edges[index] where seen.insert(edge.target).inserted {
            var why: [String] = []
            if edge.kinds.contains(.explicit) { why.append("dependsOn") }
            if edge.kinds.contains(.reference) || edge.kinds.contains(.armInferred) { why.append("reference") }
            if edge.kinds.contains(.parent) { why.append("parent") }
            out.append("`\(analyzed.template.resources[edge.target].symbol)` (\(why.joined(separator: ", ")))")
        }
        return out
    }

    /// The Bicep identifier around `offset` (letters, digits, `_`), if any.
    static func identifier(at offset: Int, in bytes: [UInt8]) -> Span? {
        func isWord(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
        }
        var start = min(offset, bytes.count)
        var end = start
        while start > 0 && isWord(bytes[start - 1]) { start -= 1 }
        while end < bytes.count && isWord(bytes[end]) { end += 1 }
        guard start < end, !(bytes[start] >= 0x30 && bytes[start] <= 0x39) else { return nil }
        return Span(start, end)
    }

    /// From the first decorator to the end of the line holding the declaration's keyword (or key).
    func headerSpan(_ resource: Resource, in document: LSPDocument) -> Span {
        let line = document.source.lines.lineIndex(of: resource.span.start)
        let end = document.source.lines.lineRange(line, in: document.bytes).upperBound
        return Span(start: min(resource.declarationSpan.start, resource.span.start), end: UInt32(end))
    }

    /// Resources and modules, nested as they are declared (children inside their parent).
    func documentSymbols(_ document: LSPDocument) -> [LSPValue] {
        let kind = Frontend.kind(ofPath: document.path, bytes: document.bytes)
        guard kind == .bicep || kind == .armTemplate else { return [] }
        let resources = Frontend.template(from: document.source).resources
        var children = [[Int]](repeating: [], count: resources.count)
        var roots: [Int] = []
        for (index, resource) in resources.enumerated() {
            if let parent = resource.parent, parent < resources.count, parent != index,
               resources[parent].declarationSpan.start <= resource.declarationSpan.start,
               resource.declarationSpan.end <= resources[parent].declarationSpan.end {
                children[parent].append(index)
            } else {
                roots.append(index)
            }
        }
        func symbol(_ index: Int, depth: Int) -> LSPValue {
            let resource = resources[index]
            var value: [String: LSPValue] = [
                "name": .string(resource.symbol),
                "detail": .string(resource.type + (resource.apiVersion.map { "@" + $0 } ?? "")),
                "kind": .int(resource.kind == .module ? 2 : 19),
                "range": document.range(of: resource.declarationSpan.union(resource.span), encoding: encoding),
                "selectionRange": document.range(of: resource.span, encoding: encoding),
            ]
            if !children[index].isEmpty && depth < 64 {
                value["children"] = .array(children[index].map { symbol($0, depth: depth + 1) })
            }
            return .object(value)
        }
        return roots.map { symbol($0, depth: 0) }
    }
}
