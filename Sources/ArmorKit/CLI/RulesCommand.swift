import ArmorBase

/// `armor rules`: every rule with its default severity, category and summary.
/// `armor explain CODE`: what a code means (RulesCommand+Explain.swift).
enum RulesCommand {
    static let listSpec = CommandSpec(
        name: "rules", summary: "list the rules",
        about: "Lists every rule with its default severity and summary.")

    static let explainSpec = CommandSpec(
        name: "explain", arguments: "CODE", summary: "what a code means: a rule's page, a syntax or BCP code",
        about: """
        Prints what a code armor reports means: a rule's page (its Rules/<id>.md: why it
        matters, how to fix it, examples), a Bicep linter id armor honours, a syntax, JSON,
        module, configuration or suppression code, or a Bicep compiler code (BCPnnn) with a
        link to its page in the Bicep documentation.
        """)

    static func list(_ words: [String]) -> CommandResult {
        let arguments: Arguments
        switch listSpec.parse(words) {
        case .answer(let result): return result
        case .arguments(let parsed): arguments = parsed
        }
        guard arguments.positionals.isEmpty else { return listSpec.usageError("'armor rules' takes no arguments") }
        let width = RuleID.allCases.map(\.rawValue.count).max() ?? 0
        var out = ""
        for id in RuleID.allCases {
            let metadata = id.metadata
            let padding = String(repeating: " ", count: width - id.rawValue.count)
            let severity = metadata.severity.rawValue + String(repeating: " ", count: 9 - metadata.severity.rawValue.count)
            out += "\(id.rawValue)\(padding)  \(severity)\(metadata.summary)\n"
        }
        out += "\nRun 'armor explain <rule>' for a rule's page.\n"
        return CommandResult(stdout: out)
    }
}
