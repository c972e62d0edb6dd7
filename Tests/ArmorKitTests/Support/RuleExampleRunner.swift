@testable import ArmorKit

/// SwiftLint-style free variants of every page example: the same verdict must hold after
/// converting to CRLF, and after prepending a comment line with multi-byte characters (lines
/// shift by one).
enum ExampleVariant: CaseIterable, CustomStringConvertible {
    case original, crlf, prefixed

    func apply(_ text: String, language: String) -> String {
        switch self {
        case .original: return text
        case .crlf: return text.replacing("\n", with: "\r\n")
        case .prefixed:
            let comment = language == "sh" || language == "bash" || language == "powershell" ? "#" : "//"
            return "\(comment) prefixé 😀 line\n" + text
        }
    }

    func shift(_ lines: Set<Int>) -> Set<Int> {
        self == .prefixed ? Set(lines.map { $0 + 1 }) : lines
    }

    var description: String {
        switch self {
        case .original: "original"
        case .crlf: "CRLF"
        case .prefixed: "multi-byte comment prepended"
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
        var sources = [SourceFile(path: path, text: variant.apply(example.text, language: example.language))]
        for (i, extra) in context.enumerated() {
            sources.append(SourceFile(path: "\(folder)/context\(i).\(extra.fileExtension)", text: extra.text))
        }
        let outcome = Linter().lint(sources)
        let mine = outcome.diagnostics.filter { $0.code == .rule(rule) && $0.location.path == path }
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
