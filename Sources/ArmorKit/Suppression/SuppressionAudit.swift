import ArmorBase
import ArmorAnalysis

/// Suppressions are linted too (style.md convention 9): a directive code that suppressed
/// nothing is `unused-suppression`, one that names no armor rule is `unknown-rule` (both info).
/// Bicep pragmas are shared with the Bicep compiler and linter, so there `BCP…` codes and the
/// Bicep linter's rule ids are left alone, and another unknown code is reported only when it is
/// one or two typos away from an armor rule id (`keyvault-frist`).
public enum SuppressionAudit {
    /// - Parameters:
    ///   - used: the directive codes that suppressed at least one finding.
    ///   - isEnabled: whether a rule runs on this file (a code for a rule that is off is not unused).
    public static func audit(_ index: SuppressionIndex, path: String, used: Set<SuppressionIndex.Origin>,
                             isEnabled: (RuleID) -> Bool) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (d, directive) in index.directives.enumerated() {
            if directive.codes.isEmpty && directive.origin != .bicepPragma {
                findings.append(finding(.unknownRule, "suppression names no rule: add rule ids after the directive",
                                        path: path, span: directive.span))
            }
            guard directive.kind != .restore else { continue }
            for (c, code) in directive.codes.enumerated() {
                if let rule = RuleID(rawValue: code.id.lowercased()) ?? RuleID(bicepLinterID: code.id.lowercased()) {
                    guard isEnabled(rule), !used.contains(SuppressionIndex.Origin(directive: d, code: c)) else { continue }
                    // The Bicep linter's id is its code too: a directive may be there for Bicep alone.
                    if RuleID(bicepLinterID: code.id.lowercased()) != nil { continue }
                    let place = directive.kind == .nextLine ? "on the next line" : "in the disabled region"
                    findings.append(finding(.unusedSuppression, "unused suppression: no '\(rule.rawValue)' finding \(place)",
                                            path: path, span: code.span))
                } else if let message = unknownMessage(code.id, origin: directive.origin) {
                    findings.append(finding(.unknownRule, message, path: path, span: code.span))
                }
            }
        }
        return findings
    }

    static func unknownMessage(_ id: String, origin: Directive.Origin) -> String? {
        let ruleIds = RuleID.allCases.map(\.rawValue)
        if origin == .bicepPragma {
            if isBicepCode(id) { return nil }
            guard let near = Suggestion.closest(to: id, in: ruleIds) else { return nil }
            return "unknown rule '\(id)' in suppression; did you mean '\(near)'?"
        }
        return "unknown rule '\(id)' in suppression\(Suggestion.hint(for: id, in: ruleIds)) (run 'armor rules' for the list)"
    }

    /// `BCP123` and the Bicep linter's rule ids belong to Bicep.
    static func isBicepCode(_ id: String) -> Bool {
        let lower = id.lowercased()
        if lower.hasPrefix("bcp"), lower.count > 3, lower.dropFirst(3).allSatisfy(\.isASCII), lower.dropFirst(3).allSatisfy(\.isNumber) {
            return true
        }
        return bicepLinterRules.contains(lower)
    }

    static func finding(_ code: SyntaxCode, _ message: String, path: String, span: Span) -> Diagnostic {
        Diagnostic(code: .syntax(code), severity: .info, message: message, location: Location(path: path, span: span))
    }

    /// The Bicep linter's rules (learn.microsoft.com, "Bicep linter rules").
    static let bicepLinterRules: Set<String> = [
        "adminusername-should-not-be-literal", "artifacts-parameters", "decompiler-cleanup",
        "explicit-values-for-loc-params", "max-asserts", "max-outputs", "max-params", "max-resources",
        "max-variables", "nested-deployment-template-scoping", "no-conflicting-metadata",
        "no-deployments-resources", "no-explicit-any", "no-hardcoded-env-urls", "no-hardcoded-location",
        "no-loc-expr-outside-params", "no-unnecessary-dependson", "no-unused-existing-resources",
        "no-unused-imports", "no-unused-params", "no-unused-vars", "outputs-should-not-contain-secrets",
        "prefer-interpolation", "prefer-unquoted-property-names", "protect-commandtoexecute-secrets",
        "secure-parameter-default", "secure-params-in-nested-deploy", "secure-secrets-in-params",
        "simplify-interpolation", "simplify-json-null", "use-parent-property", "use-recent-api-versions",
        "use-recent-module-versions", "use-resource-id-functions", "use-resource-symbol-reference",
        "use-safe-access", "use-secure-value-for-secure-inputs", "use-stable-resource-identifiers",
        "use-stable-vm-image", "use-user-defined-types", "what-if-short-circuiting",
    ]
}
