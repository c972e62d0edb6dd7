import ArmorBase

/// `--format github`: GitHub Actions workflow commands, one per finding, which the runner turns
/// into annotations on the pull request:
///
///     ::error file=infra/main.bicep,line=3,col=10,endLine=3,endColumn=14,title=armor [keyvault-first]::message
///
/// `info` findings become `::notice`; so do undecided checks (listed with `--show-undecided`),
/// and a last `::notice title=armor undecided::…` gives their count and first reason. `col`/`endColumn` are given only when the span stays on one
/// line (GitHub ignores or misplaces them otherwise). Paths are relative to the report's root,
/// the workspace. Escaping follows the runner's own rules (actions/toolkit `command.ts`): data
/// `%`→`%25`, CR→`%0D`, LF→`%0A`; property values additionally `:`→`%3A`, `,`→`%2C`.
public struct GitHubReporter: Reporter {
    public init() {}

    public func render(_ report: LintReport) -> String {
        var out = ""
        for diagnostic in report.diagnostics {
            let start = report.position(diagnostic.location)
            let end = report.endPosition(diagnostic.location)
            var properties = [("file", ReportPaths.relative(diagnostic.location.path, to: report.root)),
                              ("line", String(start.line))]
            if start.line == end.line {
                properties.append(("col", String(start.column)))
                properties.append(("endLine", String(end.line)))
                properties.append(("endColumn", String(end.column)))
            } else {
                properties.append(("endLine", String(end.line)))
            }
            properties.append(("title", "armor [\(diagnostic.code.id)]"))
            out += "::" + Self.command(diagnostic.severity) + " "
            out += properties.map { $0.0 + "=" + Self.escapeProperty($0.1) }.joined(separator: ",")
            out += "::" + Self.escapeData(ReportText.details(diagnostic, in: report)) + "\n"
        }
        if let line = ReportSummary(report).undecidedLine {
            out += "::notice title=" + Self.escapeProperty("armor undecided") + "::" + Self.escapeData(line) + "\n"
        }
        return out
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    static func escapeData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func escapeProperty(_ text: String) -> String {
        var out = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
