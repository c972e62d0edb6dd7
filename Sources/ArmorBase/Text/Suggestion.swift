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

    /// Levenshtein distance on bytes, ASCII case folded.
    static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = ASCIICase.fold(a[i - 1]) == ASCIICase.fold(b[j - 1]) ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
