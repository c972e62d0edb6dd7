import ArmorBase

/// `--format text` (the default): for each finding a gcc-style header
/// `path:line:col: severity [id] message`, the flagged source under a `^` underline, then
/// `path:line:col: note: …` lines (with a `-` underlined frame when the file is known) and a
/// `help: …` line; a blank line between findings and a summary line at the end, followed by
/// one line about undecided checks and one about fixable findings when there are any.
public struct TextReporter: Reporter {
    public var color: Bool
    /// The summary and undecided lines at the end (not under `--quiet`).
    public var summary: Bool

    public init(color: Bool = false, summary: Bool = true) {
        self.color = color
        self.summary = summary
    }

    public func render(_ report: LintReport) -> String {
        let style = TextStyle(color: color)
        var out = ""
        for diagnostic in report.diagnostics {
            out += render(diagnostic, in: report, style: style)
            out += "\n"
        }
        guard summary else { return out }
        let counts = ReportSummary(report)
        out += style.paint(counts.line, .bold) + "\n"
        if let undecided = counts.undecidedLine { out += style.paint(undecided, .info) + "\n" }
        if let fixable = counts.fixableLine { out += style.paint(fixable, .help) + "\n" }
        return out
    }

    private func render(_ diagnostic: Diagnostic, in report: LintReport, style: TextStyle) -> String {
        let tone = TextStyle.tone(of: diagnostic.severity)
        var lines = [
            header(diagnostic.location, in: report, style: style)
                + style.paint(diagnostic.severity.rawValue, tone)
                + " [\(diagnostic.code.id)] " + Self.indented(diagnostic.message),
        ]
        // One gutter width for all frames of a finding, so the bars line up.
        var frames: [SourceFrame?] = []
        let primary = report.sources[diagnostic.location.path].map {
            SourceFrame(source: $0, span: diagnostic.location.span, marker: "^", style: style, markerTone: tone)
        }
        for note in diagnostic.notes {
            frames.append(note.location.flatMap { location in
                report.sources[location.path].map {
                    SourceFrame(source: $0, span: location.span, marker: "-", style: style, markerTone: .info)
                }
            })
        }
        let width = ([primary] + frames).compactMap { $0.map { String($0.lastLineNumber).count } }.max() ?? 1
        if let primary { lines += primary.render(width: width) }
        for (note, frame) in zip(diagnostic.notes, frames) {
            let label = style.paint("note:", .info) + " " + Self.indented(note.message)
            guard let location = note.location else {
                lines.append(label)
                continue
            }
            lines.append(header(location, in: report, style: style) + label)
            if let frame { lines += frame.render(width: width) }
        }
        if let help = diagnostic.help {
            lines.append(style.paint("help:", .help) + " " + Self.indented(help))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func header(_ location: Location, in report: LintReport, style: TextStyle) -> String {
        let position = report.position(location)
        return style.paint("\(location.path):\(position.line):\(position.column):", .bold) + " "
    }

    /// Continuation lines of a multi-line message, indented under the header.
    static func indented(_ text: String) -> String {
        ReportText.lines(text).joined(separator: "\n    ")
    }
}
