extension BicepLexer {
    /// Punctuation and operators, longest match first (bicep-syntax.md §1.3).
    mutating func lexOperator(_ b: UInt8) {
        let start = pos
        let next = peek(1)
        var kind: BicepTokenKind
        var width = 1
        switch b {
        case UInt8(ascii: "("): kind = .leftParen
        case UInt8(ascii: ")"): kind = .rightParen
        case UInt8(ascii: "["): kind = .leftSquare
        case UInt8(ascii: "]"): kind = .rightSquare
        case UInt8(ascii: ","): kind = .comma
        case UInt8(ascii: ";"): kind = .semicolon
        case UInt8(ascii: "@"): kind = .at
        case UInt8(ascii: "^"): kind = .hat
        case UInt8(ascii: "%"): kind = .modulo
        case UInt8(ascii: "*"): kind = .asterisk
        case UInt8(ascii: "+"): kind = .plus
        case UInt8(ascii: "-"): kind = .minus
        case UInt8(ascii: "/"): kind = .slash
        case UInt8(ascii: "."):
            if next == UInt8(ascii: ".") && peek(2) == UInt8(ascii: ".") { kind = .ellipsis; width = 3 } else { kind = .dot }
        case UInt8(ascii: "?"):
            if next == UInt8(ascii: "?") { kind = .doubleQuestion; width = 2 } else { kind = .question }
        case UInt8(ascii: ":"):
            if next == UInt8(ascii: ":") { kind = .doubleColon; width = 2 } else { kind = .colon }
        case UInt8(ascii: "="):
            switch next {
            case UInt8(ascii: "="): kind = .equals; width = 2
            case UInt8(ascii: "~"): kind = .equalsInsensitive; width = 2
            case UInt8(ascii: ">"): kind = .arrow; width = 2
            default: kind = .assignment
            }
        case UInt8(ascii: "!"):
            switch next {
            case UInt8(ascii: "="): kind = .notEquals; width = 2
            case UInt8(ascii: "~"): kind = .notEqualsInsensitive; width = 2
            default: kind = .exclamation
            }
        case UInt8(ascii: "<"):
            if next == UInt8(ascii: "=") { kind = .lessThanOrEqual; width = 2 } else { kind = .leftChevron }
        case UInt8(ascii: ">"):
            if next == UInt8(ascii: "=") { kind = .greaterThanOrEqual; width = 2 } else { kind = .rightChevron }
        case UInt8(ascii: "|"):
            if next == UInt8(ascii: "|") { kind = .logicalOr; width = 2 } else { kind = .pipe }
        case UInt8(ascii: "&"):
            if next == UInt8(ascii: "&") { kind = .logicalAnd; width = 2 } else { kind = .unrecognized }
        default:
            kind = .unrecognized
            width = BicepLexer.scalarWidth(b)
        }
        pos = min(pos + width, bytes.count)
        if kind == .unrecognized { reportUnrecognized(b, start) }
        emit(kind, from: start)
    }

    mutating func reportUnrecognized(_ b: UInt8, _ start: Int) {
        if b == UInt8(ascii: "\"") {
            issue(.bcp103, "The following token is not recognized: \"\"\". Strings are defined using single quotes in bicep.", start, pos)
        } else {
            let text = String(decoding: bytes[start..<pos], as: UTF8.self)
            issue(.bcp001, "The following token is not recognized: \"\(text)\".", start, pos)
        }
    }

    /// Bytes in the UTF-8 sequence a lead byte starts (1 for ASCII and stray bytes).
    static func scalarWidth(_ b: UInt8) -> Int {
        if b >= 0xF0 && b < 0xF8 { return 4 }
        if b >= 0xE0 { return b < 0xF0 ? 3 : 1 }
        if b >= 0xC0 { return 2 }
        return 1
    }
}
