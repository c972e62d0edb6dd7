import Testing
import ArmorBase
import ArmorSyntax
@testable import ArmorAnalysis

/// Integer extremes in evaluated functions are unknown, never an overflow trap (found by the
/// fuzz step and the truncation sweep; the reproducers are seeds in Tests/Fuzz/seeds/bicep/).
@Suite struct EvaluatorOverflowTests {
    static let max = Int64.max
    static let min = Int64.min

    @Test func substringWithALengthThatOverflowsTheEnd() {
        #expect(evaluateAlone(V.call("substring", V.s("abc"), V.i(2), V.i(Self.max))) == .unknown)
        #expect(evaluateAlone(V.call("substring", V.s("abc"), V.i(Self.max), V.i(Self.max))) == .unknown)
        #expect(evaluateAlone(V.call("substring", V.s("abc"), V.i(1), V.i(2))) == .string("bc"))
        #expect(evaluateAlone(V.call("substring", V.s("abc"), V.i(3))) == .string(""))
    }

    @Test func substringFromTheMostNegativeStart() {
        #expect(evaluateAlone(V.call("substring", V.s("abc"), V.i(Self.min))) == .unknown)
        #expect(evaluateAlone(V.call("substring", V.s("abc"), V.i(Self.min), V.i(1))) == .unknown)
    }

    @Test func indexFromTheEndByTheMostNegativeInteger() {
        let items = V.arr(V.i(1), V.i(2))
        #expect(evaluateAlone(V.index(items, V.i(Self.min), fromEnd: true)) == .unknown)
        #expect(evaluateAlone(V.index(items, V.i(Self.min), safe: true, fromEnd: true)) == .null)
        #expect(evaluateAlone(V.index(items, V.i(1), fromEnd: true)) == .int(2))
    }

    @Test func formatPlaceholderAtTheLargestIndex() {
        #expect(evaluateAlone(V.call("format", V.s("{9223372036854775807}"), V.s("a"))) == .unknown)
        #expect(evaluateAlone(V.call("format", V.s("{0}"), V.s("a"))) == .string("a"))
    }

    /// The Bicep reproducer as `armor model` met it: parsed, then every variable evaluated.
    @Test func bicepReproducerEvaluates() {
        let text = """
        var c = -9223372036854775807 - 1
        var a = substring('abc', 2, 9223372036854775807)
        var b = substring('abc', c)
        var d = [1, 2][^c]
        var e = format('{9223372036854775807}', 1)
        """
        let template = BicepFrontend.parseTemplate(SourceFile(path: "main.bicep", text: text))
        let evaluator = Evaluator(template: template)
        for variable in template.variables {
            let value = evaluator.evaluate(Value(.variable(variable.name), at: variable.span))
            #expect(value == (variable.name == "c" ? .int(Self.min) : .unknown), "\(variable.name)")
        }
    }
}
