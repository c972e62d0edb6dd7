import ArmorBase

/// Text helpers shared by the line-oriented reporters.
enum ReportText {
    /// The lines of `text`, split at CRLF, LF or a lone CR (scalar-wise: in a Swift `String`
    /// "\r\n" is one `Character`, which would hide it from a `Character` search).
    static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && afterCR { afterCR = false; continue }
            afterCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        lines.append(String(current))
        return lines
    }
}

extension ReportText {
    /// The message followed by `note: [path:line:col: ]text` and `help: text` lines: the whole
    /// finding as plain text, for formats with a single message field (CI annotations, JUnit).
    static func details(_ diagnostic: Diagnostic, in report: LintReport) -> String {
        var text = diagnostic.message
        for note in diagnostic.notes {
            text += "\nnote: "
            if let location = note.location {
                let position = report.position(location)
                text += "\(ReportPaths.relative(location.path, to: report.root)):\(position.line):\(position.column): "
            }
            text += note.message
        }
        if let help = diagnostic.help { text += "\nhelp: " + help }
        return text
    }
}
