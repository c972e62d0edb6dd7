import ArmorBase

/// One piece of a script word: literal text, a variable expansion, or something computed at
/// run time (command substitution, arithmetic, `$_`, a subexpression).
enum ScriptPiece: Equatable {
    case text(String)
    case variable(String)
    /// Shell `${NAME:-default}`: the variable, or the literal default when the script never
    /// assigns it (the environment's value is unknown; the default is what runs without one).
    /// `${NAME:=default}` also assigns it.
    case defaulted(String, String, assigns: Bool)
    case opaque
    /// Shell `$(…)`: the command between the parentheses (bytes of the script); its output is
    /// unknown unless it prints a resource id the scanner can name.
    case substitution(Span)
    /// PowerShell `$x.Prop` (unquoted, one member): unknown unless `$x` holds a looked-up resource.
    case member(String, String)
}

/// A word of a command line, quotes removed and expansions kept as pieces.
struct ScriptWord: Equatable {
    var pieces: [ScriptPiece]
    var span: Span
    /// Shell `NAME=value`: the name; `pieces` then hold the value.
    var assignment: String?
    /// PowerShell `-Name` written unquoted (a quoted `'-Name'` is an argument).
    var isParameter = false
    /// PowerShell `-Name:value`: the next word is this parameter's value.
    var hasAttachedValue = false
    /// Some piece was quoted; a quoted unknown is one word, an unquoted one may split.
    var isQuoted = false
    /// PowerShell `@params`: any number of parameters.
    var isSplat = false

    /// The literal text when the word is one text piece.
    var literal: String? {
        if pieces.isEmpty { return "" }
        guard pieces.count == 1, case .text(let s) = pieces[0] else { return nil }
        return s
    }
}

enum ScriptSeparator: Equatable {
    case newline, semicolon, pipe, and, or, background
    case openBlock, closeBlock, openParen, closeParen
}

enum ScriptToken: Equatable {
    case word(ScriptWord)
    case separator(ScriptSeparator, Span)
}

/// Text after variable expansion: known runs and unknown gaps (nil), adjacent runs merged.
struct ScriptText: Equatable {
    var parts: [String?] = []

    init() {}

    init(_ text: String) { parts = [text] }

    static let unknown: ScriptText = {
        var t = ScriptText()
        t.parts = [nil]
        return t
    }()

    mutating func append(_ part: String?) {
        if let part, let last = parts.last, let text = last {
            parts[parts.count - 1] = text + part
        } else if part?.isEmpty != true {
            parts.append(part)
        }
    }

    mutating func append(_ other: ScriptText) {
        for part in other.parts { append(part) }
    }

    var value: String? {
        var out = ""
        for part in parts {
            guard let part else { return nil }
            out += part
        }
        return out
    }

    var known: KnownString { value.map { .known($0) } ?? .unknown }

    /// Splits at `separator`; a segment touching an unknown gap is unknown.
    func segments(separator: Character) -> [KnownString] {
        textSegments(separator: separator).map(\.known)
    }

    /// Splits at `separator` (in known runs only), keeping each segment's known runs and gaps.
    func textSegments(separator: Character) -> [ScriptText] {
        var result: [ScriptText] = []
        var current = ScriptText()
        for part in parts {
            guard let text = part else {
                current.append(nil as String?)
                continue
            }
            var run = ""
            for c in text {
                if c == separator {
                    current.append(run)
                    result.append(current.parts.isEmpty ? ScriptText("") : current)
                    current = ScriptText()
                    run = ""
                } else {
                    run.append(c)
                }
            }
            current.append(run)
        }
        result.append(current.parts.isEmpty ? ScriptText("") : current)
        return result
    }

    /// The known runs around the gaps, when some but not all of the text is known.
    var pattern: NamePattern? {
        guard value == nil, parts.contains(where: { $0?.isEmpty == false }) else { return nil }
        return NamePattern(parts: parts)
    }

    /// The known text before the first gap ("" when the text starts unknown).
    var knownPrefix: String { parts.first.flatMap { $0 } ?? "" }
}
