/// armor's optional second pass for an unclosed bracket (bicep-syntax.md §4): the compiler
/// drops the whole value and every declaration after it; this pass lets a line that starts at
/// column 1 with a declaration keyword close all open brackets, so later declarations are kept.
/// It is a deviation, reported with its own diagnostic.
extension BicepParser {
    static let declarationKeywords: Set<String> = [
        "resource", "module", "param", "var", "output", "type", "func", "import", "extension",
        "metadata", "targetScope",
    ]

    /// Second pass only: true at a newline whose next line starts, at column 1, with `@` or a
    /// declaration keyword (not followed by `:`, which makes it a property).
    func atDeclarationLine() -> Bool {
        closesAtDeclarationLines && declarationLineAhead()
    }

    func declarationLineAhead() -> Bool {
        guard current.kind == .newLine else { return false }
        let ahead = peekSkippingNewLines()
        let i = index + ahead.offset
        guard i > 0, i < tokens.count else { return false }
        let t = tokens[i]
        guard tokens[i - 1].kind == .newLine, tokens[i - 1].end == t.start else { return false }
        if t.kind == .at { return true }
        return t.kind == .identifier && tokens[min(i + 1, tokens.count - 1)].kind != .colon
            && BicepParser.declarationKeywords.contains(text(t))
    }

    /// The closing bracket, or (second pass only) a virtual one before a declaration line.
    mutating func expectClosing(_ kind: BicepTokenKind, _ character: String) throws(ParseFailure) {
        if current.kind != kind && atDeclarationLine() {
            virtualCloses.append(current.span)
            report(SyntaxIssue(.bcp018, "Expected the \"\(character)\" character at this location.", at: current.span))
            return
        }
        try expect(kind, character)
    }

    /// Did a value stay open until the end of the file (the compiler then drops it)? The pass
    /// also runs when a column-1 declaration was read inside an open bracket.
    func lostValueAtEnd() -> Bool {
        let end = tokens[tokens.count - 1].start
        return issues.contains { $0.code == .bcp018 && $0.span.start == end }
    }

    /// Runs the second pass when the first lost a value at EOF and the second keeps more.
    static func resynchronized(_ first: [BicepStatement], _ firstParser: BicepParser, bytes: [UInt8],
                               tokens: UnsafeBufferPointer<BicepToken>, isParameterFile: Bool) -> ([BicepStatement], [SyntaxIssue])? {
        let hasErrors = firstParser.issues.contains { $0.severity == .error }
        guard firstParser.lostValueAtEnd() || (hasErrors && firstParser.sawDeclarationLineInside) else { return nil }
        var second = BicepParser(bytes: bytes, tokens: tokens, isParameterFile: isParameterFile)
        second.closesAtDeclarationLines = true
        let statements = second.program()
        let kept = { (s: [BicepStatement]) in s.filter { if case .skipped = $0.kind { false } else { true } }.count }
        guard let firstClose = second.virtualCloses.first, kept(statements) > kept(first) else { return nil }
        let note = SyntaxIssue(.bicepRecovery, "An unclosed bracket would make the Bicep compiler drop every declaration after it; armor closed it before the next top-level declaration to keep analysing. The compiler will reject this file.",
                               at: firstClose, severity: .warning)
        return (statements, second.issues + [note])
    }
}
