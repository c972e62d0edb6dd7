/// "Did you mean …?" for misspelt keys and rule ids.
package enum Suggestion {
    /// The candidate closest to `word` by edit distance, when it is close enough to be a typo.
    package static func closest(to word: String, in candidates: [String], maxDistance: Int = 2) -> String? {
        let w = Array(word.utf8)
        var best: (String, Int)?
        for candidate in candidates {
            let d = distance(w, Array(candidate.utf8))
            if d <= maxDistance, d < (best?.1 ?? .max) { best = (candidate, d) }
        }
        return best?.0
    }

    /// ", did you mean 'x'?" or "".
    package static func hint(for word: String, in candidates: [String]) -> String {
        closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Edit distance on bytes, ASCII case folded, where swapping two neighbours is one edit
    /// (optimal string alignment): `lnit` is one edit from `lint`, as from `init`.
    static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let a = a.map(ASCIICase.fold), b = b.map(ASCIICase.fold)
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
