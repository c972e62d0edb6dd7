import ArmorBase

extension BicepParser {
    /// `program = { NL | statement ( NL | EOF ) } EOF` with line-level resync (§2.1, §4).
    mutating func program() -> [BicepStatement] {
        var statements: [BicepStatement] = []
        statements.reserveCapacity(64)
        while !atEnd {
            let before = index
            if current.kind == .newLine { index += 1; continue }
            switch recovering([.newLine], { p throws(ParseFailure) in try p.statement() }) {
            case .success(let s): statements.append(s)
            case .failure(let s): statements.append(BicepStatement(decorators: [], span: s.span, kind: .skipped))
            }
            // "Newline after declaration": extra tokens are skipped up to and including the newline.
            if !atEnd && current.kind != .newLine {
                report(SyntaxIssue(.bcp019, "Expected a new line character at this location.", at: current.span))
                while !atEnd && current.kind != .newLine { index += 1 }
            }
            if index == before {
                assert(false, "statement loop made no progress")
                index += 1
            }
        }
        return statements
    }

    /// `{ decorator NL } declaration`.
    mutating func statement() throws(ParseFailure) -> BicepStatement {
        let start = index
        let decorators = try decoratorList()
        if atEnd && !decorators.isEmpty {
            return BicepStatement(decorators: decorators, span: span(from: start), kind: .missingDeclaration)
        }
        let kind = try isParameterFile ? parameterFileDeclaration(decorators) : declaration(decorators)
        return BicepStatement(decorators: decorators, span: span(from: start), kind: kind)
    }

    /// Decorators, each followed by a newline; blank lines and comments may follow.
    mutating func decoratorList(requireNewLine: Bool = true) throws(ParseFailure) -> [BicepDecorator] {
        var decorators: [BicepDecorator] = []
        while current.kind == .at {
            let start = index
            index += 1
            let e = try member(true)
            decorators.append(BicepDecorator(expression: e, span: span(from: start)))
            guard current.kind == .newLine || atEnd || !requireNewLine else {
                throw failure(.bcp019, "Expected a new line character at this location.")
            }
            skipNewLines()
        }
        return decorators
    }

    mutating func declaration(_ decorators: [BicepDecorator]) throws(ParseFailure) -> BicepStatement.Kind {
        guard current.kind == .identifier else { throw unrecognizedDeclaration(decorators) }
        switch text(current) {
        case "targetScope":
            index += 1
            try expect(.assignment, "=")
            return .targetScope(expressionFrame([.newLine]))
        case "metadata":
            index += 1
            let name = declarationName(.bcp121, "metadata", [.assignment, .newLine])
            return .metadata(name, try assignedValue(suppress: name == nil))
        case "param": return try parameterDeclaration()
        case "var": return try variableDeclaration()
        case "output": return try outputDeclaration()
        case "type":
            index += 1
            let name = declarationName(.bcp121, "type", [.assignment, .newLine])
            try expect(.assignment, "=")
            return .type(name, typeFrame([.newLine]))
        case "func":
            index += 1
            let name = declarationName(.bcp121, "function", [.leftParen, .newLine])
            return .function(name, try typedLambda())
        case "resource":
            return .resource(resourceDeclaration(decorators: decorators, isModule: false, nested: false))
        case "module":
            return .resource(resourceDeclaration(decorators: decorators, isModule: true, nested: false))
        case "import": return try importDeclaration()
        case "extension": return try extensionDeclaration()
        case "provider":
            // Removed from the language in 2025 (the compiler now says BCP007); older samples use it.
            report(SyntaxIssue(.bicepProviderKeyword, "The \"provider\" keyword was replaced by \"extension\"; the compiler no longer accepts it.",
                               at: current.span, severity: .warning))
            return try extensionDeclaration()
        case "assert":
            index += 1
            let name = declarationName(.bcp121, "assert", [.assignment, .newLine])
            return .assert(name, try assignedValue(suppress: name == nil))
        case "test": return try testDeclaration()
        default: throw unrecognizedDeclaration(decorators)
        }
    }

    func unrecognizedDeclaration(_ decorators: [BicepDecorator]) -> ParseFailure {
        failure(.bcp007, "This declaration type is not recognized. Specify a metadata, parameter, variable, resource, or output declaration.")
    }

    /// The symbolic name after a keyword, in its own frame; nil when missing.
    mutating func declarationName(_ code: SyntaxCode, _ what: String, _ terminators: TokenSet) -> BicepName? {
        let result = recovering(terminators) { p throws(ParseFailure) -> BicepName in
            guard p.current.kind == .identifier else {
                throw p.failure(code, "Expected a \(what) identifier at this location.")
            }
            let t = p.current
            p.index += 1
            return BicepName(text: p.text(t), span: t.span)
        }
        return result.value
    }

