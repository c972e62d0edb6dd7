import ArmorBase

/// A PowerShell script's `param(…)` block: a parameter with a literal default holds it, as a
/// template parameter holds its default (rules.md "Known value"); one without stays unknown.
extension ScanState {
    /// `span`: the `(…)` word after `param`, parentheses included.
    mutating func powerShellParameters(_ span: Span) {
        let start = Int(span.start) + 1, end = min(Int(span.end) - 1, bytes.count)
        guard depth == 0, start < end else { return }
        var lexer = ScriptLexer(bytes: Array(bytes[start..<end]), start: 0)
        lexer.lexPowerShell()
        let words: [ScriptWord] = lexer.tokens.compactMap {
            if case .word(let word) = $0 { return word }
            return nil
        }
        var i = 0
        while i + 2 < words.count {
            defer { i += 1 }
            guard case .variable(let name)? = words[i].pieces.first, words[i].pieces.count == 1,
                  words[i + 1].literal == "=", !words[i + 1].isQuoted else { continue }
            let value = words[i + 2]
            guard value.isQuoted || Self.isValueWord(value) else { continue }
            var text = variables.resolve(value)
            if let last = text.parts.last, let run = last, run.hasSuffix(",") {
                text.parts[text.parts.count - 1] = String(run.dropLast())
            }
            variables.assign(name, text, depth: 0)
        }
    }
}
