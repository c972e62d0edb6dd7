import ArmorBase

/// A set of token kinds (one bit each), used for recovery terminators.
public struct TokenSet: Sendable, Equatable, ExpressibleByArrayLiteral {
    public var bits: UInt64

    @inline(__always) public init(arrayLiteral elements: BicepTokenKind...) {
        bits = 0
        for kind in elements { bits |= 1 << UInt64(kind.rawValue) }
    }

    @inline(__always) public func contains(_ kind: BicepTokenKind) -> Bool {
        bits & (1 << UInt64(kind.rawValue)) != 0
    }

    public func union(_ other: TokenSet) -> TokenSet {
        var copy = self
        copy.bits |= other.bits
        return copy
    }
}

/// Why a grammar function gave up: the issue to report at the offending token. Thrown with
/// typed throws, so a failure costs about a return (style.md convention 7).
struct ParseFailure: Error {
    var issue: SyntaxIssue
}

/// Recursive-descent Bicep parser with the compiler's recovery frames (bicep-syntax.md §2, §4).
/// Tokens are read through a buffer pointer that `parse` keeps valid: `current` is read several
/// times a token, and an array would bounds-check (and reload) each read. Every read clamps
/// its index to the final end-of-file token instead.
public struct BicepParser {
    let bytes: [UInt8]
    let tokens: UnsafeBufferPointer<BicepToken>
    var index = 0
    var issues: [SyntaxIssue] = []
    var depth = 0
    /// Set once nesting went past `maxDepth`: a multi-line construct recovers line by line, so
    /// it would otherwise be reported again on every line deeper than the cap.
    var reportedNestingTooDeep = false
    /// Deeper nesting is reported and skipped instead of risking the stack.
    static let maxDepth = 200
    /// `.bicepparam` grammar (§2.7).
    let isParameterFile: Bool
    /// Second pass only: a column-1 declaration line closes open brackets (`+Resync`).
    var closesAtDeclarationLines = false
    var virtualCloses: [Span] = []
    /// First pass: a column-1 declaration line was read inside an open bracket.
    var sawDeclarationLineInside = false

    init(bytes: [UInt8], tokens: UnsafeBufferPointer<BicepToken>, isParameterFile: Bool) {
        self.bytes = bytes
        self.tokens = tokens
        self.isParameterFile = isParameterFile
    }

    public static func parse(_ source: SourceFile, isParameterFile: Bool = false) -> BicepSyntaxTree {
        let lexed = BicepLexer.lex(source)
        // The lexer always ends the list with an end-of-file token, so it is never empty.
        return lexed.tokens.withUnsafeBufferPointer { tokens in
            var parser = BicepParser(bytes: source.bytes, tokens: tokens, isParameterFile: isParameterFile)
            let statements = parser.program()
            if let (recovered, issues) = resynchronized(statements, parser, bytes: source.bytes, tokens: tokens,
                                                        isParameterFile: isParameterFile) {
                return BicepSyntaxTree(statements: recovered, tokens: lexed, issues: lexed.issues + issues)
            }
            return BicepSyntaxTree(statements: statements, tokens: lexed, issues: lexed.issues + parser.issues)
        }
    }

    // MARK: Reader

    @inline(__always) var current: BicepToken { tokens[min(index, tokens.count - 1)] }
    @inline(__always) var atEnd: Bool { current.kind == .endOfFile }

    @inline(__always) func peek(_ offset: Int) -> BicepToken { tokens[min(index + offset, tokens.count - 1)] }

    /// The kind of the next token that is not a newline, and its offset from `index`.
    func peekSkippingNewLines() -> (kind: BicepTokenKind, offset: Int) {
        var i = index
        while i < tokens.count - 1 && tokens[i].kind == .newLine { i += 1 }
        return (tokens[min(i, tokens.count - 1)].kind, i - index)
    }

    mutating func skipNewLines() {
        while current.kind == .newLine { index += 1 }
    }

    func text(_ token: BicepToken) -> String {
        String(decoding: bytes[Int(token.start)..<Int(token.end)], as: UTF8.self)
    }

