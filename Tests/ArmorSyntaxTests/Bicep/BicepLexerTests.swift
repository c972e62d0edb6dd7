import Testing
@testable import ArmorBase
@testable import ArmorSyntax

@Suite struct BicepLexerTests {
    static func lex(_ text: String) -> (tokens: BicepTokens, source: SourceFile) {
        let source = SourceFile(path: "t.bicep", text: text)
        return (BicepLexer.lex(source), source)
    }

    static func kinds(_ text: String) -> [BicepTokenKind] {
        lex(text).tokens.tokens.map(\.kind)
    }

    static func codes(_ text: String) -> [String] {
        lex(text).tokens.issues.map(\.code.rawValue)
    }

    /// Tokens plus trivia, sorted, tile the file with no gap and no overlap.
    static func coverageGap(_ source: SourceFile, _ lexed: BicepTokens) -> Int? {
        var pieces = lexed.tokens.map { ($0.start, $0.end) } + lexed.trivia.map { ($0.start, $0.start + $0.length) }
        pieces = pieces.filter { $0.0 != $0.1 }.sorted { $0.0 < $1.0 }
        var at: UInt32 = 0
        for (s, e) in pieces {
            if s != at { return Int(at) }
            at = e
        }
        return at == UInt32(source.bytes.count) ? nil : Int(at)
    }

    @Test func tokensAndTriviaCoverTheFileExactly() {
        let text = "\u{FEFF}// c\n@description('x ${a} y')\nparam p string = \"q\" /* b\n */\n" +
            "#disable-next-line BCP081 x-y\nvar v = $$'''a ${b} $${c}''' ?? [^1] €\r\nvar w = '''\nz'''\r"
        let (lexed, source) = Self.lex(text)
        #expect(Self.coverageGap(source, lexed) == nil)
        #expect(lexed.tokens.last?.kind == .endOfFile)
    }

