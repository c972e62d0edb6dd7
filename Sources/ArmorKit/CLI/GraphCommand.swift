import ArmorBase
import ArmorAnalysis

/// `armor graph FILE [--format json|text|dot|mermaid]`.
enum GraphCommand {
    static let spec = Arguments.Spec(valued: ["format"], flags: ["no-registry"], short: ["f": "format"])

    static func run(_ words: [String], environment: [String: String]) -> CommandResult {
        let arguments: Arguments
        let format: String
        do {
            arguments = try Arguments.parse(words, spec: spec)
            format = try arguments.choice("format", of: ["json", "text", "dot", "mermaid"]) ?? "text"
        } catch {
            return .usageError(error.message)
        }
        guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
            return .usageError("'armor graph' takes exactly one template file")
        }
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readFile(path)
        } catch {
            return CommandResult(stderr: "armor: error: cannot read '\(error.path)': \(error.reason)\n", status: .usage)
        }
        let analyzed = Frontend.analyze(SourceFile(path: path, bytes: bytes))
        let output: String
        let hasErrors: Bool
        if format == "json" {
            // The contract is one file: modules are compared as files of their own.
            output = GraphJSONWriter.write(analyzed, path: path)
            hasErrors = analyzed.allDiagnostics.contains { $0.severity == .error }
        } else {
            // Restored registry modules are drawn as clusters of their own (not in JSON: one file).
            let registry = arguments.has("no-registry") ? nil : ModuleRegistry(home: environment["HOME"])
            let deployment = DeploymentLoader.load(root: analyzed, registry: registry) { modulePath in
                guard let bytes = try? FileSystem.readFile(modulePath) else { return nil }
                return Frontend.analyze(SourceFile(path: modulePath, bytes: bytes))
            }
            switch format {
            case "dot": output = GraphDiagramWriter.dot(deployment)
            case "mermaid": output = GraphDiagramWriter.mermaid(deployment)
            default: output = GraphTextWriter.write(deployment)
            }
            hasErrors = GraphDiagnostics.all(deployment).contains { $0.severity == .error }
        }
        return CommandResult(stdout: output, status: hasErrors ? .findings : .success)
    }
}
