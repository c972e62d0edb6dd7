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

/// A parser, reader or analysis code (`BCP019`, `json-syntax`, `module-not-found`, …).
/// Each front end declares its own codes as static members in its own file
/// (`SyntaxCode+Bicep.swift`, `SyntaxCode+JSON.swift`, …), so no file holds them all.
public struct SyntaxCode: Hashable, Sendable {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}