    /// True when the current token is the identifier `word` (contextual keywords, §1.4).
    func isKeyword(_ word: StaticString, _ token: BicepToken? = nil) -> Bool {
        let t = token ?? current
        guard t.kind == .identifier, Int(t.length) == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { buffer in
            let s = Int(t.start)
            for i in 0..<buffer.count where bytes[s + i] != buffer[i] { return false }
            return true
        }
    }

    /// Span from the token at `start` to the last consumed token (zero-width when none).
    func span(from start: Int) -> Span {
        let first = tokens[min(start, tokens.count - 1)]
        guard index > start else { return Span(start: first.start, end: first.start) }
        return Span(start: first.start, end: tokens[min(index - 1, tokens.count - 1)].end)
    }

    // MARK: Failures and recovery

    func failure(_ code: SyntaxCode, _ message: String, at token: BicepToken? = nil) -> ParseFailure {
        let t = token ?? current
        return ParseFailure(issue: SyntaxIssue(code, message, at: t.span))
    }

    func expectedCharacter(_ c: String) -> ParseFailure {
        failure(.bcp018, "Expected the \"\(c)\" character at this location.")
    }

    @discardableResult
    mutating func expect(_ kind: BicepTokenKind, _ character: String) throws(ParseFailure) -> BicepToken {
        guard current.kind == kind else { throw expectedCharacter(character) }
        let t = current
        index += 1
        return t
    }

    mutating func expectKeyword(_ word: StaticString) throws(ParseFailure) -> BicepToken {
        guard isKeyword(word) else {
            throw failure(.bcp012, "Expected the \"\(word)\" keyword at this location.")
        }
        let t = current
        index += 1
        return t
    }

    mutating func report(_ issue: SyntaxIssue) {
        // Cascade suppression: one diagnostic per position.
        if let last = issues.last, last.span.start == issue.span.start { return }
        if issue.code == .bicepNestingTooDeep {
            guard !reportedNestingTooDeep else { return }
            reportedNestingTooDeep = true
        }
        issues.append(issue)
    }

    /// Runs `body` in a recovery frame: on failure, report (unless `suppress`), skip to a
    /// terminator (consuming it when asked) and return the skipped span instead.
    mutating func recovering<T>(_ terminators: TokenSet, consume: Bool = false, suppress: Bool = false,
                                _ body: (inout BicepParser) throws(ParseFailure) -> T) -> Result<T, SkippedSpan> {
        let start = index
        do {
            return .success(try body(&self))
        } catch {
            if !suppress { report(error.issue) }
            while !atEnd && !terminators.contains(current.kind) { index += 1 }
            if consume && !atEnd { index += 1 }
            return .failure(SkippedSpan(span: span(from: start)))
        }
    }

    /// An expression in a recovery frame; a failure becomes a `.skipped` node.
    mutating func expressionFrame(_ terminators: TokenSet, allowComplex: Bool = true,
                                  suppress: Bool = false) -> BicepExpression {
        switch recovering(terminators, suppress: suppress, { p throws(ParseFailure) in try p.expression(allowComplex) }) {
        case .success(let e): return e
        case .failure(let s): return .skipped(s.span)
        }
    }

    mutating func enterNesting() throws(ParseFailure) {
        depth += 1
        if depth > BicepParser.maxDepth {
            depth -= 1
            let tooDeep = failure(.bicepNestingTooDeep, "Nesting is deeper than \(BicepParser.maxDepth) levels; the rest of this construct is skipped.")
            skipBalanced()
            throw tooDeep
        }
    }

    /// At an opening bracket, moves past its matching closer: the whole too-deep construct is
    /// skipped at once, so its closing brackets (one a line) are not reported as stray, one
    /// error each. Elsewhere it does nothing.
    private mutating func skipBalanced() {
        var open = 0
        repeat {
            switch current.kind {
            case .leftBrace, .leftSquare, .leftParen: open += 1
            case .rightBrace, .rightSquare, .rightParen: open -= 1
            case .endOfFile: return
            default: if open == 0 { return }
            }
            index += 1
        } while open > 0
    }
}

/// The span a recovery frame skipped.
struct SkippedSpan: Error {
    var span: Span
}

extension Result {
    var value: Success? {
        if case .success(let v) = self { return v }
        return nil
    }
}
