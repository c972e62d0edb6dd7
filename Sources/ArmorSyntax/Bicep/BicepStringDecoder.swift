/// Turns string token text into its value: strips delimiters, processes escapes (single-line)
/// or the first newline (multi-line) (bicep-syntax.md §1.6, §1.7).
enum BicepStringDecoder {
    static func decode(_ bytes: [UInt8], _ token: BicepToken) -> String {
        var s = Int(token.start)
        var e = Int(token.end)
        // Zero-width pieces (a hole cut by a newline) and cut-off delimiters have no text.
        guard e - s >= 2 || (e - s == 1 && token.kind == .stringComplete && bytes[s] != UInt8(ascii: "'")) else { return "" }
        let isFirst = token.kind == .stringComplete || token.kind == .stringLeftPiece
        let opensHole = token.kind == .stringLeftPiece || token.kind == .stringMiddlePiece
        if token.isMultiline {
            let dollars = BicepToken.Flags.dollars(token.flags)
            if isFirst {
                while s < e && bytes[s] == UInt8(ascii: "$") { s += 1 }
                s = min(s + 3, e)
                if s < e && bytes[s] == 0x0A { s += 1 }
                else if s + 1 < e && bytes[s] == 0x0D && bytes[s + 1] == 0x0A { s += 2 }
            } else {
                s = min(s + 1, e)
            }
            if opensHole {
                e = max(s, e - 1 - dollars)
            } else if e - s >= 3 && bytes[e - 1] == UInt8(ascii: "'") && bytes[e - 2] == UInt8(ascii: "'") && bytes[e - 3] == UInt8(ascii: "'") {
                e -= 3
            }
            return String(decoding: bytes[s..<max(s, e)], as: UTF8.self)
        }
        s = min(s + 1, e)
        if opensHole {
            e = max(s, e - 2)
        } else if e > s && bytes[e - 1] == UInt8(ascii: "'") {
            e -= 1
        }
        // The lexer marks the strings that hold a backslash; the rest need no scan.
        if token.flags & BicepToken.Flags.escaped == 0 { return String(decoding: bytes[s..<e], as: UTF8.self) }
        return unescape(bytes, s, e)
    }

    static func unescape(_ bytes: [UInt8], _ s: Int, _ e: Int) -> String {
        var i = s
        var hasEscape = false
        while i < e { if bytes[i] == UInt8(ascii: "\\") { hasEscape = true; break }; i += 1 }
        if !hasEscape { return String(decoding: bytes[s..<e], as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(e - s)
        i = s
        while i < e {
            let c = bytes[i]
            guard c == UInt8(ascii: "\\"), i + 1 < e else { out.append(c); i += 1; continue }
            let n = bytes[i + 1]
            i += 2
            switch n {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var value: UInt32 = 0
                if i < e && bytes[i] == UInt8(ascii: "{") { i += 1 }
                while i < e, let d = BicepLexer.hexValue(bytes[i]) { value = min(value * 16 + d, 0x110000); i += 1 }
                if i < e && bytes[i] == UInt8(ascii: "}") { i += 1 }
                let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            default: out.append(n)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
