/// Dependency cycles of one template's graph (Tarjan's strongly connected components, made
/// iterative so that a long chain in a hostile file cannot exhaust the stack).
public enum Cycles {
    /// Each cycle's members in dependency order, starting at its first member in source order.
    /// Self-loops count as cycles of one.
    public static func find(_ graph: DependencyGraph) -> [[Int]] {
        let n = graph.count
        let successors = graph.edges.map { edges in edges.map(\.target).filter { $0 < n } }
        var index = Array(repeating: -1, count: n)
        var low = Array(repeating: 0, count: n)
        var onStack = Array(repeating: false, count: n)
        var stack: [Int] = []
        var counter = 0
        var components: [[Int]] = []
        for start in 0..<n where index[start] < 0 {
            var work: [(node: Int, next: Int)] = [(start, 0)]
            index[start] = counter; low[start] = counter; counter += 1
            stack.append(start); onStack[start] = true
            while let top = work.last {
                let node = top.node
                if top.next < successors[node].count {
                    work[work.count - 1].next += 1
                    let next = successors[node][top.next]
                    if index[next] < 0 {
                        index[next] = counter; low[next] = counter; counter += 1
                        stack.append(next); onStack[next] = true
                        work.append((next, 0))
                    } else if onStack[next] {
                        low[node] = min(low[node], index[next])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last { low[parent.node] = min(low[parent.node], low[node]) }
                guard low[node] == index[node] else { continue }
                var component: [Int] = []
                while let member = stack.popLast() {
                    onStack[member] = false
                    component.append(member)
                    if member == node { break }
                }
                if component.count > 1 || successors[node].contains(node) {
                    components.append(order(component, successors))
                }
            }
        }
        return components.sorted { ($0.first ?? 0) < ($1.first ?? 0) }
    }

    /// Walks the cycle from its first member in source order along edges inside the component.
    private static func order(_ component: [Int], _ successors: [[Int]]) -> [Int] {
        let members = Set(component)
        guard let first = component.min() else { return component }
        var path = [first]
        var seen: Set<Int> = [first]
        var current = first
        while let next = successors[current].first(where: { members.contains($0) && !seen.contains($0) }) {
            path.append(next)
            seen.insert(next)
            current = next
        }
        return path
    }
}
