import ArmorBase
import ArmorAnalysis

/// Runs rules over one deployment and returns their findings.
public enum RuleRunner {
    /// - Parameter rules: the rules to run (all by default), each at its default severity;
    ///   the configuration layer adjusts severities afterwards.
    public static func run(_ context: DeploymentAnalysis, rules: [RuleID] = RuleID.allCases) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // The deployment's languages as flags: each rule's test then hashes nothing (a Set built
        // per deployment and probed per rule showed in profiles).
        var hasBicep = false, hasARM = false
        for instance in context.deployment.instances {
            switch instance.analyzed.template.language {
            case .bicep: hasBicep = true
            case .arm: hasARM = true
            }
        }
        for id in rules {
            let rule = id.rule
            let metadata = type(of: rule).metadata
            guard metadata.languages.contains(where: { $0 == .bicep ? hasBicep : hasARM }) else { continue }
            var report = RuleReport(metadata: metadata)
            rule.check(context, into: &report)
            diagnostics += report.diagnostics
        }
        return diagnostics
    }
}
