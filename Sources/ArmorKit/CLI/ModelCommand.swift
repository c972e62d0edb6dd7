/// `armor model FILE [--parameters FILE] [--format json]`: what armor's model knows about every
/// declaration of a deployment (root and every module instance), read through the rules' own
/// APIs. Comparing the dump of a `.bicep` with the dump of its compiled `main.json` finds
/// front-end and evaluator bugs (`Tests/oracle/compare.py`).
enum ModelCommand {
    static let spec = Arguments.Spec(valued: ["format", "parameters", "config"], flags: [], short: ["f": "format"])

    static func run(_ words: [String], environment: [String: String]) -> CommandResult {
        let arguments: Arguments
        do {
            arguments = try Arguments.parse(words, spec: spec)
            _ = try arguments.choice("format", of: ["json"])
        } catch {
            return .usageError(error.message)
        }
        guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
            return .usageError("'armor model' takes exactly one template file")
        }
        switch PlanCommand.load(path, parametersFile: arguments.value("parameters"), configPath: arguments.value("config")) {
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
