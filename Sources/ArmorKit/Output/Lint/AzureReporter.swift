/// `--format azure`: Azure Pipelines logging commands, one per finding, which the agent shows as
/// errors and warnings on the run's summary page:
///
///     ##vso[task.logissue type=error;sourcepath=infra/main.bicep;linenumber=3;columnnumber=10;code=keyvault-first]message
///
/// Azure has only `error` and `warning` issues, so an `info` finding is logged as a `warning`
/// whose message starts with `info: ` (dropping it would hide it; an error would fail the
/// build). Escaping follows the agent's logging-command rules, in values and message alike:
/// `%`→`%AZP25`, `;`→`%3B`, CR→`%0D`, LF→`%0A`, `]`→`%5D`.
///
/// Undecided checks are no issue: a last plain log line `armor: 2 ordering checks undecided: …`
/// gives their count and first reason (escaped the same way, so that no text in it can be read
/// as a command); `--show-undecided` lists each like an `info` finding.
public struct AzureReporter: Reporter {
    public init() {}

    public func render(_ report: LintReport) -> String {
        var out = ""
        for diagnostic in report.diagnostics {
            let start = report.position(diagnostic.location)
            let properties = [
                ("type", diagnostic.severity == .error ? "error" : "warning"),
                ("sourcepath", ReportPaths.relative(diagnostic.location.path, to: report.root)),
                ("linenumber", String(start.line)),
                ("columnnumber", String(start.column)),
                ("code", diagnostic.code.id),
            ]
            var message = ReportText.details(diagnostic, in: report)
            if diagnostic.severity == .info { message = "info: " + message }
            out += "##vso[task.logissue "
            out += properties.map { $0.0 + "=" + Self.escape($0.1) }.joined(separator: ";")
            out += "]" + Self.escape(message) + "\n"
        }
        if let line = ReportSummary(report).undecidedLine { out += "armor: " + Self.escape(line) + "\n" }
        return out
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%AZP25"
            case ";": out += "%3B"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case "]": out += "%5D"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
