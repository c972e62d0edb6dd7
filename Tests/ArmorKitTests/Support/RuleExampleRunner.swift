@testable import ArmorBase
@testable import ArmorKit

/// SwiftLint-style free variants of every page example: the same verdict must hold after
/// converting to CRLF, and after prepending a comment line with multi-byte characters (lines
/// shift by one).
enum ExampleVariant: CaseIterable, CustomStringConvertible {
    case original, crlf, prefixed
    /// A suppression directive above every marked line: silent, and no directive is unused.
    case suppressed

    func apply(_ text: String, language: String, rule: RuleID) -> String {
        let isScript = language == "sh" || language == "bash" || language == "powershell"
        switch self {
        case .original: return text
        case .crlf: return text.replacing("\n", with: "\r\n")
        case .prefixed:
            return "\(isScript ? "#" : "//") prefixé 😀 line\n" + text
        case .suppressed:
            let directive = language == "bicep" ? "#disable-next-line" : (isScript ? "# armor-disable-next-line" : "// armor-disable-next-line")
            var lines: [Substring] = []
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.contains("expect: \(rule.rawValue)") {
                    let indent = line.prefix { $0 == " " || $0 == "\t" }
                    lines.append("\(indent)\(directive) \(rule.rawValue)"[...])
                }
                lines.append(line)
            }
            return lines.joined(separator: "\n")
        }
    }

    func shift(_ lines: Set<Int>) -> Set<Int> {
        switch self {
        case .prefixed: Set(lines.map { $0 + 1 })
        case .suppressed: []
        default: lines
        }
    }

    var description: String {
        switch self {
        case .original: "original"
        case .crlf: "CRLF"
        case .prefixed: "multi-byte comment prepended"
        case .suppressed: "suppressed"
        }
    }
}

/// Runs `armor lint` on one page example (plus the `context` blocks before it, as files in the
/// same folder) and reports the lines of one rule's findings in the example's file.
enum RuleExampleRunner {
    struct Run {
        var lines: Set<Int>
        var syntaxErrors: [Diagnostic]
        var rendered: String
    }

    static func run(_ example: RulePage.Example, context: [RulePage.Example], rule: RuleID, variant: ExampleVariant) -> Run {
        let folder = "/virtual/rule-example"
        let path = "\(folder)/example.\(example.fileExtension)"
        var sources = [SourceFile(path: path, text: variant.apply(example.text, language: example.language, rule: rule))]
        for (i, extra) in context.enumerated() {
            sources.append(SourceFile(path: "\(folder)/context\(i).\(extra.fileExtension)", text: extra.text))
        }
        let outcome = Linter().lint(sources)
        // Findings of this rule, and any complaint about the directives the variant adds.
        let audit: Set<DiagnosticCode> = [.rule(rule), .syntax(.unusedSuppression), .syntax(.unknownRule)]
        let mine = outcome.diagnostics.filter { audit.contains($0.code) && $0.location.path == path }
        let lines = Set(mine.compactMap { outcome.sources[path]?.location(of: $0.location.span.start).line })
        let syntax = outcome.diagnostics.filter {
            if case .syntax = $0.code, $0.severity == .error, $0.location.path == path { return true }
            return false
        }
        let report = LintReport(diagnostics: outcome.diagnostics, sources: outcome.sources, files: outcome.files,
                                rules: [], root: folder, toolVersion: "test")
        return Run(lines: lines, syntaxErrors: syntax, rendered: ConciseReporter().render(report))
    }
}
