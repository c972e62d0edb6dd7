import Testing
import ArmorTestSupport
@testable import ArmorAnalysis

@Suite struct LayeringTests {
    /// The definition `armor plan` had before: transitive waits per counted node by search,
    /// then waves of "every remaining node whose waits are all placed"; the rest is stuck (nil).
    static func reference(_ successors: [[Int]], counted: [Bool]) -> [Int?] {
        let nodes = successors.indices.filter { counted[$0] }
        var waits: [Int: Set<Int>] = [:]
        for x in nodes {
            var seen = Set<Int>(), queue = successors[x]
            while let n = queue.popLast() { if seen.insert(n).inserted { queue += successors[n] } }
            waits[x] = Set(nodes.filter { $0 != x && seen.contains($0) })
        }
        var layer = [Int?](repeating: nil, count: successors.count)
        var remaining = nodes, wave = 0
        while true {
            let ready = remaining.filter { x in waits[x, default: []].allSatisfy { layer[$0] != nil } }
            if ready.isEmpty { return layer }
            for x in ready { layer[x] = wave }
            remaining.removeAll { layer[$0] != nil }
            wave += 1
        }
    }

    @Test func randomGraphsMatchTheReference() {
        var random = SplitMix(seed: 42)
        var stuck = 0, layered = 0
        for _ in 0..<400 {
            let count = Int(random.next() % 14) + 1
            let density = random.next() % 4 + 1
            var successors = [[Int]](repeating: [], count: count)
            for a in 0..<count {
                for b in 0..<count where random.next() % 16 < density {
                    // Mostly forward edges (a DAG), a few back edges and self loops for cycles.
                    if b > a || random.next() % 6 == 0 { successors[a].append(b) }
                }
            }
            let counted = (0..<count).map { _ in random.next() % 4 != 0 }
            let expected = Self.reference(successors, counted: counted)
            #expect(Layering.layers(successors, counted: counted) == expected, "\(successors) \(counted)")
            stuck += expected.enumerated().filter { counted[$0.offset] && $0.element == nil }.count
            layered += expected.compactMap { $0 }.count
        }
        // The sample exercises both cycles and layering.
        #expect(stuck > 50 && layered > 500)
    }

    @Test func longChainNeedsNoRecursion() {
        let count = 200_000
        let successors = (0..<count).map { $0 == 0 ? [] : [$0 - 1] }
        let layers = Layering.layers(successors, counted: Array(repeating: true, count: count))
        #expect(layers[count - 1] == count - 1)
    }
}
