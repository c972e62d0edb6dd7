/// A unified diff of two texts (`--diff`), three lines of context, `---`/`+++` headers.
package enum UnifiedDiff {
    package static func render(path: String, old: [UInt8], new: [UInt8]) -> String {
        let a = lines(old), b = lines(new)
        guard a != b else { return "" }
        let script = editScript(a, b)
        var out = "--- \(path)\n+++ \(path)\n"
        // Group changes into hunks with three lines of context.
        var i = 0
        while i < script.count {
            guard script[i].kind != .same else { i += 1; continue }
            var start = i
            var context = 0
            while start > 0 && context < 3 && script[start - 1].kind == .same { start -= 1; context += 1 }
            var end = i
            while end < script.count {
                if script[end].kind != .same { end += 1; continue }
                var run = end
                while run < script.count && script[run].kind == .same { run += 1 }
                if run == script.count || run - end > 6 { end = min(end + 3, run); break }
                end = run
            }
            let hunk = script[start..<end]
            let oldStart = script[start].oldLine, newStart = script[start].newLine
            let oldCount = hunk.filter { $0.kind != .added }.count, newCount = hunk.filter { $0.kind != .removed }.count
            out += "@@ -\(oldCount == 0 ? oldStart - 1 : oldStart),\(oldCount) +\(newCount == 0 ? newStart - 1 : newStart),\(newCount) @@\n"
            for step in hunk {
                let marker = step.kind == .same ? " " : step.kind == .removed ? "-" : "+"
                out += marker + step.text
                if !step.text.hasSuffix("\n") { out += "\n\\ No newline at end of file\n" }
            }
            i = end
        }
        return out
    }

    private enum Kind { case same, removed, added }
    private struct Step {
        var kind: Kind
        var text: String
        var oldLine: Int
        var newLine: Int
    }

    /// Lines with their terminators.
    private static func lines(_ bytes: [UInt8]) -> [String] {
        var result: [String] = []
        var start = 0
        for (i, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            result.append(String(decoding: bytes[start...i], as: UTF8.self))
            start = i + 1
        }
        if start < bytes.count { result.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return result
    }

    /// Common prefix and suffix, then a longest common subsequence of the middle (replaced whole
    /// when it is too large to compare line by line).
    private static func editScript(_ a: [String], _ b: [String]) -> [Step] {
        var prefix = 0
        while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix && suffix < b.count - prefix && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let x = Array(a[prefix..<(a.count - suffix)]), y = Array(b[prefix..<(b.count - suffix)])
        var steps: [Step] = []
        for k in 0..<prefix { steps.append(Step(kind: .same, text: a[k], oldLine: k + 1, newLine: k + 1)) }
        var i = 0, j = 0
        if x.count * y.count <= 4_000_000 {
            var table = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
            for p in stride(from: x.count - 1, through: 0, by: -1) {
                for q in stride(from: y.count - 1, through: 0, by: -1) {
                    table[p][q] = x[p] == y[q] ? table[p + 1][q + 1] + 1 : max(table[p + 1][q], table[p][q + 1])
                }
            }
            while i < x.count && j < y.count {
                if x[i] == y[j] {
                    steps.append(Step(kind: .same, text: x[i], oldLine: prefix + i + 1, newLine: prefix + j + 1)); i += 1; j += 1
                } else if table[i + 1][j] >= table[i][j + 1] {
                    steps.append(Step(kind: .removed, text: x[i], oldLine: prefix + i + 1, newLine: prefix + j + 1)); i += 1
                } else {
                    steps.append(Step(kind: .added, text: y[j], oldLine: prefix + i + 1, newLine: prefix + j + 1)); j += 1
                }
            }
        }
        while i < x.count { steps.append(Step(kind: .removed, text: x[i], oldLine: prefix + i + 1, newLine: prefix + j + 1)); i += 1 }
        while j < y.count { steps.append(Step(kind: .added, text: y[j], oldLine: prefix + i + 1, newLine: prefix + j + 1)); j += 1 }
        for k in 0..<suffix {
            steps.append(Step(kind: .same, text: a[a.count - suffix + k], oldLine: a.count - suffix + k + 1, newLine: b.count - suffix + k + 1))
        }
        return steps
    }
}
