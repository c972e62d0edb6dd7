import ArmorBase

/// `armor rules`: every rule with its default severity, category and summary.
/// `armor explain RULE`: the rule's page.
enum RulesCommand {
    static let listSpec = CommandSpec(
        name: "rules", summary: "list the rules",
        about: "Lists every rule with its default severity and summary.")

    static let explainSpec = CommandSpec(
        name: "explain", arguments: "RULE", summary: "a rule's page: why, how to fix, examples",
        about: "Prints the page of a rule (its Rules/<id>.md): why it matters, how to fix it, examples.")

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

    static func explain(_ words: [String]) -> CommandResult {
        let arguments: Arguments
        switch explainSpec.parse(words) {
        case .answer(let result): return result
        case .arguments(let parsed): arguments = parsed
        }
        guard arguments.positionals.count == 1, let name = arguments.positionals.first else {
            return explainSpec.usageError("'armor explain' takes one rule id (see 'armor rules')")
        }
        guard let id = RuleID(id: name) else {
            let close = RuleID.allCases.filter { $0.rawValue.contains(name) || name.contains($0.rawValue) }
            let hint = close.isEmpty ? "run 'armor rules' for the list" : "did you mean \(close.map { "'\($0.rawValue)'" }.joined(separator: " or "))?"
            return explainSpec.usageError("unknown rule '\(name)': \(hint)")
        }
        let page = RulePages.page(for: id)
        return CommandResult(stdout: page.hasSuffix("\n") ? page : page + "\n")
    }
}
