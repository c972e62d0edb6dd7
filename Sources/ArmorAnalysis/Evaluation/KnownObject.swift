import ArmorBase

/// An object value: keys in written order, looked up case-insensitively like ARM. Setting a key
/// that exists (in any case) replaces its value in place and keeps the first spelling.
public struct KnownObject: Sendable, Equatable, Hashable {
    public struct Entry: Sendable, Equatable, Hashable {
        public var key: String
        public var value: KnownValue

        public init(key: String, value: KnownValue) {
            self.key = key
            self.value = value
        }
    }

    public private(set) var entries: [Entry]

    public init() { entries = [] }

    public init(_ pairs: [(String, KnownValue)]) {
        entries = []
        for (key, value) in pairs { self[key] = value }
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }
    public var keys: [String] { entries.map(\.key) }
    public var values: [KnownValue] { entries.map(\.value) }

    public func index(of key: String) -> Int? {
        // ASCII keys (nearly all) compare without allocating; others as before, lowercased.
        let asciiKey = key.utf8.allSatisfy { $0 < 0x80 }
        var lowered: String?
        return entries.firstIndex { entry in
            if ASCIICase.equal(entry.key, key) { return true }
            if asciiKey && entry.key.utf8.allSatisfy({ $0 < 0x80 }) { return false }
            if lowered == nil { lowered = key.lowercased() }
            return entry.key.lowercased() == lowered
        }
    }

    public subscript(key: String) -> KnownValue? {
        get { index(of: key).map { entries[$0].value } }
        set {
            if let i = index(of: key) {
                if let newValue { entries[i].value = newValue } else { entries.remove(at: i) }
            } else if let newValue {
                entries.append(Entry(key: key, value: newValue))
            }
        }
    }

    /// ARM `union` of two objects: later keys win, nested objects merge recursively, arrays and
    /// other values are replaced. A merge that meets an `.unknown` where an object could be gives
    /// `.unknown` for that key (its keys cannot be known).
    public func merged(with other: KnownObject) -> KnownObject {
        var result = self
        for entry in other.entries {
            guard let existing = result[entry.key] else {
                result[entry.key] = entry.value
                continue
            }
            switch (existing, entry.value) {
            case (.object(let a), .object(let b)): result[entry.key] = .object(a.merged(with: b))
            case (.unknown, .object), (.object, .unknown): result[entry.key] = .unknown
            default: result[entry.key] = entry.value
            }
        }
        return result
    }

    /// Semantic equality: same key set (case-insensitive), values equal; order ignored.
    func equals(_ other: KnownObject, ignoringCase: Bool) -> Bool? {
        guard count == other.count else { return false }
        var pairs: [(KnownValue, KnownValue)] = []
        for entry in entries {
            guard let value = other[entry.key] else { return false }
            pairs.append((entry.value, value))
        }
        return KnownValue.allEqual(pairs, ignoringCase: ignoringCase)
    }
}
