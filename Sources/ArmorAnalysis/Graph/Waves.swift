/// Deployment "waves": what Resource Manager can run in parallel. Wave 0 holds what waits for
/// nothing; a declaration is in the wave after the latest of its dependencies.
public struct Waves: Sendable, Equatable {
    /// Resource indices per wave, each wave in source order.
    public var waves: [[Int]]
    /// Declarations on or behind a dependency cycle: they never start.
    public var blocked: [Int]

    /// Existing resources take part (ARM reads them), as do ARM's inferred edges.
    public init(_ graph: DependencyGraph) {
        let n = graph.count
        var level = Array(repeating: -1, count: n)
        var remaining = graph.edges.map { Set($0.map(\.target).filter { $0 < n }).count }
        var dependents = Array(repeating: [Int](), count: n)
        for (source, edges) in graph.edges.enumerated() {
            for target in Set(edges.map(\.target)) where target < n { dependents[target].append(source) }
        }
        var frontier = (0..<n).filter { remaining[$0] == 0 }
        var waves: [[Int]] = []
        while !frontier.isEmpty {
            let wave = frontier.sorted()
            for index in wave { level[index] = waves.count }
            waves.append(wave)
            var next: [Int] = []
            for index in wave {
                for dependent in dependents[index] {
                    remaining[dependent] -= 1
                    if remaining[dependent] == 0 { next.append(dependent) }
                }
            }
            frontier = next
        }
        self.waves = waves
        self.blocked = (0..<n).filter { level[$0] < 0 }
    }
}
