/// Positions by key without an array per key (a large template's resolver held one allocation
/// per resource and table that way): the last position of each key, and for each position the
/// one before it with the same key.
struct PositionIndex {
    private var last: [String: Int] = [:]
    private var previous: [Int]

    /// `keys[i]` is position `i`'s key; nil positions are left out.
    init(_ keys: [String?]) {
        previous = Array(repeating: -1, count: keys.count)
        for (i, key) in keys.enumerated() {
            guard let key else { continue }
            if let before = last.updateValue(i, forKey: key) { previous[i] = before }
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