    @Test func operatorsUseLongestMatch() {
        #expect(Self.kinds("... ?? :: == =~ => != !~ <= >= && || . ? : = ! < > | ^ & ;") == [
            .ellipsis, .doubleQuestion, .doubleColon, .equals, .equalsInsensitive, .arrow, .notEquals,
            .notEqualsInsensitive, .lessThanOrEqual, .greaterThanOrEqual, .logicalAnd, .logicalOr, .dot,
            .question, .colon, .assignment, .exclamation, .leftChevron, .rightChevron, .pipe, .hat,
            .unrecognized, .semicolon, .endOfFile,
        ])
    }

    @Test func keywordsAreContextualExceptTrueFalseNull() {
        #expect(Self.kinds("true false null resource Resource") == [
            .trueKeyword, .falseKeyword, .nullKeyword, .identifier, .identifier, .endOfFile,
        ])
    }

    @Test func interpolationSplitsIntoPieces() {
        let (lexed, source) = Self.lex("'${a}${b}'")
        #expect(lexed.tokens.map(\.kind) == [
            .stringLeftPiece, .identifier, .stringMiddlePiece, .identifier, .stringRightPiece, .endOfFile,
        ])
        #expect(lexed.tokens.map { source.text($0.span) } == ["'${", "a", "}${", "b", "}'", ""])
    }

    @Test func escapedDollarBraceIsNotAHole() {
        let (lexed, source) = Self.lex("'cost: \\${x}'")
        #expect(lexed.tokens.map(\.kind) == [.stringComplete, .endOfFile])
        #expect(BicepStringDecoder.decode(source.bytes, lexed.tokens[0]) == "cost: ${x}")
        #expect(lexed.issues.isEmpty)
    }

    @Test func escapesDecode() {
        let (lexed, source) = Self.lex("'a\\n\\t\\\\\\'\\u{1F600}'")
        #expect(BicepStringDecoder.decode(source.bytes, lexed.tokens[0]) == "a\n\t\\'😀")
        #expect(Self.codes("'\\q'") == ["BCP006"])
        #expect(Self.codes("'\\u{110000}'") == ["BCP133"])
    }

    @Test func multilineStrings() {
        let (plain, s1) = Self.lex("'''\n  x\n'''")
        #expect(BicepStringDecoder.decode(s1.bytes, plain.tokens[0]) == "  x\n")
        let (quotes, s2) = Self.lex("'''a''''")
        #expect(quotes.tokens.map(\.kind) == [.stringComplete, .endOfFile])
        #expect(BicepStringDecoder.decode(s2.bytes, quotes.tokens[0]) == "a'")
        let (shortRun, s3) = Self.lex("$$'''${x}'''")
        #expect(shortRun.tokens.map(\.kind) == [.stringComplete, .endOfFile])
        #expect(BicepStringDecoder.decode(s3.bytes, shortRun.tokens[0]) == "${x}")
        #expect(Self.kinds("$''''''") == [.stringComplete, .endOfFile])
        #expect(Self.codes("'''abc") == ["BCP140"])
    }

    @Test func interpolatedMultilineStringWithDollars() {
        let (lexed, source) = Self.lex("$$'''{\"a\": $${x}}'''")
        #expect(lexed.tokens.map(\.kind) == [.stringLeftPiece, .identifier, .stringRightPiece, .endOfFile])
        #expect(BicepStringDecoder.decode(source.bytes, lexed.tokens[0]) == "{\"a\": ")
        #expect(BicepStringDecoder.decode(source.bytes, lexed.tokens[2]) == "}")
        let (extra, s2) = Self.lex("$'''a$${x}'''")
        #expect(BicepStringDecoder.decode(s2.bytes, extra.tokens[0]) == "a$")
    }

    @Test func newLineRuns() {
        #expect(Self.kinds("a\n\nb") == [.identifier, .newLine, .identifier, .endOfFile])
        #expect(Self.kinds("a\n  \nb") == [.identifier, .newLine, .newLine, .identifier, .endOfFile])
        #expect(Self.kinds("a\r\n\rb") == [.identifier, .newLine, .identifier, .endOfFile])
        #expect(Self.kinds("a /*\n*/ b") == [.identifier, .identifier, .endOfFile])
    }

    @Test func unterminatedStringStopsAtNewLine() {
        #expect(Self.kinds("'abc\nx") == [.stringComplete, .newLine, .identifier, .endOfFile])
        #expect(Self.codes("'abc\nx") == ["BCP004"])
        #expect(Self.codes("'abc") == ["BCP003"])
        #expect(Self.kinds("'a${b\nc") == [.stringLeftPiece, .identifier, .stringRightPiece, .newLine, .identifier, .endOfFile])
    }

    @Test func unrecognizedCharacters() {
        #expect(Self.codes("\"x\"").first == "BCP103")
        #expect(Self.codes("é") == ["BCP001"])
        #expect(Self.kinds("é") == [.unrecognized, .endOfFile])
        #expect(Self.codes("/* open") == ["BCP002"])
        #expect(Self.codes(String(repeating: "a", count: 256)) == ["BCP024"])
        #expect(Self.codes("99999999999999999999") == ["BCP010"])
    }

    @Test func numbersHaveNoFraction() {
        #expect(Self.kinds("018 1.5") == [.integer, .integer, .dot, .integer, .endOfFile])
    }

    @Test func pragmasGoToTheSideTable() {
        let (lexed, source) = Self.lex("var a = 1\n  #disable-next-line BCP081 no-unused-vars\nvar b = 2\n#restore-diagnostics\n")
        #expect(lexed.pragmas.count == 2)
        #expect(lexed.pragmas[0].kind == .disableNextLine)
        #expect(lexed.pragmas[0].codes.map(\.code) == ["BCP081", "no-unused-vars"])
        #expect(lexed.pragmas[0].codes.map { source.text($0.span) } == ["BCP081", "no-unused-vars"])
        #expect(lexed.pragmas[0].line == 1)
        #expect(lexed.pragmas[1].kind == .restoreDiagnostics && lexed.pragmas[1].codes.isEmpty)
        #expect(lexed.issues.map(\.code.rawValue) == ["BCP226"])
        #expect(lexed.issues.first?.severity == .warning)
        #expect(!lexed.tokens.map(\.kind).contains(.unrecognized))
    }

    @Test func pragmaAfterCodeIsNotAPragma() {
        let (lexed, _) = Self.lex("var a = 1 #disable-next-line x\n")
        #expect(lexed.pragmas.isEmpty)
        #expect(lexed.issues.map(\.code.rawValue) == ["BCP001"])
        let (stops, _) = Self.lex("#disable-diagnostics/* x */ code\n")
        #expect(stops.pragmas.first?.codes.isEmpty == true)
    }

    @Test func bracesInsideHoles() {
        // `{` inside a hole pushes a brace entry; its `}` is a RightBrace.
        #expect(Self.kinds("'${ {} }'").prefix(4) == [.stringLeftPiece, .leftBrace, .rightBrace, .rightBrace])
        #expect(Self.kinds("'a${'b${c}'}'") == [
            .stringLeftPiece, .stringLeftPiece, .identifier, .stringRightPiece, .stringRightPiece, .endOfFile,
        ])
    }
}
