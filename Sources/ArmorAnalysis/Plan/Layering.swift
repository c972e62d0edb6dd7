/// Longest-path layers of a "waits for" graph in O(V + E): a counted node's layer is one more
/// than the highest layer among the counted nodes it reaches (0 when it reaches none). Nodes
/// that are not counted (modules, `existing`, module start nodes) pass order on but take no
/// layer. A counted node on a cycle with another counted node, or reaching one, has no layer:
/// waiting for each other, none of them is ever ready.
///
/// This is what repeatedly taking "every node whose transitive waits are all placed" gives, as
/// `armor plan` defines waves, without the transitive sets.
enum Layering {
    static func layers(_ successors: [[Int]], counted: [Bool]) -> [Int?] {
        let components = StronglyConnected(successors)
        var layer = [Int?](repeating: nil, count: successors.count)
        // Per component: the highest layer reachable from it (-1: none), and whether a
        // blocked node is reachable from it.
        var blocked = [Bool](repeating: false, count: components.members.count)
        var top = [Int](repeating: -1, count: components.members.count)
        // Tarjan's order: a component comes after every component it reaches.
        for (c, members) in components.members.enumerated() {
            var highest = -1
            var blockedBelow = false
            for node in members {
                for next in successors[node] where components.component[next] != c {
                    let d = components.component[next]
                    highest = max(highest, top[d])
                    blockedBelow = blockedBelow || blocked[d]
                }
            }
            let countedHere = members.filter { counted[$0] }
            blocked[c] = blockedBelow || countedHere.count > 1
            top[c] = highest
            if !blocked[c], let node = countedHere.first {
                layer[node] = highest + 1
                top[c] = highest + 1
            }
        }
        return layer
    }
}

/// Tarjan's strongly connected components, iterative (a 100,000-long chain must not overflow
/// the stack). `members` lists components so that each comes after all the components it reaches.
struct StronglyConnected {
    var component: [Int]
    var members: [[Int]] = []

    init(_ successors: [[Int]]) {
        let count = successors.count
        component = Array(repeating: -1, count: count)
        var index = Array(repeating: -1, count: count)
        var lowLink = Array(repeating: 0, count: count)
        var onStack = Array(repeating: false, count: count)
        var stack: [Int] = []
        var nextIndex = 0
        // Explicit call stack: (node, position in its successor list).
        var calls: [(node: Int, edge: Int)] = []
        for root in 0..<count where index[root] < 0 {
            calls.append((root, 0))
            index[root] = nextIndex; lowLink[root] = nextIndex; nextIndex += 1
            stack.append(root); onStack[root] = true
            while let (node, edge) = calls.last {
                if edge < successors[node].count {
                    calls[calls.count - 1].edge += 1
                    let next = successors[node][edge]
                    if index[next] < 0 {
                        index[next] = nextIndex; lowLink[next] = nextIndex; nextIndex += 1
                        stack.append(next); onStack[next] = true
                        calls.append((next, 0))
                    } else if onStack[next] {
                        lowLink[node] = min(lowLink[node], index[next])
                    }
                    continue
                }
                calls.removeLast()
                if let parent = calls.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[node]) }
                guard lowLink[node] == index[node] else { continue }
                var group: [Int] = []
                while let top = stack.popLast() {
                    onStack[top] = false
                    component[top] = members.count
                    group.append(top)
                    if top == node { break }
                }
                members.append(group)
            }
        }
    }
}
