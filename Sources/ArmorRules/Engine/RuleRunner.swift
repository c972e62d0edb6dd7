import ArmorBase
import ArmorAnalysis

/// Runs rules over one deployment and returns their findings.
public enum RuleRunner {
    /// - Parameter rules: the rules to run (all by default), each at its default severity;
    ///   the configuration layer adjusts severities afterwards.
    public static func run(_ context: DeploymentAnalysis, rules: [RuleID] = RuleID.allCases) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let languages = Set(context.deployment.instances.map(\.template.language))
        for id in rules {
            let rule = id.rule
            let metadata = type(of: rule).metadata
            guard !metadata.languages.isDisjoint(with: languages) else { continue }
            var report = RuleReport(metadata: metadata)
            rule.check(context, into: &report)
            diagnostics += report.diagnostics
        }
        return diagnostics
    }
}
