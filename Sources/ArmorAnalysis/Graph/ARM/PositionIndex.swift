/// Positions by key without an array per key (a large template's resolver held one allocation
/// per resource and table that way): the last position of each key, and for each position the
/// one before it with the same key.
struct PositionIndex {
    private var last: [String: Int] = [:]
    private var previous: [Int]

    /// `key(texts[i])` is position `i`'s key; nil positions are left out. The keys are made
    /// one at a time (no array of them beside the table) into a table sized once: growing it
    /// held its old and new storage at once, a large template's peak.
    init(_ texts: [String?], key: (String) -> String) {
        previous = Array(repeating: -1, count: texts.count)
        last.reserveCapacity(texts.count)
        for (i, text) in texts.enumerated() {
            guard let text else { continue }
            if let before = last.updateValue(i, forKey: key(text)) { previous[i] = before }
        }
    }

    /// The positions of `key`, last first.
    func forEach(_ key: String, _ body: (Int) -> Void) {
        var i = last[key] ?? -1
        while i >= 0 {
            body(i)
            i = previous[i]
        }
    }
}
