extension DeploymentEvaluation {
    /// What two elements of a looped module pass alike: equal values stay, objects with the same
    /// keys and arrays of the same length are compared part by part, and whatever differs is
    /// unknown. So `{ name: c.name, category: 'CognitiveSearch' }` keeps its category.
    static func commonValue(_ a: KnownValue, _ b: KnownValue) -> KnownValue {
        if a == b { return a }
        switch (a, b) {
        case (.object(let x), .object(let y)):
            guard x.count == y.count else { return .unknown }
            var result = KnownObject()
            for entry in x.entries {
                guard let other = y[entry.key] else { return .unknown }
                result[entry.key] = commonValue(entry.value, other)
            }
            return .object(result)
        case (.array(let x), .array(let y)):
            guard x.count == y.count else { return .unknown }
            return .array(zip(x, y).map { commonValue($0, $1) })
        default:
            return .unknown
        }
    }
}
