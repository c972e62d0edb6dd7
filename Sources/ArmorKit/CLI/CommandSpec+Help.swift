/// `armor <command> --help`, made from the command's table: the usage line, the prose, then
/// each option with its value placeholder, its help and, for a choice, the allowed values.
extension CommandSpec {
    var help: String {
        var text = "Usage: \(usageLine)\n"
        if !about.isEmpty { text += "\n\(about)\n" }
        text += "\nOptions:\n" + Self.optionRows(options)
        if !footer.isEmpty { text += "\n\(footer)\n" }
        return text
    }

    /// `  -f, --format FORMAT   help`, the help column aligned; continuation lines (a `\n` in the
    /// help, the list of choices) start at that column.
    static func optionRows(_ options: [Option]) -> String {
        let lefts = options.map { option in
            (option.short.map { "-\($0), " } ?? "") + "--\(option.name)" + (option.placeholder.map { " \($0)" } ?? "")
        }
        let column = min(max(lefts.map(\.count).max() ?? 0, 20), 28) + 4
        var rows = ""
        for (option, left) in zip(options, lefts) {
            var lines = option.help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if case .choice(_, let choices) = option.kind {
                lines.append("one of: " + choices.joined(separator: ", "))
            }
            if case .repeatable = option.kind { lines.append("may be given more than once") }
            let head = "  " + left
            if head.count + 2 > column {
                rows += head + "\n"
            } else {
                rows += head + String(repeating: " ", count: column - head.count) + lines.removeFirst() + "\n"
            }
            for line in lines { rows += String(repeating: " ", count: column) + line + "\n" }
        }
        return rows
    }
}
