import ArmorBase

/// Literals, identifiers and positions of `ARMExpressionParser`.
extension ARMExpressionParser {
    /// `'…'` with `''` standing for one quote.
    mutating func stringLiteral() throws(ARMExpressionError) -> String {
        let open = i
        // One pass over the buffer (indexing the slice byte by byte retained and released its
        // storage for every byte): the closing quote, and whether any `''` is to be folded.
        let base = text.startIndex
        let (close, doubled) = text.withUnsafeBufferPointer { p -> (Int?, Bool) in
            var j = open + 1 - base
            var doubled = false
            while j < p.count {
                if p[j] == UInt8(ascii: "'") {
                    if j + 1 < p.count && p[j + 1] == UInt8(ascii: "'") {
                        doubled = true
                        j += 2
                        continue
                    }
                    return (j + base, doubled)
                }
                j += 1
            }
            return (nil, doubled)
        }
        guard let close else {
            i = text.endIndex
            throw failure("unterminated string literal: expected \"'\"", at: open)
        }
        i = close + 1
        // Most literals have no `''`: one String straight from the bytes, no buffer.
        guard doubled else {
            return text.withUnsafeBufferPointer { p in
                String(decoding: UnsafeBufferPointer(rebasing: p[(open + 1 - base)..<(close - base)]), as: UTF8.self)
            }
        }
        var pieces: [UInt8] = []
        var k = open + 1
        while k < close {
            pieces.append(text[k])
            k += text[k] == UInt8(ascii: "'") ? 2 : 1
        }
        return String(decoding: pieces, as: UTF8.self)
    }

    mutating func integer() throws(ARMExpressionError) -> Value {
        let start = i
        if text[i] == UInt8(ascii: "-") { i += 1 }
        let digits = i
        while i < text.endIndex && Self.isDigit(text[i]) { i += 1 }
        guard i > digits else { throw failure("expected digits after '-'", at: start) }
        let literal = String(decoding: text[start..<i], as: UTF8.self)
        guard let number = Int64(literal) else { throw failure("integer '\(literal)' is out of range", at: start) }
        return Value(.int(number), at: span(start))
    }

    mutating func identifier(allowDash: Bool) throws(ARMExpressionError) -> String {
        let start = i
        guard i < text.endIndex, Self.isIdentifierStart(text[i]) || (allowDash && Self.isDigit(text[i])) else {
            throw failure("expected a name, found \(describe(i))", at: i)
        }
        while i < text.endIndex && (Self.isIdentifierByte(text[i]) || (allowDash && text[i] == UInt8(ascii: "-"))) {
            i += 1
        }
        return String(decoding: text[start..<i], as: UTF8.self)
    }

    /// `identifier(allowDash: false)` without building the String.
    mutating func skipIdentifier() throws(ARMExpressionError) {
        guard i < text.endIndex, Self.isIdentifierStart(text[i]) else {
            throw failure("expected a name, found \(describe(i))", at: i)
        }
        let base = text.startIndex, from = i
        i = text.withUnsafeBufferPointer { p in
            var j = from + 1 - base
            while j < p.count && Self.isIdentifierByte(p[j]) { j += 1 }
            return j + base
        }
    }

    mutating func expect(_ byte: UInt8) throws(ARMExpressionError) {
        skipSpace()
        guard i < text.endIndex, text[i] == byte else {
            throw failure("expected '\(Character(Unicode.Scalar(byte)))', found \(describe(i))", at: i)
        }
        i += 1
    }

    mutating func skipSpace() {
        // Nearly always nothing to skip: decided without touching the buffer again.
        guard i < text.endIndex, text[i] <= 0x20 else { return }
        while i < text.endIndex {
            switch text[i] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): i += 1
            default: return
            }
        }
    }

    func span(_ start: Int) -> Span {
        precise ? Span(start, i) : fallback
    }

    func failure(_ message: String, at offset: Int) -> ARMExpressionError {
        let at = precise ? Span(offset, min(offset + 1, text.endIndex)) : fallback
        return ARMExpressionError(message: message, span: at)
    }

    func describe(_ offset: Int) -> String {
        guard offset < text.endIndex else { return "end of expression" }
        let b = text[offset]
        if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        return b < 0x80 ? "whitespace or control character" : "non-ASCII character"
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    static func isIdentifierStart(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "_"), UInt8(ascii: "$"):
            return true
        default:
            return false
        }
    }

    static func isIdentifierByte(_ b: UInt8) -> Bool { isIdentifierStart(b) || isDigit(b) }
}

/// The functions `ARMExpressionParser.call` lowers to nodes of their own, found from the
/// lower-cased name by its length first: most calls compare no string, the rest one or two.
enum SpecialFunction {
    case parameters, variables, lambda, lambdaVariables, `true`, `false`, null, coalesce, tryGet

    init?(_ lower: String) {
        switch lower.utf8.count {
        case 4 where lower == "true": self = .true
        case 4 where lower == "null": self = .null
        case 5 where lower == "false": self = .false
        case 6 where lower == "lambda": self = .lambda
        case 6 where lower == "tryget": self = .tryGet
        case 8 where lower == "coalesce": self = .coalesce
        case 9 where lower == "variables": self = .variables
        case 10 where lower == "parameters": self = .parameters
        case 15 where lower == "lambdavariables": self = .lambdaVariables
        default: return nil
        }
    }
}
