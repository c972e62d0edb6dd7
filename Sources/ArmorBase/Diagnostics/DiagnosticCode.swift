/// What produced a diagnostic: one of armor's rules, or a syntax/analysis problem.
/// Typed inside, a string only at the edges (output, pragmas, config).
public enum DiagnosticCode: Hashable, Sendable, Comparable {
    case rule(RuleID)
    case syntax(SyntaxCode)

    public var id: String {
        switch self {
        case .rule(let rule): rule.rawValue
        case .syntax(let code): code.rawValue
        }
    }

    public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.id < rhs.id }
}
