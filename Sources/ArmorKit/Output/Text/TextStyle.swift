import ArmorBase

/// ANSI styling for the text reporter, or none. The CLI turns colour on only for a terminal
/// without `NO_COLOR`; reporters never look at the environment themselves.
struct TextStyle: Sendable {
    var color: Bool

    enum Tone: String {
        case bold = "1"
        case error = "1;31"
        case warning = "1;33"
        case info = "1;36"
        case help = "1;32"
        case gutter = "34"
    }

    func paint(_ text: String, _ tone: Tone) -> String {
        guard color, !text.isEmpty else { return text }
        return "\u{1B}[" + tone.rawValue + "m" + text + "\u{1B}[0m"
    }

    static func tone(of severity: Severity) -> Tone {
        switch severity {
        case .error: .error
        case .warning: .warning
        case .info: .info
        }
    }
}
