import ArmorBase

/// Trivia, strings, numbers and literals of `JSONReader`.
extension JSONReader {
    /// Skips whitespace and comments, recording comments in the side table.
    @inline(__always)
    mutating func skipTrivia() {
        // Called about twice per token, often with nothing to skip: that case is decided
        // here, without a call (blanks are bytes up to 0x20; `/` may open a comment).
        if i < bytes.count, bytes[i] > 0x20, bytes[i] != UInt8(ascii: "/") { return }
        skipTriviaRun()
    }

    private mutating func skipTriviaRun() {
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                i = Self.skipBlanks(in: bytes, from: i + 1)
            case UInt8(ascii: "/") where i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "/"):
                let start = i
                i += 2
                while i < bytes.count && bytes[i] != UInt8(ascii: "\n") && bytes[i] != UInt8(ascii: "\r") { i += 1 }
                comments.append(JSONComment(span: Span(start, i), isBlock: false))
            case UInt8(ascii: "/") where i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "*"):
                skipBlockComment()
            default:
                return
            }
        }
    }

    /// The first offset at or after `start` that is not a blank: indentation runs are long in
    /// pretty-printed templates, so they are scanned without bounds checks.
    @inline(__always)
    static func skipBlanks(in bytes: [UInt8], from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { p in
            var j = start
            // Eight spaces at a time first: the indentation of deep lines is mostly spaces.
            if let base = UnsafeRawPointer(p.baseAddress) {
                while j + 8 <= p.count && WordBytes.load(base, at: j) == WordBytes.repeating(0x20) {
                    j += 8
                }
            }
            while j < p.count {
                let b = p[j]
                guard b == UInt8(ascii: " ") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r") else { break }
                j += 1
            }
            return j
        }
    }

    private mutating func skipBlockComment() {
        let start = i
        i += 2
        while i + 1 < bytes.count {
            if bytes[i] == UInt8(ascii: "*") && bytes[i + 1] == UInt8(ascii: "/") {
                i += 2
                comments.append(JSONComment(span: Span(start, i), isBlock: true))
                return
            }
            i += 1
        }
        i = bytes.count
        comments.append(JSONComment(span: Span(start, i), isBlock: true))
        error("unterminated comment: expected '*/'", at: Span(start, start + 2))
        endReported = true   // the comment ran to the end: the open brackets are its cascade
    }

    /// Reads a string at `"`; `i` ends one past the closing quote. Raw newlines are kept (ARM
    /// accepts multi-line strings).
    mutating func parseString() -> String {
        let open = i
        i += 1
        let contentStart = i
        // One pass to the closing quote or the first escape, without bounds checks; `high`
        // says whether a UTF-8 check is needed at all.
        var high: UInt8 = 0
        i = bytes.withUnsafeBufferPointer { p in
            var j = contentStart
            // Eight bytes at a time while none is a quote or a backslash (strings average 24
            // bytes); the byte loop below finds which one stopped it.
            if let base = UnsafeRawPointer(p.baseAddress) {
                var highBits: UInt64 = 0
                while j + 8 <= p.count {
                    let word = WordBytes.load(base, at: j)
                    if WordBytes.matches(word, 0x22) | WordBytes.matches(word, 0x5C) != 0 { break }
                    highBits |= word
                    j += 8
                }
                if highBits & WordBytes.highs != 0 { high = 0x80 }
            }
            while j < p.count {
                let b = p[j]
                if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { break }
                high |= b
                j += 1
            }
            return j
        }
        if i < bytes.count {
            if bytes[i] == UInt8(ascii: "\\") { return parseEscapedString(open: open, contentStart: contentStart) }
            if high < 0x80 {
                // ASCII, the common case: decoded from the buffer, not from a slice of the array
                // (which would retain and release it once per string); repeated texts shared.
                let length = i - contentStart, end = i
                i += 1
                if length >= StringCache.minLength, length <= StringCache.maxLength, strings != nil {
                    let bytes = self.bytes   // a copy: the closure mutates `strings`, another part of self
                    return bytes.withUnsafeBufferPointer { p in
                        strings?.string(UnsafeBufferPointer(rebasing: p[contentStart..<end])) ?? ""
                    }
                }
                return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[contentStart..<end]), as: UTF8.self) }
            }
            let text = makeString(bytes[contentStart..<i], high: high, at: open)
            i += 1
            return text
        }
        error("unterminated string: expected '\"'", at: Span(open, open + 1))
        endReported = true   // the string ran to the end: the open brackets are its cascade
        return makeString(bytes[contentStart..<i], high: high, at: open)
    }

    /// Skips a string during error recovery without reporting anything about it.
    mutating func parseStringQuietly() -> Bool {
        i += 1
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            if b == UInt8(ascii: "\"") { return true }
            if b == UInt8(ascii: "\\") { i += 1 }
        }
        i = min(i, bytes.count)
        return false
    }

    private mutating func parseEscapedString(open: Int, contentStart: Int) -> String {
        var buffer = Array(bytes[contentStart..<i])
        var high: UInt8 = 0
        for b in buffer { high |= b }
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return makeString(buffer[...], high: high, at: open)
            }
            if b == UInt8(ascii: "\\") {
                readEscape(into: &buffer, high: &high)
                continue
            }
            high |= b
            buffer.append(b)
            i += 1
        }
        error("unterminated string: expected '\"'", at: Span(open, open + 1))
        endReported = true   // the string ran to the end: the open brackets are its cascade
        return makeString(buffer[...], high: high, at: open)
    }

    /// Reads one `\x` escape at `i` into `buffer` as UTF-8.
    private mutating func readEscape(into buffer: inout [UInt8], high: inout UInt8) {
        let start = i
        guard i + 1 < bytes.count else {
            i = bytes.count
            return
        }
        let c = bytes[i + 1]
        i += 2
        switch c {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(c)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            let scalar = readUnicodeEscape(start: start)
            UTF8.encode(scalar) { buffer.append($0) }
            high |= 0x80
        default:
            let shown = c >= 0x21 && c < 0x7F ? "'\\\(Character(Unicode.Scalar(c)))'" : "'\\' + \(describeByte(at: start + 1))"
            error("invalid escape sequence \(shown)", at: Span(start, start + 2))
            buffer.append(c)
            high |= c
        }
    }

    /// After `\u`: four hex digits, joining a surrogate pair; a lone surrogate becomes U+FFFD.
    private mutating func readUnicodeEscape(start: Int) -> Unicode.Scalar {
        guard let unit = readHex4() else {
            error("invalid \\u escape: expected four hex digits", at: Span(start, min(i, bytes.count)))
            return "\u{FFFD}"
        }
        if unit >= 0xD800 && unit < 0xDC00,
           i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
            let save = i
            i += 2
            if let low = readHex4(), low >= 0xDC00 && low < 0xE000 {
                let value = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                return Unicode.Scalar(value) ?? "\u{FFFD}"
            }
            i = save
        }
        return Unicode.Scalar(unit) ?? "\u{FFFD}"
    }

    private mutating func readHex4() -> UInt32? {
        guard i + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for k in 0..<4 {
            let b = bytes[i + k]
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        i += 4
        return value
    }

    /// One `String` per string token; a validity check only when non-ASCII bytes occur.
    private mutating func makeString(_ slice: ArraySlice<UInt8>, high: UInt8, at open: Int) -> String {
        if high < 0x80 { return String(decoding: slice, as: UTF8.self) }
        if let valid = String(validating: slice, as: UTF8.self) { return valid }
        if !warnedInvalidUTF8 {
            warnedInvalidUTF8 = true
            warning(.jsonInvalidUTF8, "string is not valid UTF-8; invalid bytes read as U+FFFD", at: Span(open, i))
        }
        return String(decoding: slice, as: UTF8.self)
    }

    mutating func parseNumber() -> JSONValue {
        let start = i
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        var ok = skipDigits() > 0
        if i < bytes.count && bytes[i] == UInt8(ascii: ".") {
            i += 1
            ok = skipDigits() > 0 && ok
        }
        if i < bytes.count && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            i += 1
            if i < bytes.count && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
            ok = skipDigits() > 0 && ok
        }
        let span = Span(start, i)
        guard ok else {
            error("malformed number", at: span)
            return JSONValue(.invalid, at: span)
        }
        return JSONValue(.number(String(decoding: bytes[start..<i], as: UTF8.self)), at: span)
    }

    private mutating func skipDigits() -> Int {
        let start = i
        while i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") { i += 1 }
        return i - start
    }

    /// `true`, `false`, `null`, or an error for anything else in value position. Leaves
    /// `,` `:` `}` `]` for the container to handle, so recovery always makes progress.
    mutating func parseWord() -> JSONValue {
        let start = i
        while i < bytes.count && Self.isWordByte(bytes[i]) { i += 1 }
        let span = Span(start, i)
        let word = bytes[start..<i]
        if word.elementsEqual("true".utf8) { return JSONValue(.bool(true), at: span) }
        if word.elementsEqual("false".utf8) { return JSONValue(.bool(false), at: span) }
        if word.elementsEqual("null".utf8) { return JSONValue(.null, at: span) }
        if i > start {
            let text = String(decoding: word.prefix(40), as: UTF8.self)
            error("unexpected '\(text)': expected a value", at: span)
            return JSONValue(.invalid, at: span)
        }
        let b = bytes[i]
        var hint = ""
        if b == UInt8(ascii: "'") { hint = " (JSON strings use double quotes)" }
        error("unexpected \(describeByte(at: i)): expected a value\(hint)", at: Span(i, i + 1))
        switch b {
        case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "}"), UInt8(ascii: "]"):
            return JSONValue(.invalid, at: Span(i, i))
        default:
            i += 1
            return JSONValue(.invalid, at: Span(start, i))
        }
    }

    private static func isWordByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "$"):
            return true
        default:
            return false
        }
    }

    /// Past `maxDepth`: one diagnostic, then the whole value is skipped without recursion.
    mutating func skipTooDeep(from start: Int) -> JSONValue {
        error("nesting deeper than \(Self.maxDepth) levels; the value is skipped", at: Span(start, start + 1),
              code: .jsonTooDeep)
        var level = 0
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "{"), UInt8(ascii: "["): level += 1; i += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                level -= 1
                i += 1
                if level <= 0 { return JSONValue(.invalid, at: Span(start, i)) }
            case UInt8(ascii: "\""): _ = parseStringQuietly()
            case UInt8(ascii: "/"):
                let before = i
                skipTrivia()
                if i == before { i += 1 }
            default: i += 1
            }
        }
        return JSONValue(.invalid, at: Span(start, i))
    }
}
