@testable import ArmorBase
@testable import ArmorAnalysis

/// Parses Bicep text and returns each declaration's `dependsOn` symbols (graph-json order).
struct BicepGraphFixture {
    let analyzed: AnalyzedTemplate

    init(_ text: String) {
        analyzed = Frontend.analyze(SourceFile(path: "main.bicep", text: text))
    }

    var template: Template { analyzed.template }

    /// symbol → dependsOn symbols, in collation order.
    var dependsOn: [String: [String]] {
        var result: [String: [String]] = [:]
        for (i, r) in template.resources.enumerated() {
            result[r.symbol] = analyzed.graph.writtenTargets(of: i).map { template.resources[$0].symbol }
        }
        return result
    }

    var symbols: [String] { template.resources.map(\.symbol) }

    func resource(_ symbol: String) -> Resource? {
        template.resources.first { $0.symbol == symbol }
    }

    func edge(from: String, to: String) -> Edge? {
        guard let i = template.resourceIndex(symbol: from), let t = template.resourceIndex(symbol: to) else { return nil }
        return analyzed.graph.edges[i].first { $0.target == t }
    }

    var errorCodes: [String] {
        analyzed.allDiagnostics.filter { $0.severity == .error }.map(\.code.id)
    }
}
