/// Array and object functions. Arrays may hold unknown elements: a function whose answer does
/// not depend on them (length, indexing a known element) still answers.
extension Evaluator {
    /// ARM caps `range` (and copy loops) at 800 / 10,000 elements; refusing bigger ones keeps a
    /// hostile template from allocating without bound.
    static let maxRangeCount: Int64 = 10_000

    func collectionFunction(_ function: String, _ values: [KnownValue]) -> KnownValue? {
        switch (function, values.count) {
        case ("length", 1): return length(values[0])
        case ("empty", 1): return length(values[0]).intValue.map { .bool($0 == 0) }
            ?? (values[0] == .null ? .bool(true) : .unknown)
        case ("contains", 2): return contains(values[0], values[1])
        case ("first", 1), ("last", 1): return firstOrLast(values[0], first: function == "first")
        case ("createarray", _): return .array(values)
        case ("array", 1):
            switch values[0] {
            case .array: return values[0]
            case .unknown: return .unknown
            default: return .array([values[0]])
            }
        case ("createobject", _): return createObject(values)
        case ("range", 2): return range(values[0], values[1])
        case ("union", 1...): return union(values)
        case ("take", 2), ("skip", 2): return takeOrSkip(values[0], values[1], take: function == "take")
        case ("min", 1...), ("max", 1...): return minMax(values, max: function == "max")
        case ("objectkeys", 1):
            return values[0].objectValue.map { .array($0.keys.map { .string($0) }) } ?? .unknown
        case ("tryget", 2...):
            var current = values[0]
            for key in values.dropFirst() { current = index(current, key, safe: true, fromEnd: false) }
            return current
        default:
            return nil
        }
    }

    private func length(_ value: KnownValue) -> KnownValue {
        switch value {
        case .string(let s): .int(Int64(s.utf16.count))
        case .array(let items): .int(Int64(items.count))
        case .object(let object): .int(Int64(object.count))
        default: .unknown
        }
    }

    /// String containment is case-sensitive, object keys are not (ARM `contains`).
    private func contains(_ container: KnownValue, _ item: KnownValue) -> KnownValue {
        switch (container, item) {
        case (.string(let s), .string(let needle)):
            return .bool(needle.isEmpty || s.contains(needle))
        case (.string(let s), .int(let i)):
            return .bool(s.contains(String(i)))
        case (.object(let object), .string(let key)):
            return .bool(object[key] != nil)
        case (.array(let items), _):
            guard !item.isUnknown else { return .unknown }
            var sawUnknown = false
            for element in items {
                switch element.equals(item) {
                case .some(true): return .bool(true)
                case .none: sawUnknown = true
                case .some(false): break
                }
            }
            return sawUnknown ? .unknown : .bool(false)
        default:
            return .unknown
        }
    }

    private func firstOrLast(_ value: KnownValue, first: Bool) -> KnownValue {
        switch value {
        case .array(let items): return (first ? items.first : items.last) ?? .unknown
        case .string(let s):
            guard let c = first ? s.first : s.last else { return .unknown }
            return .string(String(c))
        default: return .unknown
        }
    }

    private func createObject(_ values: [KnownValue]) -> KnownValue {
        guard values.count % 2 == 0 else { return .unknown }
        var object = KnownObject()
        var i = 0
        while i + 1 < values.count {
            guard let key = values[i].stringValue else { return .unknown }
            object[key] = values[i + 1]
            i += 2
        }
        return .object(object)
    }

    private func range(_ start: KnownValue, _ count: KnownValue) -> KnownValue {
        guard let s = start.intValue, let n = count.intValue, n >= 0, n <= Self.maxRangeCount,
              s <= Int64.max - n else { return .unknown }
        return .array((0..<n).map { .int(s + $0) })
    }

    /// Objects deep-merge (later keys win); arrays keep the first of equal elements, in order.
    private func union(_ values: [KnownValue]) -> KnownValue {
        if values.allSatisfy({ $0.objectValue != nil }) {
            var merged = KnownObject()
            for value in values { if let object = value.objectValue { merged = merged.merged(with: object) } }
            return .object(merged)
        }
        guard values.allSatisfy({ $0.arrayValue != nil }) else { return .unknown }
        var result: [KnownValue] = []
        for item in values.flatMap({ $0.arrayValue ?? [] }) {
            // Deduplication needs to know, for each pair, equal or not: elements that differ in a
            // known field are different even when other fields are unknown.
            var duplicate = false
            for kept in result {
                switch kept.equals(item) {
                case true?: duplicate = true
                case false?: continue
                case nil: return .unknown
                }
                if duplicate { break }
            }
            if !duplicate { result.append(item) }
        }
        return .array(result)
    }

    private func takeOrSkip(_ value: KnownValue, _ count: KnownValue, take: Bool) -> KnownValue {
        guard let n = count.intValue else { return .unknown }
        switch value {
        case .array(let items):
            let k = Int(max(0, min(n, Int64(items.count))))
            return .array(Array(take ? items.prefix(k) : items.dropFirst(k)))
        case .string(let s):
            let units = Array(s.utf16)
            let k = Int(max(0, min(n, Int64(units.count))))
            return .string(String(decoding: take ? units.prefix(k) : units.dropFirst(k), as: UTF16.self))
        default:
            return .unknown
        }
    }

    private func minMax(_ values: [KnownValue], max: Bool) -> KnownValue {
        let items = values.count == 1 ? (values[0].arrayValue ?? []) : values
        let ints = items.compactMap(\.intValue)
        guard !ints.isEmpty, ints.count == items.count else { return .unknown }
        return .int((max ? ints.max() : ints.min()) ?? 0)
    }
}
