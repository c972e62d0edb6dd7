/// Variables a script assigns, in script order. A value is known only when every assignment
/// the scanner has passed gives the same text, or the latest one ran unconditionally; a
/// variable assigned differently inside a block (an `if` branch, a loop) becomes unknown, so
/// control flow is never guessed.
struct ScriptVariables {
    private struct Entry {
        var value: ScriptText
        var depth: Int
    }

    private var entries: [String: Entry] = [:]

    mutating func assign(_ name: String, _ value: ScriptText, depth: Int) {
        if depth > 0, let previous = entries[name], previous.value != value {
            entries[name] = Entry(value: .unknown, depth: depth)
        } else {
            entries[name] = Entry(value: value, depth: depth)
        }
    }

    /// `${NAME:=default}` in any word: NAME holds the default from then on, unless set.
    mutating func assignDefaults(_ word: ScriptWord, depth: Int) {
        for case .defaulted(let name, let fallback, assigns: true) in word.pieces {
            let current = entries[name]?.value
            if current == nil || current?.value == "" { assign(name, ScriptText(fallback), depth: depth) }
        }
    }

    /// One pass of an unrolled loop: the loop variable holds this value, whatever came before.
    mutating func set(_ name: String, _ value: ScriptText) {
        entries[name] = Entry(value: value, depth: 0)
    }

    mutating func forget(_ name: String) {
        entries[name] = Entry(value: .unknown, depth: 0)
    }

    /// After `source`/`eval`/dot-sourcing: anything may have changed.
    mutating func forgetAll() {
        for key in entries.keys { entries[key] = Entry(value: .unknown, depth: 0) }
    }

    /// Never assigned in the script (an environment variable, an argument): unknown.
    func value(_ name: String) -> ScriptText {
        entries[name]?.value ?? .unknown
    }

    /// The word's text. `splitsUnquoted`: the shell splits an unquoted expansion at blanks,
    /// so one holding a blank is not this one word's value.
    /// `expand` reads what a `$(…)` prints or what a `$x.Prop` holds, when it can tell.
    func resolve(_ word: ScriptWord, splitsUnquoted: Bool = false,
                 expand: (ScriptPiece) -> ScriptText? = { _ in nil }) -> ScriptText {
        var text = ScriptText()
        if word.pieces.isEmpty { text.append("") }
        for piece in word.pieces {
            switch piece {
            case .text(let s): text.append(s)
            case .variable(let name):
                let expanded = value(name)
                let blank = expanded.parts.contains { $0?.contains { $0 == " " || $0 == "\t" || $0 == "\n" } == true }
                text.append(splitsUnquoted && !word.isQuoted && blank ? .unknown : expanded)
            case .defaulted(let name, let fallback, _):
                let assigned = entries[name]?.value
                text.append(assigned.map { $0.value == "" ? ScriptText(fallback) : $0 } ?? ScriptText(fallback))
            case .opaque: text.append(nil as String?)
            case .substitution, .member: text.append(expand(piece) ?? .unknown)
            }
        }
        if text.parts.isEmpty { text.parts = [""] }
        return text
    }
}
