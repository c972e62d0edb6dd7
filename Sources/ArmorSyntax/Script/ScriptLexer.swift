import ArmorBase

/// Splits a script's bytes into words and separators, for the shell or PowerShell. It reads
/// quoting, escapes, line continuations, comments and variable expansions; it never fails:
/// unterminated quotes run to the end, and anything it cannot read becomes an opaque piece.
struct ScriptLexer {
    let bytes: [UInt8]
    var pos: Int
    var tokens: [ScriptToken] = []
    /// Spans of `# armor-disable-next-line …` comments with their rule ids.
    var directives: [(span: Span, rules: [String])] = []
    /// Shell here-documents opened on the current line: delimiter, and `<<-` (tabs stripped).
    var hereDocuments: [(delimiter: [UInt8], stripsTabs: Bool)] = []

    init(bytes: [UInt8], start: Int) {
        self.bytes = bytes
        self.pos = start
    }

    func peek(_ offset: Int = 0) -> UInt8? {
        let i = pos + offset
        return i >= 0 && i < bytes.count ? bytes[i] : nil
    }

    /// Bytes of a line break at `pos + offset` (`\n` = 1, `\r\n` = 2), else 0.
    func lineBreakLength(at offset: Int) -> Int {
        switch peek(offset) {
        case 0x0A: 1
        case 0x0D: peek(offset + 1) == 0x0A ? 2 : 1
        default: 0
        }
    }

    mutating func emit(_ separator: ScriptSeparator, length: Int = 1) {
        tokens.append(.separator(separator, Span(pos, pos + length)))
        pos += length
    }

    /// A `#` comment up to the end of the line; records armor directives.
    mutating func lineComment() {
        let start = pos
        while pos < bytes.count, bytes[pos] != 0x0A, bytes[pos] != 0x0D { pos += 1 }
        recordDirective(Span(start, pos), text: bytes[(start + 1)..<pos])
    }

    mutating func recordDirective(_ span: Span, text: ArraySlice<UInt8>) {
        let words = String(decoding: text, as: UTF8.self)
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
        guard let first = words.first, first == "armor-disable-next-line" else { return }
        directives.append((span, words.dropFirst().map(String.init)))
    }

    /// Skips a balanced `open … close` region (quotes inside respected), from `pos` at `open`.
    mutating func skipBalanced(open: UInt8, close: UInt8) {
        var depth = 0
        while pos < bytes.count {
            let b = bytes[pos]
            if b == 0x27 || b == 0x22 {
                skipQuoted(b)
                continue
            }
            if b == 0x5C || b == 0x60, pos + 1 < bytes.count { pos += 2; continue }
            pos += 1
            if b == open { depth += 1 } else if b == close {
                depth -= 1
                if depth <= 0 { return }
            }
        }
    }

    /// Skips a quoted run starting at `pos` (on the quote); unterminated runs to the end.
    mutating func skipQuoted(_ quote: UInt8) {
        pos += 1
        while pos < bytes.count {
            let b = bytes[pos]
            pos += 1
            if b == quote { return }
            if quote == 0x22, b == 0x5C || b == 0x60, pos < bytes.count { pos += 1 }
        }
    }

    static func isNameStart(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
    }

    static func isNameByte(_ b: UInt8) -> Bool {
        isNameStart(b) || (b >= 0x30 && b <= 0x39)
    }

    /// Reads `[A-Za-z_][A-Za-z0-9_]*` at `pos`.
    mutating func name() -> String {
        let start = pos
        while pos < bytes.count, Self.isNameByte(bytes[pos]) { pos += 1 }
        return String(decoding: bytes[start..<pos], as: UTF8.self)
    }
}

/// Accumulates one word's pieces.
struct WordBuilder {
    var pieces: [ScriptPiece] = []
    var buffer: [UInt8] = []
    let start: Int
    var quoted = false
    var assignment: String?
    /// Only unquoted literal bytes so far (a shell `NAME=` prefix is still possible).
    var pureLiteral = true

    init(start: Int) { self.start = start }

    var isEmpty: Bool { pieces.isEmpty && buffer.isEmpty && !quoted && assignment == nil }

    mutating func byte(_ b: UInt8) { buffer.append(b) }

    mutating func text(_ s: String) {
        buffer += Array(s.utf8)
    }

    mutating func piece(_ p: ScriptPiece) {
        flush()
        pieces.append(p)
        pureLiteral = false
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        let text = String(decoding: buffer, as: UTF8.self)
        buffer.removeAll(keepingCapacity: true)
        if let last = pieces.last, case .text(let previous) = last {
            pieces[pieces.count - 1] = .text(previous + text)
        } else {
            pieces.append(.text(text))
        }
    }

    mutating func finish(end: Int) -> ScriptWord {
        flush()
        return ScriptWord(pieces: pieces, span: Span(start, end), assignment: assignment, isQuoted: quoted)
    }
}
