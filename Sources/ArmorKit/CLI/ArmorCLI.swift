/// The command-line entry point, kept in the library so that all of it is testable.
public enum ArmorCLI {
    public static let version = "0.1.0"

    /// Runs `armor` with `arguments` (without the program name).
    public static func run(_ arguments: [String], environment: [String: String] = [:]) -> CommandResult {
        guard let command = arguments.first else {
            return CommandResult(stdout: HelpText.main, status: .usage)
        }
        let rest = Array(arguments.dropFirst())
        switch command {
        case "graph": return GraphCommand.run(rest, environment: environment)
        case "lint": return LintCommand.run(rest, environment: environment)
        case "plan": return PlanCommand.run(rest, environment: environment)
        case "model": return ModelCommand.run(rest, environment: environment)
        case "init": return InitCommand.run(rest)
        case "rules": return RulesCommand.list(rest)
        case "explain": return RulesCommand.explain(rest)
        case "help", "--help", "-h": return CommandResult(stdout: HelpText.main)
        case "version", "--version": return CommandResult(stdout: "armor \(version)\n")
        default: return .usageError("unknown command '\(command)'")
        }
    }
}

enum HelpText {
    static let main = """
    armor: deployment-order linter for Azure Bicep and ARM JSON templates

    Usage:
      armor lint [PATH ...] [options]                     lint templates, parameter files and teardown scripts
      armor init [FOLDER] [--force]                       write a commented starter armor.json
      armor graph FILE [--format json|text|dot|mermaid]   the deployment dependency graph
      armor plan FILE [--teardown] [--format text|json|mermaid|az|pwsh] [--parameters FILE]
                                                          deployment waves, or the deletion order / teardown script
      armor model FILE [--parameters FILE] [--format json]
                                                          what armor knows of each declaration (names,
                                                          conditions, scopes, loops, values the rules read)
      armor rules                                         list the rules
      armor explain RULE                                  a rule's page: why, how to fix, examples
      armor help                                          this text
      armor version

    armor lint options:
      -f, --format text|concise|json|sarif|github|azure|junit   -o, --output FILE
      --fail-level error|warning|info|none   --statistics   --config FILE   --force-exclude
      --parameters FILE   --template FILE   --stdin --stdin-filename PATH
      --baseline FILE   --write-baseline FILE   --no-color   --show-undecided
    Settings come from the nearest armor.json above each file ('armor init' writes one).
    'armor lint --help' describes each option.

    Exit status: 0 clean, 1 findings (or syntax errors for 'graph'), 2 usage, configuration or I/O error.

    """
}
