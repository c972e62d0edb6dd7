extension BicepParser {
    /// `binary [ [NL] "?" expression [NL] ":" expression ]` (§2.5).
    mutating func expression(_ allowComplex: Bool) throws(ParseFailure) -> BicepExpression {
        try enterNesting()
        defer { depth -= 1 }
        let start = index
        let condition = try binary(0, allowComplex)
        let ahead = peekSkippingNewLines()
        guard ahead.kind == .question else { return condition }
        index += ahead.offset + 1
        let branchEnd: TokenSet = [.colon, .rightParen, .rightSquare, .rightBrace, .newLine, .stringMiddlePiece, .stringRightPiece]
        let then = expressionFrame(branchEnd, allowComplex: allowComplex)
        let colonAhead = peekSkippingNewLines()
        if colonAhead.kind == .colon { index += colonAhead.offset }
        let colon = recovering([.rightParen, .rightSquare, .rightBrace, .newLine], suppress: then.isSkipped && then.span.isEmpty) {
            p throws(ParseFailure) in try p.expect(.colon, ":")
        }
        let otherwise = expressionFrame([.rightParen, .rightSquare, .rightBrace, .newLine, .stringMiddlePiece, .stringRightPiece],
                                        allowComplex: allowComplex, suppress: colon.value == nil)
        return BicepExpression(.ternary(condition, then, otherwise), span(from: start))
    }

    static func binaryOperator(_ kind: BicepTokenKind) -> (Value.BinaryOperator, Int)? {
        switch kind {
        case .doubleQuestion: (.coalesce, 1)
        case .logicalOr: (.or, 2)
        case .logicalAnd: (.and, 3)
        case .equals: (.equal, 4)
        case .notEquals: (.notEqual, 4)
        case .equalsInsensitive: (.equalInsensitive, 4)
        case .notEqualsInsensitive: (.notEqualInsensitive, 4)
        case .leftChevron: (.less, 5)
        case .lessThanOrEqual: (.lessOrEqual, 5)
        case .rightChevron: (.greater, 5)
        case .greaterThanOrEqual: (.greaterOrEqual, 5)
        case .plus: (.add, 6)
        case .minus: (.subtract, 6)
        case .asterisk: (.multiply, 7)
        case .slash: (.divide, 7)
        case .modulo: (.modulo, 7)
        default: nil
        }
    }

    /// Precedence climbing; all binary operators are left-associative.
    mutating func binary(_ minPrecedence: Int, _ allowComplex: Bool) throws(ParseFailure) -> BicepExpression {
        let start = index
        var left = try unary(allowComplex)
        // Each operator nests the tree one level deeper (left-associative), so a long chain
        // spends the depth budget too: later passes recurse over it.
        var chain = 0
        defer { depth -= chain }
        while let (op, precedence) = BicepParser.binaryOperator(current.kind), precedence > minPrecedence {
            index += 1
            try enterNesting()
            chain += 1
            let right = try binary(precedence, allowComplex)
            left = BicepExpression(.binary(op, left, right), span(from: start))
        }
        return left
    }

    /// One prefix `!` or `-` applied to a member expression ("!!x" is an error).
    mutating func unary(_ allowComplex: Bool) throws(ParseFailure) -> BicepExpression {
        let start = index
        let op: Value.UnaryOperator? = switch current.kind {
        case .exclamation: .not
        case .minus: .negate
        default: nil
        }
        guard let op else { return try member(allowComplex) }
        index += 1
        let operand = try member(allowComplex)
        return BicepExpression(.unary(op, operand), span(from: start))
    }

    /// A primary followed by `[…]`, `.x`, `.f()`, `::x` and postfix `!`.
    mutating func member(_ allowComplex: Bool) throws(ParseFailure) -> BicepExpression {
        let start = index
        var e = try primary(allowComplex)
        var chain = 0
        defer { depth -= chain }
        while true {
            switch current.kind {
            case .leftSquare, .dot, .doubleColon, .exclamation:
                // Suffixes nest the tree like binary operators do (see `binary`).
                try enterNesting()
                chain += 1
            default:
                return e
            }
            switch current.kind {
            case .leftSquare:
                index += 1
                var safe = false
                var fromEnd = false
                if current.kind == .question { safe = true; index += 1 }
                if current.kind == .hat { fromEnd = true; index += 1 }
                if current.kind == .rightSquare { throw failure(.bcp117, "An empty indexer is not allowed. Specify a valid expression.") }
                let i = try expression(allowComplex)
                try expect(.rightSquare, "]")
                e = BicepExpression(.index(e, i, safe: safe, fromEnd: fromEnd), span(from: start))
            case .dot:
                index += 1
                var safe = false
                if current.kind == .question { safe = true; index += 1 }
                let name = try propertyName()
                if current.kind == .leftParen {
                    let args = try arguments()
                    e = BicepExpression(.instanceCall(e, name: name.text, nameSpan: name.span, arguments: args, safe: safe), span(from: start))
                } else {
                    e = BicepExpression(.property(e, name: name.text, nameSpan: name.span, safe: safe), span(from: start))
                }
            case .doubleColon:
                index += 1
                let name = try propertyName()
                e = BicepExpression(.resourceAccess(e, name: name.text, nameSpan: name.span), span(from: start))
            case .exclamation:
                index += 1
                e = BicepExpression(.nonNull(e), span(from: start))
            default:
                return e
            }
        }
    }

    /// A name after `.` or `::`: any identifier-like token, `true`/`false`/`null` included.
    mutating func propertyName() throws(ParseFailure) -> BicepName {
        let t = current
        switch t.kind {
        case .identifier, .trueKeyword, .falseKeyword, .nullKeyword:
            index += 1
            return BicepName(text: text(t), span: t.span)
        default:
            throw failure(.bcp020, "Expected a function or property name at this location.")
        }
    }

    mutating func primary(_ allowComplex: Bool) throws(ParseFailure) -> BicepExpression {
        let start = index
        let t = current
        switch t.kind {
        case .integer:
            index += 1
            return BicepExpression(.integer(integerValue(t)), t.span)
        case .trueKeyword, .falseKeyword:
            index += 1
            return BicepExpression(.boolean(t.kind == .trueKeyword), t.span)
        case .nullKeyword:
            index += 1
            return BicepExpression(.null, t.span)
        case .stringComplete, .stringLeftPiece:
            return try string()
        case .leftBrace:
            guard allowComplex else { throw complexLiteralFailure() }
            return try object(allowResources: false)
        case .leftSquare:
            guard allowComplex else { throw complexLiteralFailure() }
            return isForStart() ? try forExpression(resourceContext: false, allowResources: false) : try array()
        case .leftParen:
            return lambdaAhead() ? try lambda() : try parenthesized(allowComplex)
        case .identifier:
            if peek(1).kind == .arrow { return try lambda() }
            index += 1
            if current.kind == .leftParen {
                let args = try arguments()
                return BicepExpression(.call(name: text(t), nameSpan: t.span, arguments: args), span(from: start))
            }
            return BicepExpression(.identifier(text(t)), t.span)
        default:
            throw failure(.bcp009, "This expression is being used in an unrecognized way. Expected an expression at this location.")
        }
    }

    func complexLiteralFailure() -> ParseFailure {
        failure(.bcp087, "Array and object literals are not allowed here.")
    }

    func integerValue(_ t: BicepToken) -> UInt64? {
        var value: UInt64 = 0
        for i in Int(t.start)..<Int(t.end) {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(UInt64(bytes[i] - 0x30))
            if o1 || o2 { return nil }
            value = s
        }
        return value
    }

    /// `( [NL] [ expr { "," [NL] expr } ] [NL] )`.
    mutating func arguments() throws(ParseFailure) -> [BicepExpression] {
        try expect(.leftParen, "(")
        var args: [BicepExpression] = []
        skipNewLines()
        if current.kind == .rightParen { index += 1; return args }
        args.reserveCapacity(4)
        while true {
            let before = index
            args.append(expressionFrame([.newLine, .comma, .rightParen]))
            let ahead = peekSkippingNewLines()
            if ahead.kind == .comma {
                index += ahead.offset + 1
                if atDeclarationLine() { throw expectedCharacter(")") }
                skipNewLines()
            } else if ahead.kind == .rightParen {
                index += ahead.offset + 1
                return args
            } else if atDeclarationLine() {
                throw expectedCharacter(")")
            } else if ahead.offset > 0 && ahead.kind != .endOfFile {
                report(SyntaxIssue(.bcp237, "Expected a comma character at this location.", at: peek(ahead.offset).span))
                index += ahead.offset
            } else {
                throw expectedCharacter(")")
            }
            if index == before { throw expectedCharacter(")") }
        }
    }

    /// `( [NL] expression [NL] )`.
    mutating func parenthesized(_ allowComplex: Bool) throws(ParseFailure) -> BicepExpression {
        let start = index
        index += 1
        skipNewLines()
        let inner = try expression(allowComplex)
        skipNewLines()
        if current.kind == .comma { throw failure(.bcp243, "Parentheses must contain exactly one expression.") }
        try expect(.rightParen, ")")
        return BicepExpression(.parenthesized(inner), span(from: start))
    }
}
