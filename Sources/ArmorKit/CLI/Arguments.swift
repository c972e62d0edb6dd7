/// A hand-written command-line parser: `armor COMMAND [options] [positionals]`.
/// Options are `--name value`, `--name=value` or boolean `--flag`; `--` ends options.
public struct Arguments: Sendable, Equatable {
    public var positionals: [String] = []
    public var values: [String: [String]] = [:]
    public var flags: Set<String> = []

    public struct Spec: Sendable {
        /// Options that take a value (without the leading `--`).
        public var valued: Set<String>
        /// Boolean options.
        public var flags: Set<String>
        /// Single-letter aliases (`-o` → `output`).
        public var short: [Character: String] = [:]
    }

    public struct Failure: Error, Sendable, Equatable {
        public var message: String
    }

    public static func parse(_ words: [String], spec: Spec) throws(Failure) -> Arguments {
        var result = Arguments()
        var i = 0
        var optionsEnded = false
        while i < words.count {
            let word = words[i]
            i += 1
            if optionsEnded || word == "-" || !word.hasPrefix("-") {
                result.positionals.append(word)
                continue
            }
            if word == "--" { optionsEnded = true; continue }
            var name: String
            var inlineValue: String?
            if word.hasPrefix("--") {
                name = String(word.dropFirst(2))
                if let eq = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: eq)...])
                    name = String(name[..<eq])
                }
            } else if word.count == 2, let letter = word.last, let long = spec.short[letter] {
                name = long
            } else {
                throw Failure(message: "unknown option '\(word)'")
            }
            if spec.flags.contains(name) {
                if inlineValue != nil { throw Failure(message: "option '--\(name)' takes no value") }
                result.flags.insert(name)
            } else if spec.valued.contains(name) {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if i < words.count {
                    value = words[i]
                    i += 1
                } else {
                    throw Failure(message: "option '--\(name)' needs a value")
                }
                result.values[name, default: []].append(value)
            } else {
                throw Failure(message: "unknown option '--\(name)'")
            }
        }
        return result
    }

    public func value(_ name: String) -> String? { values[name]?.last }
    public func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// The value of an option restricted to a fixed set of choices.
    public func choice(_ name: String, of choices: [String]) throws(Failure) -> String? {
        guard let value = value(name) else { return nil }
        guard choices.contains(value) else {
            throw Failure(message: "invalid value '\(value)' for '--\(name)': expected one of \(choices.joined(separator: ", "))")
        }
        return value
    }
}
