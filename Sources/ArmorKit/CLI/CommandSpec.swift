/// A command's declared interface: its positional arguments, its option table and the prose of
/// its `--help`. `Arguments.parse` reads the table; `help` is generated from it.
package struct CommandSpec: Sendable {
    /// `lint`, as typed after `armor`.
    package var name: String
    /// The positionals in the usage line: `[PATH ...]`, `FILE`, or "".
    package var arguments: String
    /// One line for `armor --help`.
    package var summary: String
    /// Paragraphs under the usage line of `armor <name> --help`.
    package var about: String
    /// The command's own options; `--help` is added to every table.
    package var options: [Option]
    /// Lines after the options (exit status, where settings come from).
    package var footer: String

    init(name: String, arguments: String = "", summary: String, about: String = "", options: [Option] = [],
         footer: String = "") {
        self.name = name
        self.arguments = arguments
        self.summary = summary
        self.about = about
        self.options = options + [Option.help]
        self.footer = footer
    }

    /// `armor lint [PATH ...] [options]`.
    var usageLine: String {
        var line = "armor \(name)"
        if !arguments.isEmpty { line += " " + arguments }
        if options.count > 1 { line += " [options]" }
        return line
    }

    func option(named name: String) -> Option? { options.first { $0.name == name } }

    func option(short letter: Character) -> Option? { options.first { $0.short == letter } }

    /// A usage error that points at this command's help.
    func usageError(_ message: String) -> CommandResult {
        CommandResult(stderr: "armor: error: \(message)\nRun 'armor \(name) --help' for usage.\n", status: .usage)
    }

    /// What a command starts from: its arguments, or the answer to give at once (its help, or a
    /// usage error when the words do not fit the table).
    enum Parsed {
        case arguments(Arguments)
        case answer(CommandResult)
    }

    func parse(_ words: [String]) -> Parsed {
        do {
            let arguments = try Arguments.parse(words, spec: self)
            if arguments[Self.helpKey] { return .answer(CommandResult(stdout: help)) }
            return .arguments(arguments)
        } catch {
            return .answer(usageError(error.message))
        }
    }

    /// What a command that takes exactly one positional starts from: its arguments and that
    /// positional, or the answer to give at once (`message` is the usage error for any other count).
    enum ParsedOne {
        case arguments(Arguments, String)
        case answer(CommandResult)
    }

    func parse(_ words: [String], exactlyOne message: String) -> ParsedOne {
        switch parse(words) {
        case .answer(let result): return .answer(result)
        case .arguments(let arguments):
            guard arguments.positionals.count == 1, let positional = arguments.positionals.first else {
                return .answer(usageError(message))
            }
            return .arguments(arguments, positional)
        }
    }

    static let helpKey = OptionKey<Bool>(option: Option.help)
}
