import ArmorBase

/// The command-line entry point, kept in the library so that all of it is testable.
public enum ArmorCLI {
    public static let version = "0.1.0"

    /// `armor 0.1.0 (commit 1a2b3c4d5e6f)`; the commit is recorded at build time (`BuildInfo`).
    public static var versionLine: String {
        "armor \(version)" + (BuildInfo.commit.isEmpty ? "" : " (commit \(BuildInfo.commit))")
    }

    /// Every command's table, in the order `armor --help` lists them.
    static let commands: [CommandSpec] = [
        LintCommand.spec, InitCommand.spec, GraphCommand.spec, PlanCommand.spec, ModelCommand.spec,
        RulesCommand.listSpec, RulesCommand.explainSpec, LSPCommand.spec,
    ]

    /// Runs `armor` with `arguments` (without the program name).
    public static func run(_ arguments: [String], environment: [String: String] = [:]) -> CommandResult {
        guard let command = arguments.first else {
            return CommandResult(stdout: help, status: .usage)
        }
        let rest = Array(arguments.dropFirst())
        switch command {
        case "graph": return GraphCommand.run(rest, environment: environment)
        case "lint": return LintCommand.run(rest, environment: environment)
        case "plan": return PlanCommand.run(rest, environment: environment)
        case "model": return ModelCommand.run(rest, environment: environment)
        case "init": return InitCommand.run(rest)
        case "lsp": return LSPCommand.run(rest, environment: environment)
        case "rules": return RulesCommand.list(rest)
        case "explain": return RulesCommand.explain(rest)
        case "help", "--help", "-h": return helpCommand(rest)
        case "version", "--version": return CommandResult(stdout: versionLine + "\n")
        default:
            let hint = Suggestion.hint(for: command, in: commands.map(\.name) + ["help", "version"])
            return .usageError("unknown command '\(command)'\(hint)")
        }
    }

    /// `armor help` lists the commands; `armor help lint` is `armor lint --help`.
    private static func helpCommand(_ words: [String]) -> CommandResult {
        guard let name = words.first else { return CommandResult(stdout: help) }
        guard words.count == 1, let spec = commands.first(where: { $0.name == name }) else {
            return .usageError("unknown command '\(name)'\(Suggestion.hint(for: name, in: commands.map(\.name)))")
        }
        return CommandResult(stdout: spec.help)
    }

    /// `armor --help`: every command with its usage and summary, from the commands' tables.
    static var help: String {
        let rows = commands.map { ("armor \($0.name)" + ($0.arguments.isEmpty ? "" : " " + $0.arguments), $0.summary) }
            + [("armor help [COMMAND]", "this text, or a command's options"), ("armor version", "armor's version")]
        let width = (rows.map(\.0.count).max() ?? 0) + 3
        let lines = rows.map { "  " + $0.0 + String(repeating: " ", count: width - $0.0.count) + $0.1 }
        return """
        armor: deployment-order linter for Azure Bicep and ARM JSON templates

        Usage:
        \(lines.joined(separator: "\n"))

        Run 'armor COMMAND --help' for a command's options.
        Settings come from the nearest armor.json above each file ('armor init' writes one).

        Exit status: 0 clean, 1 findings (or syntax errors for 'graph'), 2 usage, configuration or I/O error.

        """
    }
}
