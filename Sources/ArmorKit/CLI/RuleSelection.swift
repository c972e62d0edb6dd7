import ArmorBase
import ArmorRules

/// `--select`, `--extend-select` and `--ignore` of `armor lint`: comma-separated rule ids or
/// categories (`deployment-order`, `graph`, `security`, `network`), or `all`. The rules that
/// run are `--select` (default: every rule) plus `--extend-select`, minus `--ignore`. The
/// command line wins over `armor.json`: a rule named by `--select`/`--extend-select` runs even
/// where the configuration sets it `off` (at the configuration's level otherwise), and an
/// ignored rule never runs.
struct RuleSelection: Equatable {
    /// The rules to run.
    var rules: Set<RuleID>
    /// The rules the command line asked for by name or category: `off` in armor.json yields.
    var forced: Set<RuleID>

    struct Failure: Error {
        var message: String
    }

    static let categories: [RuleMetadata.Category] = [.deploymentOrder, .graph, .security, .network]

    init(select: [String], extendSelect: [String], ignore: [String]) throws(Failure) {
        let selected = try Self.resolve(select, option: "select")
        let extended = try Self.resolve(extendSelect, option: "extend-select")
        let ignored = try Self.resolve(ignore, option: "ignore")
        let named = select.isEmpty ? extended : selected.union(extended)
        rules = (select.isEmpty ? Set(RuleID.allCases) : selected).union(extended).subtracting(ignored)
        forced = named.subtracting(ignored)
    }

    /// Every word of a repeatable, comma-separated option, as rules.
    static func resolve(_ values: [String], option: String) throws(Failure) -> Set<RuleID> {
        var rules = Set<RuleID>()
        for value in values {
            let words = value.split(separator: ",").map { String($0).trimmingASCIISpaces }.filter { !$0.isEmpty }
            // `--select ""` (an unset variable in a script) would otherwise run no rule and pass.
            guard !words.isEmpty else {
                throw Failure(message: "'--\(option)' needs a rule id or category (run 'armor rules' for the list)")
            }
            for word in words {
                rules.formUnion(try rulesNamed(word, option: option))
            }
        }
        return rules
    }

    /// The rules a word names: `all`, a category, a rule id (or a Bicep linter id of one).
    static func rulesNamed(_ word: String, option: String) throws(Failure) -> Set<RuleID> {
        let lower = ASCIICase.folded(word)
        if lower == "all" { return Set(RuleID.allCases) }
        if let category = categories.first(where: { $0.rawValue == lower }) {
            return Set(RuleID.allCases.filter { $0.metadata.category == category })
        }
        if let id = RuleID(id: lower) { return [id] }
        let names = RuleID.allCases.map(\.rawValue) + categories.map(\.rawValue) + ["all"]
        throw Failure(message: "unknown rule or category '\(word)' for '--\(option)'"
            + Suggestion.hint(for: lower, in: names) + " (run 'armor rules' for the list)")
    }
}

extension String {
    fileprivate var trimmingASCIISpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
