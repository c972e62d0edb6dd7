import ArmorBase
import ArmorAnalysis

/// `armor graph FILE [--format json|text|dot|mermaid]`.
enum GraphCommand {
    enum Format: String, OptionChoice {
        case json, text, dot, mermaid
    }

    enum Options {
        static let format = OptionKey<Format?>.choice(
            "format", short: "f", placeholder: "FORMAT",
            help: "the graph as text (default), JSON (this file only), Graphviz dot or Mermaid")
        static let noRegistry = LintCommand.Options.noRegistry
    }

    static let spec = CommandSpec(
        name: "graph", arguments: "FILE", summary: "the deployment dependency graph",
        about: "Prints the dependency graph of a Bicep file or ARM template and its local modules.",
        options: [Options.format.option, Options.noRegistry.option],
        footer: "Exit status: 0 no syntax error, 1 syntax errors, 2 usage or I/O error.")

    static func run(_ words: [String], environment: [String: String]) -> CommandResult {
        let arguments: Arguments, path: String
        switch spec.parse(words, exactlyOne: "'armor graph' takes exactly one template file") {
        case .answer(let result): return result
        case .arguments(let parsed, let positional): (arguments, path) = (parsed, positional)
        }
        let format = arguments[Options.format] ?? .text
        let analyzed: AnalyzedTemplate
        switch DeploymentReader.readRootTemplate(path, notATemplate: { notATemplate(path, kind: $0) }) {
        case .success(let source): analyzed = Frontend.analyze(source)
        case .failure(let failure): return CommandResult(stderr: failure.message, status: .usage)
        }
        let output: String
        let hasErrors: Bool
        if format == .json {
            // The contract is one file: modules are compared as files of their own.
            output = GraphJSONWriter.write(analyzed, path: path)
            hasErrors = analyzed.allDiagnostics.contains { $0.severity == .error }
        } else {
            // Restored registry modules are drawn as clusters of their own (not in JSON: one file).
            let registry = arguments[Options.noRegistry] ? nil : ModuleRegistry(home: environment["HOME"])
            let deployment = DeploymentReader.deployment(root: analyzed, registry: registry)
            switch format {
            case .dot: output = GraphDiagramWriter.dot(deployment)
            case .mermaid: output = GraphDiagramWriter.mermaid(deployment)
            default: output = GraphTextWriter.write(deployment)
            }
            hasErrors = GraphDiagnostics.all(deployment).contains { $0.severity == .error }
        }
        return CommandResult(stdout: output, status: hasErrors ? .findings : .success)
    }

    /// Why `path`, of a kind other than Bicep or ARM template, has no graph.
    static func notATemplate(_ path: String, kind: Frontend.FileKind) -> String {
        let expected = "'armor graph' reads a .bicep file or an ARM template (JSON with a deploymentTemplate $schema)"
        switch kind {
        case .bicepParameters, .armParameters:
            return "'\(path)' is a parameters file, not a template: \(expected); graph the template it belongs to"
        case .teardownScript: return "'\(path)' is a teardown script, not a template: \(expected)"
        case .bicep, .armTemplate, .other: return "'\(path)' is not a template: \(expected)"
        }
    }
}
