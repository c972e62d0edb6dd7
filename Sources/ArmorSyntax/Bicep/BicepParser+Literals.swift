extension BicepParser {
    /// A string, split at its interpolation holes (§1.6). Holes take no complex literals.
    mutating func string() throws(ParseFailure) -> BicepExpression {
        let start = index
        let first = current
        index += 1
        if first.kind == .stringComplete {
            let value = BicepStringDecoder.decode(bytes, first)
            return BicepExpression(.string(BicepStringSyntax(head: value)), first.span)
        }
        let head = BicepStringDecoder.decode(bytes, first)
        var segments: [String] = []
        var holes: [BicepExpression] = []
        while true {
            holes.append(expressionFrame([.stringMiddlePiece, .stringRightPiece, .newLine], allowComplex: false))
            let piece = current
            guard piece.kind == .stringMiddlePiece || piece.kind == .stringRightPiece else {
                throw expectedCharacter("}")
            }
            index += 1
            segments.append(BicepStringDecoder.decode(bytes, piece))
            if piece.kind == .stringRightPiece { break }
        }
        return BicepExpression(.string(BicepStringSyntax(head: head, tail: segments, holes: holes)), span(from: start))
    }

    /// Elements separated by newlines or commas (§2.6), with BCP236/BCP238 as in the compiler.
    mutating func elements(closing: BicepTokenKind, _ element: (inout BicepParser) -> Void) {
        while !atEnd && current.kind != closing {
            let before = index
            switch current.kind {
            case .newLine:
                if declarationLineAhead() {
                    if closesAtDeclarationLines { return }
                    sawDeclarationLineInside = true
                }
                index += 1
                continue
            case .comma:
                report(SyntaxIssue(.bcp009, "This expression is being used in an unrecognized way. Expected an expression at this location.", at: current.span))
                index += 1
                continue
            default:
                break
            }
            element(&self)
            if current.kind == .comma {
                index += 1
                if current.kind == .newLine {
                    report(SyntaxIssue(.bcp238, "Unexpected new line character after a comma.", at: current.span))
                }
            } else if current.kind != .newLine && current.kind != closing && !atEnd {
                report(SyntaxIssue(.bcp236, "Expected a new line or comma character at this location.", at: current.span))
                while !atEnd && current.kind != .newLine && current.kind != closing && current.kind != .comma { index += 1 }
            }
            if index == before {
                assert(false, "element loop made no progress")
                index += 1
            }
        }
    }

    /// `{ … }`; with `allowResources`, elements may be nested resource declarations (§2.3).
    mutating func object(allowResources: Bool) throws(ParseFailure) -> BicepExpression {
        try enterNesting()
        defer { depth -= 1 }
        let start = index
        try expect(.leftBrace, "{")
        var items: [BicepObjectElement] = []
        // Most objects have a few properties: one allocation instead of growing 1, 2, 4.
        if peekSkippingNewLines().kind != .rightBrace { items.reserveCapacity(4) }
        elements(closing: .rightBrace) { p in
            switch p.recovering([.newLine, .rightBrace], { q throws(ParseFailure) in try q.objectElement(allowResources) }) {
            case .success(let item): items.append(item)
            case .failure(let s): items.append(.skipped(s.span))
            }
        }
        try expectClosing(.rightBrace, "}")
        return BicepExpression(.object(items), span(from: start))
    }

    mutating func objectElement(_ allowResources: Bool) throws(ParseFailure) -> BicepObjectElement {
        if allowResources && (current.kind == .at || (isKeyword("resource") && peek(1).kind != .colon)) {
            let decorators = try decoratorList()
            guard isKeyword("resource") else {
                throw failure(.bcp007, "This declaration type is not recognized. Specify a metadata, parameter, variable, resource, or output declaration.")
            }
            return .resource(resourceDeclaration(decorators: decorators, isModule: false, nested: true))
        }
        if current.kind == .ellipsis {
            let start = index
            index += 1
            let value = try expression(true)
            return .spread(value, span: span(from: start))
        }
        let keyToken = current
        let key: BicepPropertyKey
        switch keyToken.kind {
        case .identifier:
            index += 1
            key = .name(text(keyToken), keyToken.span)
        case .stringComplete:
            index += 1
            key = .name(BicepStringDecoder.decode(bytes, keyToken), keyToken.span)
        case .stringLeftPiece:
            key = .interpolated(try string())
        default:
            throw failure(.bcp022, "Expected a property name at this location.")
        }
        try expect(.colon, ":")
        let value = expressionFrame([.newLine, .rightBrace])
        return .property(key: key, value: value)
    }

    /// `[ … ]` (not a for-expression).
    mutating func array() throws(ParseFailure) -> BicepExpression {
        try enterNesting()
        defer { depth -= 1 }
        let start = index
        try expect(.leftSquare, "[")
        var items: [BicepArrayElement] = []
        elements(closing: .rightSquare) { p in
            switch p.recovering([.newLine, .rightSquare], { q throws(ParseFailure) -> BicepArrayElement in
                if q.current.kind == .ellipsis {
                    let s = q.index
                    q.index += 1
                    let value = try q.expression(true)
                    return .spread(value, span: q.span(from: s))
                }
                return .item(try q.expression(true))
            }) {
            case .success(let item): items.append(item)
            case .failure(let s): items.append(.skipped(s.span))
            }
        }
        try expectClosing(.rightSquare, "]")
        return BicepExpression(.array(items), span(from: start))
    }

    func isForStart() -> Bool {
        var i = index + 1
        while i < tokens.count - 1 && tokens[i].kind == .newLine { i += 1 }
        return isKeyword("for", tokens[min(i, tokens.count - 1)])
    }

    /// `[ [NL] for x in src: body [NL] ]`, `[for (x, i) in src: body]` (§2.6).
    mutating func forExpression(resourceContext: Bool, allowResources: Bool) throws(ParseFailure) -> BicepExpression {
        try enterNesting()
        defer { depth -= 1 }
        let start = index
        try expect(.leftSquare, "[")
        skipNewLines()
        _ = try expectKeyword("for")
        var item: BicepName?
        var indexName: BicepName?
        if current.kind == .identifier {
            item = BicepName(text: text(current), span: current.span)
            index += 1
        } else if current.kind == .leftParen {
            (item, indexName) = try loopVariableBlock()
        } else {
            throw failure(.bcp162, "Expected a loop item variable identifier or \"(\" at this location.")
        }
        let inKeyword = recovering([.rightSquare, .newLine]) { p throws(ParseFailure) in try p.expectKeyword("in") }
        let source = expressionFrame([.colon, .rightSquare, .newLine], suppress: inKeyword.value == nil)
        let colon = recovering([.rightSquare, .newLine], suppress: source.isSkipped && source.span.isEmpty) {
            p throws(ParseFailure) in try p.expect(.colon, ":")
        }
        let body: BicepExpression
        if resourceContext {
            switch recovering([.rightSquare, .newLine], suppress: colon.value == nil, { p throws(ParseFailure) in
                try p.resourceBody(allowResources: allowResources, insideFor: true)
            }) {
            case .success(let b): body = b
            case .failure(let s): body = .skipped(s.span)
            }
        } else {
            body = expressionFrame([.rightSquare, .newLine], suppress: colon.value == nil)
        }
        if !atDeclarationLine() { skipNewLines() }
        try expectClosing(.rightSquare, "]")
        let loop = BicepForSyntax(item: item, index: indexName, source: source, body: body)
        return BicepExpression(.forLoop(loop), span(from: start))
    }

    /// `(item, index)`: exactly two names, no newlines.
    mutating func loopVariableBlock() throws(ParseFailure) -> (BicepName?, BicepName?) {
        index += 1
        guard current.kind == .identifier else { throw failure(.bcp136, "Expected a loop item variable identifier at this location.") }
        let item = BicepName(text: text(current), span: current.span)
        index += 1
        try expect(.comma, ",")
        guard current.kind == .identifier else { throw failure(.bcp136, "Expected a loop index variable identifier at this location.") }
        let indexName = BicepName(text: text(current), span: current.span)
        index += 1
        try expect(.rightParen, ")")
        return (item, indexName)
    }

    /// `{…}` or `if (cond) {…}` as a resource/module value or loop body.
    mutating func resourceBody(allowResources: Bool, insideFor: Bool) throws(ParseFailure) -> BicepExpression {
        if isKeyword("if") { return try ifBody(allowResources: allowResources, insideFor: insideFor) }
        guard current.kind == .leftBrace else {
            throw failure(.bcp118, "Expected the \"{\" character, the \"[\" character, or the \"if\" keyword at this location.")
        }
        return try object(allowResources: allowResources)
    }

    /// `if ( [NL] expression [NL] ) { … }`.
    mutating func ifBody(allowResources: Bool, insideFor: Bool) throws(ParseFailure) -> BicepExpression {
        let start = index
        index += 1
        let terminators: TokenSet = insideFor ? [.leftBrace, .newLine, .rightSquare] : [.leftBrace, .newLine]
        let condition: BicepExpression
        switch recovering(terminators, { p throws(ParseFailure) in
            try p.expect(.leftParen, "(")
            p.skipNewLines()
            let e = try p.expression(true)
            p.skipNewLines()
            try p.expect(.rightParen, ")")
            return e
        }) {
        case .success(let e): condition = e
        case .failure(let s): condition = .skipped(s.span)
        }
        let body = try object(allowResources: allowResources)
        return BicepExpression(.ifBody(condition: condition, body: body), span(from: start))
    }

    /// Is the `(` at the reader the start of `(a, b) => …`?
    func lambdaAhead() -> Bool {
        var i = index + 1
        let last = tokens.count - 1
        func kind(_ j: Int) -> BicepTokenKind { tokens[min(j, last)].kind }
        while kind(i) == .newLine { i += 1 }
        if kind(i) == .rightParen { return kind(i + 1) == .arrow }
        while true {
            guard kind(i) == .identifier else { return false }
            i += 1
            while kind(i) == .newLine { i += 1 }
            if kind(i) == .rightParen { return kind(i + 1) == .arrow }
            guard kind(i) == .comma else { return false }
            i += 1
            while kind(i) == .newLine { i += 1 }
        }
    }

    /// `x => body` or `(a, b) => body`.
    mutating func lambda() throws(ParseFailure) -> BicepExpression {
        let start = index
        var parameters: [BicepName] = []
        if current.kind == .identifier {
            parameters.append(BicepName(text: text(current), span: current.span))
            index += 1
        } else {
            index += 1
            skipNewLines()
            while current.kind == .identifier {
                parameters.append(BicepName(text: text(current), span: current.span))
                index += 1
                skipNewLines()
                if current.kind == .comma { index += 1; skipNewLines() }
            }
            try expect(.rightParen, ")")
        }
        try expect(.arrow, "=>")
        skipNewLines()
        let body = try expression(true)
        return BicepExpression(.lambda(parameters: parameters, body: body), span(from: start))
    }
}
