/// `--format concise`: exactly one line per finding, `path:line:col: severity [id] message`,
/// for editors' problem matchers and Vim's `errorformat`. Line breaks in a message become
/// spaces so that one finding is always one line. The summary is not part of the report: the
/// CLI prints its undecided line (`ReportSummary.undecidedLine`) to stderr. An undecided check
/// listed with `--show-undecided` carries its help after the message (how to supply the value).
public struct ConciseReporter: Reporter {
    public init() {}

    public func render(_ report: LintReport) -> String {
        var out = ""
        for diagnostic in report.diagnostics {
            let position = report.position(diagnostic.location)
            out += FindingLine.render(diagnostic, at: position, message: Self.oneLine(diagnostic.message))
            if diagnostic.isUndecided, let help = diagnostic.help { out += "; help: " + Self.oneLine(help) }
            out += "\n"
        }
        return out
    }

    /// The summary for the terminal ("3 errors, 1 warning in 2 files"), then the undecided line.
    public static func summary(_ report: LintReport) -> String {
        let summary = ReportSummary(report)
        return summary.line + "\n" + (summary.undecidedLine.map { $0 + "\n" } ?? "")
    }

    /// `text` with each CR, LF or CRLF replaced by one space.
    static func oneLine(_ text: String) -> String {
        ReportText.lines(text).joined(separator: " ")
    }
}
