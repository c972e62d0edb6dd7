/// `armor graph --format text`: the deployment waves, each declaration with what it waits for.
public enum GraphTextWriter {
    public static func write(_ analyzed: AnalyzedTemplate) -> String {
        var out = ""
        write(analyzed, indent: "", into: &out)
        let diagnostics = analyzed.allDiagnostics.sorted(by: Diagnostic.outputOrder)
        if !diagnostics.isEmpty {
            out += "\n"
            for diagnostic in diagnostics {
                let position = analyzed.template.source.location(of: diagnostic.location.span.start)
                out += "\(diagnostic.location.path):\(position.line):\(position.column): "
                out += "\(diagnostic.severity.rawValue) [\(diagnostic.code.id)] \(diagnostic.message)\n"
            }
        }
        return out
    }

    private static func write(_ analyzed: AnalyzedTemplate, indent: String, into out: inout String) {
        let template = analyzed.template
        if indent.isEmpty {
            out += "\(template.path) (\(template.language == .bicep ? "Bicep" : "ARM JSON"), "
            out += "\(template.resources.count) declaration\(template.resources.count == 1 ? "" : "s"))\n"
        }
        let waves = Waves(analyzed.graph)
        for (number, wave) in waves.waves.enumerated() {
            out += "\(indent)wave \(number + 1)\n"
            for index in wave { line(for: index, in: analyzed, indent: indent + "  ", into: &out) }
        }
        if !waves.blocked.isEmpty {
            out += "\(indent)never starts (dependency cycle)\n"
            for index in waves.blocked { line(for: index, in: analyzed, indent: indent + "  ", into: &out) }
        }
    }

    private static func line(for index: Int, in analyzed: AnalyzedTemplate, indent: String, into out: inout String) {
        let template = analyzed.template
        let resource = template.resources[index]
        let position = template.source.location(of: resource.span.start)
        var flags: [String] = []
        if resource.existing { flags.append("existing") }
        if resource.conditional { flags.append("conditional") }
        if resource.isLoop { flags.append(resource.batchSize == 1 ? "serial loop" : "loop") }
        out += "\(indent)\(resource.symbol)  \(resource.kind == .module ? "module" : resource.type)"
        if !flags.isEmpty { out += "  [\(flags.joined(separator: ", "))]" }
        out += "  (line \(position.line))\n"
        let written = analyzed.graph.writtenTargets(of: index).map { template.resources[$0].symbol }
        let inferred = analyzed.graph.inferredTargets(of: index).map { template.resources[$0].symbol }
        if !written.isEmpty { out += "\(indent)  after: \(written.joined(separator: ", "))\n" }
        if !inferred.isEmpty { out += "\(indent)  after (inferred by ARM): \(inferred.joined(separator: ", "))\n" }
        if case .inline(let nestedIndex, _)? = resource.module, nestedIndex < analyzed.nested.count {
            write(analyzed.nested[nestedIndex], indent: indent + "  | ", into: &out)
        }
    }
}
