import ArmorBase

extension BicepLexer {
    /// Whitespace, comments and pragmas before the next token (§1.2, §1.10).
    mutating func lexTrivia() {
        let n = bytes.count
        while pos < n {
            let start = pos
            let b = bytes[pos]
            if b == 0x20 || b == 0x09 {
                while pos < n && (bytes[pos] == 0x20 || bytes[pos] == 0x09) { pos += 1 }
                addTrivia(.whitespace, start)
            } else if b == UInt8(ascii: "/") && peek(1) == UInt8(ascii: "/") {
                while pos < n && bytes[pos] != 0x0A && bytes[pos] != 0x0D { pos += 1 }
                addTrivia(.lineComment, start)
            } else if b == UInt8(ascii: "/") && peek(1) == UInt8(ascii: "*") {
                lexBlockComment()
            } else if b == UInt8(ascii: "#"), let kind = pragmaKind() {
                lexPragma(kind)
            } else {
                return
            }
        }
    }

    @inline(__always) mutating func addTrivia(_ kind: BicepTrivia.Kind, _ start: Int) {
        trivia.append(BicepTrivia(kind: kind, start: UInt32(start), length: UInt32(pos - start)))
    }

    mutating func lexBlockComment() {
        let start = pos
        let n = bytes.count
        pos += 2
        while pos < n {
            if bytes[pos] == UInt8(ascii: "*") && peek(1) == UInt8(ascii: "/") {
                pos += 2
                addTrivia(.blockComment, start)
                return
            }
            pos += 1
        }
        issue(.bcp002, "The multi-line comment at this location is not terminated. Terminate it with the */ character sequence.", start, pos)
        addTrivia(.blockComment, start)
    }

    /// A pragma needs `#` first on its line and an exact keyword after it.
    func pragmaKind() -> BicepPragma.Kind? {
        var i = pos - 1
        while i >= 0 && (bytes[i] == 0x20 || bytes[i] == 0x09) { i -= 1 }
        if i >= 0 && bytes[i] != 0x0A && bytes[i] != 0x0D && !(i == 2 && pos >= 3 && bytes[0] == 0xEF) { return nil }
        let kinds: [(StaticString, BicepPragma.Kind)] = [
            ("disable-next-line", .disableNextLine), ("disable-diagnostics", .disableDiagnostics),
            ("restore-diagnostics", .restoreDiagnostics)]
        for (text, kind) in kinds where matches(pos + 1, text) {
            let after = peek(1 + text.utf8CodeUnitCount)
            if !BicepLexer.isIdentifierContinue(after) && after != UInt8(ascii: "-") { return kind }
        }
        return nil
    }

    mutating func lexPragma(_ kind: BicepPragma.Kind) {
        let start = pos
        pos += 1 + kind.rawValue.utf8.count
        var codes: [(code: String, span: Span)] = []
        let n = bytes.count
        while pos < n {
            while pos < n && (bytes[pos] == 0x20 || bytes[pos] == 0x09) { pos += 1 }
            let codeStart = pos
            while pos < n && (BicepLexer.isIdentifierContinue(bytes[pos]) || bytes[pos] == UInt8(ascii: "-")) { pos += 1 }
            if pos == codeStart { break }
            codes.append((String(decoding: bytes[codeStart..<pos], as: UTF8.self), Span(codeStart, pos)))
        }
        // Trailing blanks before a stop character belong to the pragma's trivia.
        if codes.isEmpty {
            issue(.bcp226, "Expected at least one diagnostic code at this location. Valid format is \"#\(kind.rawValue) diagnosticCode1 diagnosticCode2 ...\".", start, pos, severity: .warning)
        }
        // `line` is filled in from the line table once lexing is done.
        pragmas.append(BicepPragma(kind: kind, codes: codes, line: 0, span: Span(start, pos)))
        addTrivia(.pragma, start)
    }

    static func lineBreaks(in bytes: [UInt8], _ from: Int, _ to: Int) -> Int {
        var count = 0
        var i = from
        while i < to {
            if bytes[i] == 0x0A { count += 1 }
            else if bytes[i] == 0x0D { count += 1; if i + 1 < to && bytes[i + 1] == 0x0A { i += 1 } }
            i += 1
        }
        return count
    }
}
