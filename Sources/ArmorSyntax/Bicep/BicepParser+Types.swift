extension BicepParser {
    /// A type in a recovery frame; nil when it failed.
    mutating func typeFrame(_ terminators: TokenSet, suppress: Bool = false) -> BicepTypeSyntax? {
        recovering(terminators, suppress: suppress) { p throws(ParseFailure) in try p.type() }.value
    }

    /// `resource 'T@v'` or a union (§2.4).
    mutating func type() throws(ParseFailure) -> BicepTypeSyntax {
        try enterNesting()
        defer { depth -= 1 }
        let start = index
        if isKeyword("resource") && peek(1).kind == .stringComplete && peek(2).kind != .leftChevron {
            index += 2
            let resourceType = BicepStringDecoder.decode(bytes, tokens[index - 1])
            return BicepTypeSyntax(span: span(from: start), resourceType: resourceType, isComplex: false)
        }
        var complex = false
        let lead = peekSkippingNewLines()
        if lead.kind == .pipe { index += lead.offset + 1; complex = true }
        complex = try unaryType() || complex
        while true {
            let ahead = peekSkippingNewLines()
            guard ahead.kind == .pipe else { break }
            index += ahead.offset + 1
            if current.kind == .newLine { throw failure(.bcp300, "Expected a type literal at this location. Please specify a concrete value or a reference to a literal type.") }
            _ = try unaryType()
            complex = true
        }
        return BicepTypeSyntax(span: span(from: start), resourceType: nil, isComplex: complex)
    }

    /// `[ "!" | "-" ] member-type { "?" | "!" }`; returns whether the type is complex.
    mutating func unaryType() throws(ParseFailure) -> Bool {
        if current.kind == .exclamation || current.kind == .minus { index += 1 }
        var complex = try memberType()
        while current.kind == .question || current.kind == .exclamation {
            if current.kind == .question { complex = true }
            index += 1
        }
        return complex
    }

    mutating func memberType() throws(ParseFailure) -> Bool {
        var complex = try primaryType()
        while true {
            if current.kind == .leftSquare {
                index += 1
                complex = true
                if current.kind == .rightSquare { index += 1; continue }
                if current.kind == .asterisk && peek(1).kind == .rightSquare { index += 2; continue }
                _ = try expression(false)
                try expect(.rightSquare, "]")
            } else if current.kind == .dot {
                index += 1
                if current.kind == .asterisk { index += 1; continue }
                _ = try propertyName()
                if current.kind == .leftChevron { try typeArguments() }
            } else {
                return complex
            }
        }
    }

    mutating func primaryType() throws(ParseFailure) -> Bool {
        switch current.kind {
        case .integer, .trueKeyword, .falseKeyword, .nullKeyword, .stringComplete:
            index += 1
            return true
        case .minus:
            index += 1
            guard current.kind == .integer else { throw failure(.bcp300, "Expected a type literal at this location.") }
            index += 1
            return true
        case .leftBrace:
            try objectType()
            return true
        case .leftSquare:
            try tupleType()
            return true
        case .leftParen:
            index += 1
            skipNewLines()
            let t = try type()
            skipNewLines()
            try expect(.rightParen, ")")
            return t.isComplex
        case .identifier:
            index += 1
            if current.kind == .leftChevron { try typeArguments() }
            return false
        default:
            throw failure(.bcp279, "Expected a type at this location. Please specify a valid type expression.")
        }
    }

    /// `< type { , type } >`.
    mutating func typeArguments() throws(ParseFailure) {
        index += 1
        _ = try type()
        while current.kind == .comma {
            index += 1
            _ = try type()
        }
        try expect(.rightChevron, ">")
    }

    mutating func objectType() throws(ParseFailure) {
        try enterNesting()
        defer { depth -= 1 }
        index += 1
        elements(closing: .rightBrace) { p in
            _ = p.recovering([.newLine, .rightBrace]) { q throws(ParseFailure) in
                _ = try q.decoratorList(requireNewLine: false)
                switch q.current.kind {
                case .identifier, .stringComplete, .asterisk, .trueKeyword, .falseKeyword, .nullKeyword: q.index += 1
                default: throw q.failure(.bcp022, "Expected a property name at this location.")
                }
                try q.expect(.colon, ":")
                _ = try q.type()
            }
        }
        try expectClosing(.rightBrace, "}")
    }

    mutating func tupleType() throws(ParseFailure) {
        try enterNesting()
        defer { depth -= 1 }
        index += 1
        elements(closing: .rightSquare) { p in
            _ = p.recovering([.newLine, .rightSquare]) { q throws(ParseFailure) in
                _ = try q.decoratorList(requireNewLine: false)
                _ = try q.type()
            }
        }
        try expectClosing(.rightSquare, "]")
    }

    /// `( [NL] [ id type { , [NL] id type } ] [NL] ) type => [NL] expression` (func bodies).
    mutating func typedLambda() throws(ParseFailure) -> BicepExpression {
        let start = index
        try expect(.leftParen, "(")
        skipNewLines()
        var parameters: [BicepName] = []
        while current.kind == .identifier {
            let before = index
            parameters.append(BicepName(text: text(current), span: current.span))
            index += 1
            _ = try type()
            skipNewLines()
            if current.kind == .comma { index += 1; skipNewLines() }
            if index == before { break }
        }
        try expect(.rightParen, ")")
        _ = try type()
        try expect(.arrow, "=>")
        skipNewLines()
        let body = try expression(true)
        return BicepExpression(.lambda(parameters: parameters, body: body), span(from: start))
    }
}
