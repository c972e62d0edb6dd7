import Testing
@testable import ArmorBase
@testable import ArmorSyntax

/// The quick paths of `ARMExpressionParser` (`parameters('x')` and kin without the general
/// argument list, function names from a table) must give what the general path gives, spans and
/// errors included.
@Suite struct ARMExpressionQuickPathTests {
    /// `json` (a JSON string literal, quotes included) lowered with and without quick paths.
    private func both(_ json: String) -> (quick: (Value, ARMExpressionError?), general: (Value, ARMExpressionError?)) {
        let source = SourceFile(path: "t.json", text: json)
        guard let root = JSONReader.read(source).root, case .string(let s) = root.kind else {
            Issue.record("not a JSON string: \(json)")
            let none = (Value(.unknown, at: .zero), ARMExpressionError?.none)
            return (none, none)
        }
        var quick = ARMExpressionParser.Scratch()
        var general = ARMExpressionParser.Scratch()
        general.quickPaths = false
        return (ARMExpressionParser.lower(s, span: root.span, in: source.bytes, scratch: &quick),
                ARMExpressionParser.lower(s, span: root.span, in: source.bytes, scratch: &general))
    }

    @Test(arguments: [
        #""[parameters('x')]""#, #""[PARAMETERS('x')]""#, #""[Variables( 'v' )]""#,
        #""[ parameters ( 'x' ) ]""#, "\"[parameters(\t'x'\n)]\"", #""[parameters('it''s')]""#,
        #""[parameters('''')]""#, #""[parameters('')]""#, #""[parameters('ünï ✓')]""#,
        #""[parameters('x').y]""#, #""[parameters('x')['k']]""#, #""[parameters('x')[variables('k')]]""#,
        #""[parameters(variables('n'))]""#, #""[parameters('a', 'b')]""#, #""[parameters('a'[0])]""#,
        #""[parameters('a'.b)]""#, #""[parameters()]""#, #""[parameters('x']""#, #""[parameters('x""#,
        #""[parameters('x'""#, #""[parameters(1)]""#, #""[parameters('x') ]""#,
        #""[concat(parameters('a'), variables('b'), 'c''d')]""#, #""[lambdaVariables('i')]""#,
        #""[lambda('i', lambdaVariables('i'))]""#, #""[sys.parameters('x')]""#, #""[ns.variables('x')]""#,
        #""[[parameters('x')]""#, #""[parameters('\u0061')]""#, #""[parameters('a\"b')]""#,
        #""[coalesce(parameters('a'), variables('b'))]""#, #""[tryGet(parameters('o'), 'k', 0)]""#,
        #""[if(true(), null(), FALSE())]""#, #""[subscriptionResourceId('T/t', parameters('n'))]""#,
        #""[myFunc_2(parameters('x'))]""#, #""[PARAMETER5('x')]""#, #""[parameterss('x')]""#,
        #""[__bicep.parameters('x')]""#, #""[variables('x').a.b[0]]""#,
    ])
    func quickPathsMatchTheGeneralPath(json: String) {
        let (quick, general) = both(json)
        #expect(quick.0 == general.0)
        #expect(quick.1 == general.1)
    }

    /// `stringLiteral` scans the buffer once and folds `''` only when it saw one.
    @Test func literalsFoldDoubledQuotesAnywhere() {
        let (quick, _) = both(#""[concat('a''', '''b', 'x''''y', '', 'ünï''✓', 'plain')]""#)
        guard case .call(_, _, let args) = quick.0.kind else { Issue.record("not a call"); return }
        #expect(args.map(\.stringLiteral) == ["a'", "'b", "x''y", "", "ünï'✓", "plain"])
        #expect(both(#""[concat('a''')]""#).quick.1 == nil)
        #expect(both(#""[concat('a'')]""#).quick.1?.message == "unterminated string literal: expected \"'\"")
    }

    @Test func quickPathKeepsTheNestingCap() {
        let depth = ARMExpressionParser.maxDepth
        for levels in [depth - 2, depth - 1, depth, depth + 1] {
            let json = "\"[" + String(repeating: "f(", count: levels) + "parameters('x')"
                + String(repeating: ")", count: levels) + "]\""
            let (quick, general) = both(json)
            #expect(quick.0 == general.0)
            #expect(quick.1 == general.1)
        }
    }

    @Test func knownNamesFoldAndCarryTheirSpecialFunction() {
        for name in ["parameters", "variables", "coalesce", "tryGet", "true", "false", "null", "lambda",
                     "lambdaVariables", "subscriptionResourceId", "createArray", "IF", "ReSoUrCeId"] {
            let known = ARMFunctionNames.known(ArraySlice(Array(name.utf8)))
            let folded = ARMExpressionParser.folded(ArraySlice(Array(name.utf8)))
            #expect(known?.name == folded)
            #expect(known?.special == SpecialFunction(folded))
        }
        for other in ["parameter5", "paramet_rs", "x", "", "notAFunctionAtAll", "$arameters"] {
            #expect(ARMFunctionNames.known(ArraySlice(Array(other.utf8))) == nil)
        }
    }
}
