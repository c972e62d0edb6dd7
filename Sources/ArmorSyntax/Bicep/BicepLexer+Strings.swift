import ArmorBase

extension BicepLexer {
    /// Single-line string text after an opening `'` or a hole's closing `}` (§1.6).
    mutating func scanSingleLine(from start: Int, continuing: Bool) {
        let n = bytes.count
        var flags: UInt8 = 0
        while pos < n {
            // Plain text first, one bit test a byte: only quote, backslash, dollar, LF and CR stop it.
            var p = skipPlainText(from: pos)
            while p < n && !BicepLexer.stopsSingleLine(bytes[p]) { p += 1 }
            pos = p
            if p >= n { break }
            let c = bytes[pos]
            switch c {
            case UInt8(ascii: "'"):
                pos += 1
                finishString(from: start, continuing: continuing, flags: flags)
                return
            case UInt8(ascii: "\\"):
                flags = BicepToken.Flags.escaped
                scanEscape()
            case UInt8(ascii: "$") where peek(1) == UInt8(ascii: "{"):
                pos += 2
                if !continuing { modes.append(Mode(isString: true, multiline: false, dollars: 0)) }
                emit(continuing ? .stringMiddlePiece : .stringLeftPiece, from: start, flags: flags)
                return
            case 0x0A, 0x0D:
                issue(.bcp004, "The string at this location is not terminated due to an unexpected new line character.", start, pos)
                finishString(from: start, continuing: continuing, flags: flags)
                return
            default:
                pos += 1
            }
        }
        issue(.bcp003, "The string at this location is not terminated. Terminate the string with a single quote character.", start, pos)
        finishString(from: start, continuing: continuing, flags: flags)
    }

    /// Eight bytes at a time while none stops single-line text (bit tricks on a `UInt64`, as
    /// `LineTable` finds line ends); the byte loop takes over from the word holding a stop.
    @inline(__always) func skipPlainText(from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let n = bytes.count
        var p = start
        while p + 8 <= n {
            let word = WordBytes.load(base, at: p)
            // The stops: quote, backslash, dollar, LF and CR.
            let marks = WordBytes.matches(word, 0x27) | WordBytes.matches(word, 0x5C) | WordBytes.matches(word, 0x24)
                | WordBytes.matches(word, 0x0A) | WordBytes.matches(word, 0x0D)
            if marks != 0 { return p }
            p += 8
        }
        return p
    }

    /// `'`, `\\`, `$`, LF, CR: lower-case letters (above the backslash) leave at the first
    /// compare; below 64 one bit test of a mask.
    @inline(__always) static func stopsSingleLine(_ c: UInt8) -> Bool {
        if c > UInt8(ascii: "\\") { return false }
        let mask: UInt64 = (1 << 0x0A) | (1 << 0x0D) | (1 << 0x24) | (1 << 0x27)
        return c < 64 ? (mask &>> UInt64(c)) & 1 != 0 : c == UInt8(ascii: "\\")
    }

    /// A complete string, or the right piece that closes an interpolated one.
    mutating func finishString(from start: Int, continuing: Bool, flags: UInt8) {
        if continuing {
            if !modes.isEmpty { modes.removeLast() }
            emit(.stringRightPiece, from: start, flags: flags)
        } else {
            emit(.stringComplete, from: start, flags: flags)
        }
    }

    /// `\n \r \t \\ \' \$`, `\${` (both consumed), `\u{hex}`; anything else is BCP006.
    mutating func scanEscape() {
        let start = pos
        let e = peek(1)
        switch e {
        case UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"), UInt8(ascii: "\\"), UInt8(ascii: "'"):
            pos += 2
        case UInt8(ascii: "$"):
            pos += peek(2) == UInt8(ascii: "{") ? 3 : 2
        case UInt8(ascii: "u") where peek(2) == UInt8(ascii: "{"):
            pos += 3
            var value: UInt32 = 0
            var digits = 0
            while let d = BicepLexer.hexValue(peek()) {
                value = value > 0x10FFFF ? value : value * 16 + d
                digits += 1
                pos += 1
            }
            if digits > 0 && peek() == UInt8(ascii: "}") && value <= 0x10FFFF {
                pos += 1
            } else {
                issue(.bcp133, "The unicode escape sequence is not valid. Valid unicode escape sequences range from \\u{0} to \\u{10FFFF}.", start, pos)
            }
        case 0, 0x0A, 0x0D:
            pos += 1
            issue(.bcp006, "The specified escape sequence is not recognized.", start, pos)
        default:
            pos += 2
            issue(.bcp006, "The specified escape sequence is not recognized. Only the following escape sequences are allowed: \\$, \\', \\\\, \\n, \\r, \\t, \\u{...}.", start, pos)
        }
    }

    static func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(b - 0x30)
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(b - 0x61 + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(b - 0x41 + 10)
        default: nil
        }
    }

    /// Multi-line string text after `'''` / `$…$'''` or a hole's `}` (§1.7): ends at the first
    /// run of three or more quotes; with n dollars a hole opens at ≥ n `$` then `{`.
    mutating func scanMultiline(from start: Int, dollars: Int, continuing: Bool) {
        let n = bytes.count
        let flags = BicepToken.Flags.make(multiline: true, dollars: dollars)
        while pos < n {
            let c = bytes[pos]
            if c == UInt8(ascii: "'") {
                var q = 0
                while peek(q) == UInt8(ascii: "'") { q += 1 }
                pos += q
                if q >= 3 {
                    finishString(from: start, continuing: continuing, flags: flags)
                    return
                }
            } else if c == UInt8(ascii: "$") && dollars > 0 {
                var m = 0
                while peek(m) == UInt8(ascii: "$") { m += 1 }
                pos += m
                if m >= dollars && peek() == UInt8(ascii: "{") {
                    pos += 1
                    if !continuing { modes.append(Mode(isString: true, multiline: true, dollars: dollars)) }
                    emit(continuing ? .stringMiddlePiece : .stringLeftPiece, from: start, flags: flags)
                    return
                }
            } else {
                pos += 1
            }
        }
        issue(.bcp140, "The multi-line string at this location is not terminated. Terminate it with \"'''\".", start, pos)
        finishString(from: start, continuing: continuing, flags: flags)
    }
}
