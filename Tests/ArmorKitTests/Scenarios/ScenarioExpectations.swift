@testable import ArmorBase
@testable import ArmorKit

/// One expected or reported finding of a core deployment-order rule, as the scenarios state it.
struct ScenarioFinding: Hashable, Comparable, CustomStringConvertible {
    /// Path relative to the scenario folder.
    var file: String
    var line: Int
    var rule: String
    var severity: Severity

    static func < (a: Self, b: Self) -> Bool {
        (a.file, a.line, a.rule, a.severity.rawValue) < (b.file, b.line, b.rule, b.severity.rawValue)
    }

    var description: String { "\(file):\(line): \(severity.rawValue) [\(rule)]" }
}

/// Reads the `expect:` / `expect-warning:` / `expect-info:` / `expect-undecided:` markers of a
/// scenario file. A marker sits in a trailing comment (`// expect: keyvault-first`,
/// `# expect: reverse-order-deletion`) and may name several rules separated by commas.
enum ScenarioMarkers {
    static let coreRules: Set<String> = [
        RuleID.keyvaultFirst.rawValue, RuleID.roleAssignmentDependsOn.rawValue,
        RuleID.singleKeyvaultConnection.rawValue, RuleID.reverseOrderDeletion.rawValue,
    ]

    /// Graph rules whose findings fail a deployment just the same: judged in every scenario too,
    /// so a fixture without their markers asserts that they stay silent.
    static let graphRules: Set<String> = [
        RuleID.missingDependsOn.rawValue, RuleID.dependsOnUnknown.rawValue, RuleID.dependencyCycle.rawValue,
    ]

    static var judgedRules: Set<String> { coreRules.union(graphRules) }

    /// How an undecided check of `rule` is written in findings (`expect-undecided: rule`): every
    /// scenario lints with `--show-undecided`, so an unmarked undecided check fails it too.
    static func undecided(_ rule: String) -> String { rule + " (undecided)" }

    /// Expected findings, plus complaints about markers that name no core rule.
    static func parse(_ text: String, file: String) -> (findings: [ScenarioFinding], problems: [String]) {
        var findings: [ScenarioFinding] = []
        var problems: [String] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for (marker, severity) in [("expect-warning:", Severity.warning), ("expect:", Severity.error),
                                       ("expect-info:", Severity.info), ("expect-undecided:", Severity.info)] {
                var rest = Substring(line)
                while let range = rest.firstRange(of: marker) {
                    rest = rest[range.upperBound...]
                    let ids = rest.prefix { $0.isLetter || $0 == "-" || $0 == "," || $0 == " " }
                    for id in ids.split(whereSeparator: { $0 == "," || $0 == " " }) where !id.isEmpty && !id.hasPrefix("expect") {
                        let name = String(id)
                        if judgedRules.contains(name) {
                            let rule = marker == "expect-undecided:" ? undecided(name) : name
                            findings.append(ScenarioFinding(file: file, line: number + 1, rule: rule, severity: severity))
                        } else {
                            problems.append("\(file):\(number + 1): marker names '\(name)', not a core or graph rule")
                        }
                    }
                }
            }
        }
        return (findings, problems)
    }
}
