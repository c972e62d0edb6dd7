import ArmorBase

/// Byte-level Bicep lexer (bicep-syntax.md §1). Works on bytes with an `Int` index, never on
/// `Character`s; tokens are flat structs, trivia and pragmas go to side tables. The bytes are
/// read through a buffer pointer (valid for the whole of `lex`): no bounds check or array
/// reload on each of the ~8 byte reads a token costs.
public struct BicepLexer {
    let bytes: UnsafeBufferPointer<UInt8>
    var pos: Int
    var tokens: [BicepToken] = []
    var trivia: [BicepTrivia] = []
    var pragmas: [BicepPragma] = []
    var issues: [SyntaxIssue] = []
    /// Open interpolation contexts (§1.9).
    var modes: [Mode] = []

    struct Mode {
        /// False for a `{` opened inside a hole (the compiler never pops these: §1.9 quirk).
        var isString: Bool
        var multiline: Bool
        var dollars: Int
    }

    public static func lex(_ source: SourceFile) -> BicepTokens {
        var lexed = source.bytes.withUnsafeBufferPointer { buffer in
            var lexer = BicepLexer(bytes: buffer, start: source.contentStart)
            lexer.run()
            return BicepTokens(tokens: lexer.tokens, trivia: lexer.trivia, pragmas: lexer.pragmas,
                               issues: lexer.issues)
        }
        for i in lexed.pragmas.indices {
            lexed.pragmas[i].line = source.lines.lineIndex(of: lexed.pragmas[i].span.start)
        }
        return lexed
    }

    init(bytes: UnsafeBufferPointer<UInt8>, start: Int) {
        self.bytes = bytes
        self.pos = start
        tokens.reserveCapacity(bytes.count / 4 + 16)
        trivia.reserveCapacity(bytes.count / 6 + 16)
        if start > 0 { trivia.append(BicepTrivia(kind: .whitespace, start: 0, length: UInt32(start))) }
    }

    mutating func run() {
        let n = bytes.count
        while true {
            lexTrivia()
            if pos >= n { break }
            let before = pos
            lexToken()
            // Progress guard: every round consumes at least one byte.
            if pos <= before {
                assert(false, "lexer made no progress")
                pos = before + 1
            }
        }
        tokens.append(BicepToken(kind: .endOfFile, start: UInt32(n), length: 0))
    }

    @inline(__always) func peek(_ offset: Int = 0) -> UInt8 {
        let i = pos + offset
        return i < bytes.count ? bytes[i] : 0
    }

    @inline(__always) mutating func emit(_ kind: BicepTokenKind, from start: Int, flags: UInt8 = 0) {
        tokens.append(BicepToken(kind: kind, flags: flags, start: UInt32(start), length: UInt32(pos - start)))
    }

    mutating func issue(_ code: SyntaxCode, _ message: String, _ start: Int, _ end: Int,
                        severity: Severity = .error) {
        issues.append(SyntaxIssue(code, message, at: Span(start, end), severity: severity))
    }

    // MARK: Tokens

    mutating func lexToken() {
        let start = pos
        let b = bytes[pos]
        switch b {
        case 0x0A, 0x0D: lexNewLine()
        case UInt8(ascii: "'"):
            if peek(1) == UInt8(ascii: "'") && peek(2) == UInt8(ascii: "'") {
                pos += 3
                scanMultiline(from: start, dollars: 0, continuing: false)
            } else {
                pos += 1
                scanSingleLine(from: start, continuing: false)
            }
        case UInt8(ascii: "$"): lexDollar()
        case UInt8(ascii: "{"):
            pos += 1
            if !modes.isEmpty { modes.append(Mode(isString: false, multiline: false, dollars: 0)) }
            emit(.leftBrace, from: start)
        case UInt8(ascii: "}"):
            pos += 1
            if let top = modes.last, top.isString {
                if top.multiline { scanMultiline(from: start, dollars: top.dollars, continuing: true) }
                else { scanSingleLine(from: start, continuing: true) }
            } else {
                emit(.rightBrace, from: start)
            }
        case UInt8(ascii: "0")...UInt8(ascii: "9"): lexInteger()
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            lexIdentifier()
        default:
            lexOperator(b)
        }
    }

