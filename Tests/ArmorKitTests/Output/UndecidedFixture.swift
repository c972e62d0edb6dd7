@testable import ArmorBase
@testable import ArmorRules
@testable import ArmorKit

/// `OutputFixture`'s report plus two undecided checks in its main file, hand-built as the core
/// rules emit them (`RuleReport.undecided`): the first as in rules.md, the second with the
/// characters each format must escape.
enum UndecidedFixture {
    static let firstReason = "category of 'conn' comes from parameter 'connections', which has no value"
    static let firstHelp = "Give 'connections' a value: a parameters file (--parameters, a .bicepparam beside the template) or a default."

    static var checks: [Diagnostic] {
        let text = OutputFixture.mainText
        let m = { (needle: String) in
            Location(path: OutputFixture.mainPath, span: OutputFixture.span(of: needle, in: text))
        }
        return [
            Diagnostic(code: .rule(.keyvaultFirst), severity: .info, message: firstReason,
                       location: m("resource conn"), notes: [Note("the connections loop reads it here", at: m("kv"))],
                       help: firstHelp, isUndecided: true),
            Diagnostic(code: .rule(.roleAssignmentDependsOn), severity: .info,
                       message: "role of 'ra' is a runtime value; 100% unknown: <guid> & [roles], see ]]\nline two",
                       location: m("resource ra"), help: "Use a role id literal, or a parameter with a default.",
                       isUndecided: true),
        ].sorted(by: Diagnostic.outputOrder)
    }

    /// The report with the checks counted; `shown`: listed among the diagnostics as well
    /// (`--show-undecided`).
    static func report(shown: Bool) -> LintReport {
        var report = OutputFixture.report
        report.undecided = checks
        if shown { report.diagnostics = (report.diagnostics + checks).sorted(by: Diagnostic.outputOrder) }
        return report
    }
}
