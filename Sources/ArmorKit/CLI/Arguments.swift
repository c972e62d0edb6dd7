import ArmorBase

/// A command's words parsed against its option table (`CommandSpec`):
/// `armor COMMAND [options] [positionals]`. Options are `--name value`, `--name=value`, a flag
/// `--flag`, or a declared single letter (`-f value`); `--` ends options, `-` is a positional.
/// Commands read options through typed keys (`arguments[LintCommand.Options.output]`).
public struct Arguments: Sendable, Equatable {
    public var positionals: [String] = []
    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    /// The names in the table, so that reading a key of another command's table is caught.
    var known: Set<String> = []

    public struct Failure: Error, Sendable, Equatable {
        public var message: String
    }

    subscript(key: OptionKey<Bool>) -> Bool {
        assert(known.contains(key.option.name), "--\(key.option.name) is not in this command's table")
        return flags.contains(key.option.name)
    }

    subscript(key: OptionKey<String?>) -> String? {
        assert(known.contains(key.option.name), "--\(key.option.name) is not in this command's table")
        return values[key.option.name]?.last
    }

    /// The table has checked the value against the cases already.
    subscript<Choice: OptionChoice>(key: OptionKey<Choice?>) -> Choice? {
        assert(known.contains(key.option.name), "--\(key.option.name) is not in this command's table")
        return values[key.option.name]?.last.flatMap(Choice.init(rawValue:))
    }

    subscript(key: OptionKey<[String]>) -> [String] {
        assert(known.contains(key.option.name), "--\(key.option.name) is not in this command's table")
        return values[key.option.name] ?? []
    }

    package static func parse(_ words: [String], spec: CommandSpec) throws(Failure) -> Arguments {
        var result = Arguments(known: Set(spec.options.map(\.name)))
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
            var (option, inlineValue) = try lookUp(word, in: spec)
            if !option.takesValue {
                if inlineValue != nil { throw Failure(message: "option '--\(option.name)' takes no value") }
                result.flags.insert(option.name)
                continue
            }
            if inlineValue == nil, i < words.count {
                inlineValue = words[i]
                i += 1
            }
            guard let value = inlineValue else {
                throw Failure(message: "option '--\(option.name)' needs a value (\(option.placeholder ?? "VALUE"))")
            }
            if case .choice(_, let choices) = option.kind, !choices.contains(value) {
                throw Failure(message: "invalid value '\(value)' for '--\(option.name)': expected one of \(choices.joined(separator: ", "))")
            }
            result.values[option.name, default: []].append(value)
        }
        return result
    }

    /// The option a word names (`--name`, `--name=value`, `-x`) and its inline value.
    private static func lookUp(_ word: String, in spec: CommandSpec) throws(Failure) -> (Option, String?) {
        if word.hasPrefix("--") {
            var name = String(word.dropFirst(2))
            var inlineValue: String?
            if let eq = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            if let option = spec.option(named: name) { return (option, inlineValue) }
            let hint = Suggestion.hint(for: "--" + name, in: spec.options.map { "--" + $0.name })
            throw Failure(message: "unknown option '--\(name)' for armor \(spec.name)\(hint)")
        }
        if word.count == 2, let letter = word.last, let option = spec.option(short: letter) {
            return (option, nil)
        }
        throw Failure(message: "unknown option '\(word)' for armor \(spec.name)")
    }
}
