import ArmorBase

/// `armor rules`: every rule with its default severity, category and summary.
/// `armor explain RULE`: the rule's page.
enum RulesCommand {
    static func list(_ words: [String]) -> CommandResult {
        guard words.isEmpty else { return .usageError("'armor rules' takes no arguments") }
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
        guard words.count == 1, let name = words.first else {
            return .usageError("'armor explain' takes one rule id (see 'armor rules')")
        }
        guard let id = RuleID(id: name) else {
            let close = RuleID.allCases.filter { $0.rawValue.contains(name) || name.contains($0.rawValue) }
            let hint = close.isEmpty ? "run 'armor rules' for the list" : "did you mean \(close.map { "'\($0.rawValue)'" }.joined(separator: " or "))?"
            return .usageError("unknown rule '\(name)': \(hint)")
        }
        let page = RulePages.page(for: id)
        return CommandResult(stdout: page.hasSuffix("\n") ? page : page + "\n")
    }
}