    /// `= expression`, both in frames.
    mutating func assignedValue(suppress: Bool) throws(ParseFailure) -> BicepExpression {
        let eq = recovering([.newLine], suppress: suppress) { p throws(ParseFailure) in
            try p.expect(.assignment, "=")
        }
        guard eq.value != nil else { return .skipped(Span(start: current.start, end: current.start)) }
        return expressionFrame([.newLine])
    }

    mutating func parameterDeclaration() throws(ParseFailure) -> BicepStatement.Kind {
        index += 1
        let name = declarationName(.bcp013, "parameter", [.identifier, .newLine])
        let type = typeFrame([.assignment, .newLine], suppress: name == nil)
        var value: BicepExpression?
        if current.kind == .assignment {
            index += 1
            value = expressionFrame([.newLine])
        } else if current.kind != .newLine && !atEnd && type != nil {
            throw failure(.bcp008, "Expected the \"=\" token, or a newline at this location.")
        }
        return .parameter(name, type, defaultValue: value)
    }

    mutating func variableDeclaration() throws(ParseFailure) -> BicepStatement.Kind {
        index += 1
        let name = declarationName(.bcp015, "variable", [.assignment, .newLine])
        var type: BicepTypeSyntax?
        if current.kind != .assignment && current.kind != .newLine && !atEnd {
            type = typeFrame([.assignment, .newLine])
        }
        return .variable(name, type, try assignedValue(suppress: name == nil))
    }

    mutating func outputDeclaration() throws(ParseFailure) -> BicepStatement.Kind {
        index += 1
        let name = declarationName(.bcp016, "output", [.identifier, .newLine])
        let type = typeFrame([.assignment, .newLine], suppress: name == nil)
        return .output(name, type, try assignedValue(suppress: type == nil))
    }

    /// `resource name 'type' [existing] = value` / `module name 'path' = value` (§2.3).
    mutating func resourceDeclaration(decorators: [BicepDecorator], isModule: Bool, nested: Bool) -> BicepResourceDeclaration {
        let keyword = current
        let declStart = decorators.first.map(\.span.start) ?? keyword.start
        index += 1
        let name = declarationName(isModule ? .bcp096 : .bcp017, isModule ? "module" : "resource",
                                   [.stringComplete, .stringLeftPiece, .newLine])
        var typeString: String?
        let typeToken = current
        let typeResult = recovering([.assignment, .newLine], suppress: name == nil) { p throws(ParseFailure) -> String in
            guard p.current.kind == .stringComplete else {
                throw isModule ? p.failure(.bcp097, "Expected the module path at this location.")
                    : p.failure(.bcp068, "Expected a resource type string. Specify a valid resource type of format \"<types>@<apiVersion>\".")
            }
            p.index += 1
            return BicepStringDecoder.decode(p.bytes, p.tokens[p.index - 1])
        }
        typeString = typeResult.value
        var existing = false
        if !isModule && isKeyword("existing") { existing = true; index += 1 }
        let eq = recovering([.leftBrace, .newLine], suppress: typeString == nil) { p throws(ParseFailure) in
            try p.expect(.assignment, "=")
        }
        let value = resourceValue(isModule: isModule, suppress: eq.value == nil)
        return BicepResourceDeclaration(
            isModule: isModule, decorators: decorators, keywordSpan: keyword.span,
            span: Span(start: declStart, end: max(keyword.end, tokens[max(index - 1, 0)].end)),
            name: name, typeString: typeString, typeSpan: typeResult.value == nil ? Span(start: typeToken.start, end: typeToken.start) : typeToken.span,
            existing: existing, value: value)
    }

    /// `{…}`, `if (…) {…}` or `[for …]`; newlines may precede `if` only.
    mutating func resourceValue(isModule: Bool, suppress: Bool) -> BicepExpression {
        let result = recovering([.newLine], suppress: suppress) { p throws(ParseFailure) -> BicepExpression in
            let ahead = p.peekSkippingNewLines()
            if ahead.offset > 0 && p.isKeyword("if", p.peek(ahead.offset)) { p.index += ahead.offset }
            if p.current.kind == .leftSquare {
                return try p.forExpression(resourceContext: true, allowResources: !isModule)
            }
            return try p.resourceBody(allowResources: !isModule, insideFor: false)
        }
        switch result {
        case .success(let e): return e
        case .failure(let s): return .skipped(s.span)
        }
    }
}
