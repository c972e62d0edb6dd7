/// `armor lint [PATH ...]`.
enum LintCommand {
    static let spec = Arguments.Spec(
        valued: ["format", "fail-level"],
        flags: ["no-color"],
        short: ["f": "format"])

    static func run(_ words: [String], environment: [String: String]) -> CommandResult {
        let arguments: Arguments
        let failLevel: Severity?
        do {
            arguments = try Arguments.parse(words, spec: spec)
            _ = try arguments.choice("format", of: ["text", "concise"])
            switch try arguments.choice("fail-level", of: ["error", "warning", "info", "none"]) ?? "error" {
            case "warning": failLevel = .warning
            case "info": failLevel = .info
            case "none": failLevel = nil
            default: failLevel = .error
            }
        } catch {
            return .usageError(error.message)
        }
        let discovered = FileDiscovery.discover(arguments.positionals.isEmpty ? ["."] : arguments.positionals)
        var stderr = discovered.errors.map { "armor: error: \($0)\n" }.joined()
        var sources: [SourceFile] = []
        for path in discovered.files {
            do {
                sources.append(SourceFile(path: path, bytes: try FileSystem.readFile(path)))
            } catch {
                stderr += "armor: error: cannot read '\(error.path)': \(error.reason)\n"
            }
        }
        let outcome = Linter().lint(sources)
        var stdout = ""
        for diagnostic in outcome.diagnostics {
            let position = outcome.sources[diagnostic.location.path]?.location(of: diagnostic.location.span.start)
                ?? LineColumn(line: 1, column: 1)
            stdout += "\(diagnostic.location.path):\(position.line):\(position.column): "
            stdout += "\(diagnostic.severity.rawValue) [\(diagnostic.code.id)] \(diagnostic.message)\n"
        }
        let failing = failLevel.map { level in outcome.diagnostics.contains { $0.severity >= level } } ?? false
        let hadErrors = !stderr.isEmpty
        return CommandResult(stdout: stdout, stderr: stderr,
                             status: hadErrors ? .usage : (failing ? .findings : .success))
    }
}
