import ArmorBase
import ArmorAnalysis

/// `armor graph --format text`: the deployment waves of the template, each declaration with what
/// it waits for; modules and nested deployments shown inside the module that deploys them.
public enum GraphTextWriter {
    public static func write(_ deployment: Deployment) -> String {
        let root = deployment.root.template
        var out = "\(root.path) (\(root.language == .bicep ? "Bicep" : "ARM JSON"), "
        out += "\(root.resources.count) declaration\(root.resources.count == 1 ? "" : "s"))\n"
        write(instance: 0, deployment, indent: "", into: &out)
        let diagnostics = GraphDiagnostics.all(deployment)
        if !diagnostics.isEmpty {
            out += "\n"
            for diagnostic in diagnostics {
                let source = deployment.instances.first { $0.template.path == diagnostic.location.path }?.template.source
                let position = source?.location(of: diagnostic.location.span.start) ?? LineColumn(line: 1, column: 1)
                out += FindingLine.render(diagnostic, at: position) + "\n"
            }
        }
        return out
    }

    private static func write(instance: Int, _ deployment: Deployment, indent: String, into out: inout String) {
        let waves = Waves(deployment.instances[instance].graph)
        for (number, wave) in waves.waves.enumerated() {
            out += "\(indent)wave \(number + 1)\n"
            for index in wave { line(ResourceRef(instance: instance, index: index), deployment, indent: indent + "  ", into: &out) }
        }
        if !waves.blocked.isEmpty {
            out += "\(indent)never starts (dependency cycle)\n"
            for index in waves.blocked { line(ResourceRef(instance: instance, index: index), deployment, indent: indent + "  ", into: &out) }
        }
    }

    private static func line(_ ref: ResourceRef, _ deployment: Deployment, indent: String, into out: inout String) {
        let template = deployment.template(of: ref)
        let graph = deployment.instances[ref.instance].graph
        let resource = template.resources[ref.index]
        let position = template.source.location(of: resource.span.start)
        var flags: [String] = []
        if resource.existing { flags.append("existing") }
        if resource.conditional { flags.append("conditional") }
        if resource.isLoop { flags.append(resource.batchSize == 1 ? "serial loop" : "loop") }
        out += "\(indent)\(resource.symbol)  \(resource.kind == .module ? "module" : resource.type)"
        if !flags.isEmpty { out += "  [\(flags.joined(separator: ", "))]" }
        out += "  (line \(position.line))\n"
        let written = graph.writtenTargets(of: ref.index).map { template.resources[$0].symbol }
        let inferred = graph.inferredTargets(of: ref.index).map { template.resources[$0].symbol }
        if !written.isEmpty { out += "\(indent)  after: \(written.joined(separator: ", "))\n" }
        if !inferred.isEmpty { out += "\(indent)  after (inferred by ARM): \(inferred.joined(separator: ", "))\n" }
        if let target = deployment.moduleTargets[ref] {
            let path = deployment.instances[target].template.path
            if let reference = deployment.instances[target].registryReference {
                out += "\(indent)  | from registry \(reference): \(path)\n"
            } else if path != template.path {
                out += "\(indent)  | \(path)\n"
            }
            write(instance: target, deployment, indent: indent + "  | ", into: &out)
        }
    }
}

/// The diagnostics `armor graph` shows: the file's own, module loading problems, and those of
/// the module files it reads, each once.
enum GraphDiagnostics {
    static func all(_ deployment: Deployment) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        var result: [Diagnostic] = []
        let own = deployment.root.analyzed.allDiagnostics + deployment.diagnostics
        let modules = deployment.instances.dropFirst().flatMap { $0.template.diagnostics + $0.graph.diagnostics }
        for diagnostic in own + modules where seen.insert(diagnostic).inserted { result.append(diagnostic) }
        return result.sorted(by: Diagnostic.outputOrder)
    }
}