    mutating func lexNewLine() {
        let start = pos
        if !modes.isEmpty {
            issue(.bcp004, "The string at this location is not terminated due to an unexpected new line character.", start, start)
            modes.removeAll()
            emit(.stringRightPiece, from: start)
        }
        while pos < bytes.count && (bytes[pos] == 0x0A || bytes[pos] == 0x0D) { pos += 1 }
        emit(.newLine, from: start)
    }

    mutating func lexDollar() {
        let start = pos
        var count = 0
        while peek(count) == UInt8(ascii: "$") { count += 1 }
        if peek(count) == UInt8(ascii: "'") && peek(count + 1) == UInt8(ascii: "'") && peek(count + 2) == UInt8(ascii: "'") {
            pos += count + 3
            scanMultiline(from: start, dollars: count, continuing: false)
        } else {
            pos += 1
            issue(.bcp001, "The following token is not recognized: \"$\".", start, pos)
            emit(.unrecognized, from: start)
        }
    }

    mutating func lexInteger() {
        let start = pos
        var value: UInt64 = 0
        var overflow = false
        while pos < bytes.count, bytes[pos] >= 0x30 && bytes[pos] <= 0x39 {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(UInt64(bytes[pos] - 0x30))
            overflow = overflow || o1 || o2
            value = s
            pos += 1
        }
        if overflow { issue(.bcp010, "Expected a valid 64-bit signed integer.", start, pos) }
        emit(.integer, from: start)
    }

    mutating func lexIdentifier() {
        let start = pos
        let n = bytes.count
        var p = skipLetters(from: pos + 1)
        while p < n && BicepLexer.isIdentifierContinue(bytes[p]) { p += 1 }
        pos = p
        let length = p - start
        var kind = BicepTokenKind.identifier
        // Keywords are 4 or 5 bytes: the first byte picks the one word worth comparing.
        if length == 4 || length == 5 {
            switch bytes[start] {
            case UInt8(ascii: "t") where length == 4 && matches(start, "true"): kind = .trueKeyword
            case UInt8(ascii: "f") where length == 5 && matches(start, "false"): kind = .falseKeyword
            case UInt8(ascii: "n") where length == 4 && matches(start, "null"): kind = .nullKeyword
            default: break
            }
        }
        if length > 255 {
            issue(.bcp024, "The identifier exceeds the limit of 255. Reduce the length of the identifier.", start, pos)
        }
        emit(kind, from: start)
    }

    @inline(__always) func matches(_ at: Int, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard at + count <= bytes.count else { return false }
        return text.withUTF8Buffer { buffer in
            for i in 0..<count where bytes[at + i] != buffer[i] { return false }
            return true
        }
    }

    /// Identifiers are mostly letters (~15 bytes on average): eight bytes at a time while all
    /// are ASCII letters (bit tricks on a `UInt64`); the byte loop takes over at the first other.
    @inline(__always) func skipLetters(from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let n = bytes.count
        let ones = WordBytes.ones, highs = WordBytes.highs
        var p = start
        while p + 8 <= n {
            let word = WordBytes.load(base, at: p)
            // Lower-cased, a letter is 0x61…0x7A: adding 0x1F sets a byte's high bit from 0x61
            // up, adding 0x05 from 0x7B up. ASCII bytes never carry; a byte ≥ 0x80 is no letter
            // and can only disturb the bytes above it, past the first non-letter.
            let folded = word | (ones &* 0x20)
            let letters = (folded &+ ones &* 0x1F) & ~(folded &+ ones &* 0x05) & ~word & highs
            if letters == highs {
                p += 8
                continue
            }
            return p + (~letters & highs).trailingZeroBitCount / 8
        }
        return p
    }

    @inline(__always) static func isIdentifierContinue(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
    }
}
