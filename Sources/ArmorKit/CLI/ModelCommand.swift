/// `armor model FILE [--parameters FILE] [--format json]`: what armor's model knows about every
/// declaration of a deployment (root and every module instance), read through the rules' own
/// APIs. Comparing the dump of a `.bicep` with the dump of its compiled `main.json` finds
/// front-end and evaluator bugs (`Tests/oracle/compare.py`).
enum ModelCommand {
    enum Format: String, OptionChoice {
        case json
    }

    enum Options {
        static let format = OptionKey<Format?>.choice(
            "format", short: "f", placeholder: "FORMAT", help: "the dump's format")
        static let parameters = OptionKey<String?>.value(
            "parameters", placeholder: "FILE", help: "parameter values (.bicepparam or ARM parameters JSON)")
        static let config = OptionKey<String?>.value(
            "config", placeholder: "FILE", help: "use this armor.json (its parameters entry)")
    }

    static let spec = CommandSpec(
        name: "model", arguments: "FILE",
        summary: "what armor knows of each declaration, as JSON (names, conditions, scopes, loops, values)",
        about: """
        Dumps, as JSON, what armor's model knows about every declaration of a deployment (the root
        template and every module instance): names, conditions, scopes, loops, the values rules read.
        """,
        options: [Options.format.option, Options.parameters.option, Options.config.option],
        footer: "Exit status: 0 clean, 1 syntax errors, 2 usage or I/O error.")

    static func run(_ words: [String], environment: [String: String]) -> CommandResult {
        let arguments: Arguments, path: String
        switch spec.parse(words, exactlyOne: "'armor model' takes exactly one template file") {
        case .answer(let result): return result
        case .arguments(let parsed, let positional): (arguments, path) = (parsed, positional)
        }
        switch PlanCommand.load(path, parametersFile: arguments[Options.parameters], configPath: arguments[Options.config]) {
        case .success(let loaded):
            let problems = loaded.problems
            return CommandResult(stdout: ModelJSONWriter.write(ModelFacts(loaded.context)),
                                 stderr: problems.map(\.text).joined(),
                                 status: problems.contains { $0.isError } ? .findings : .success)
        case .failure(let failure):
            return CommandResult(stderr: failure.message, status: .usage)
        }
    }
}
