import ArmorBase
import ArmorAnalysis

/// `armor plan TEMPLATE [--teardown] [--format text|json|mermaid|az|pwsh] [--parameters FILE]`:
/// the deployment waves, or the deletion order, of a template and its local modules.
/// Syntax errors go to stderr and the plan covers what was recovered (exit 1).
enum PlanCommand {
    enum Format: String, OptionChoice {
        case text, json, mermaid, az, pwsh
    }

    enum Options {
        static let teardown = OptionKey<Bool>.flag(
            "teardown", help: "the deletion order instead of the deployment waves")
        static let format = OptionKey<Format?>.choice(
            "format", short: "f", placeholder: "FORMAT",
            help: "text (default), JSON, a Mermaid diagram, or a teardown script\n(az: Azure CLI, pwsh: PowerShell)")
        static let parameters = OptionKey<String?>.value(
            "parameters", placeholder: "FILE", help: "parameter values (.bicepparam or ARM parameters JSON)")
        static let config = OptionKey<String?>.value(
            "config", placeholder: "FILE", help: "use this armor.json (its parameters entry)")
        static let noRegistry = LintCommand.Options.noRegistry
    }

    static let spec = CommandSpec(
        name: "plan", arguments: "FILE", summary: "deployment waves, or the deletion order / teardown script",
        about: """
        The waves in which Azure Resource Manager can deploy a template and its local modules, or,
        with --teardown, the order in which to delete them.
        """,
        options: [Options.teardown.option, Options.format.option, Options.parameters.option, Options.config.option,
                  Options.noRegistry.option],
        footer: "Exit status: 0 clean, 1 syntax errors (the plan covers what was recovered), 2 usage or I/O error.")

    static func run(_ words: [String], environment: [String: String]) -> CommandResult {
        let arguments: Arguments, path: String
        switch spec.parse(words, exactlyOne: "'armor plan' takes exactly one template file") {
        case .answer(let result): return result
        case .arguments(let parsed, let positional): (arguments, path) = (parsed, positional)
        }
        let format = arguments[Options.format] ?? .text
        let loaded: Loaded
        switch load(path, parametersFile: arguments[Options.parameters], configPath: arguments[Options.config],
                    registry: arguments[Options.noRegistry] ? nil : ModuleRegistry(home: environment["HOME"])) {
        case .success(let made): loaded = made
        case .failure(let failure): return CommandResult(stderr: failure.message, status: .usage)
        }
        let context = loaded.context
        let report = PlanReport(context, plan: DeploymentPlan(context))
        let output = render(report, context, format: format, teardown: arguments[Options.teardown])
        let problems = loaded.problems
        let stderr = problems.map(\.text).joined()
        return CommandResult(stdout: output, stderr: stderr,
                             status: problems.contains { $0.isError } ? .findings : .success)
    }

    /// A template ready to plan: its deployment with parameter values, and the problems met.
    struct Loaded {
        var context: DeploymentAnalysis
        var problems: [(text: String, isError: Bool)]
    }

    /// Reads the template, its local modules and its parameters (`--parameters`, the
    /// configuration's, or the one `.bicepparam` beside it whose `using` names it).
    static func load(_ path: String, parametersFile: String?, configPath: String?,
                     registry: ModuleRegistry? = nil) -> Result<Loaded, CommandFailure> {
        let source: SourceFile
        switch DeploymentReader.readRootTemplate(path, notATemplate: { _ in "'\(path)' is not a Bicep file or an ARM template" }) {
        case .success(let read): source = read
        case .failure(let failure): return .failure(failure)
        }
        let deployment = DeploymentReader.deployment(root: Frontend.analyze(source), registry: registry)
        var locator = configPath.map { ConfigLocator(forcedPath: $0) } ?? ConfigLocator()
        let configuration = locator.configuration(forFile: path)
        if locator.hasErrors { return .failure(CommandFailure(message: locator.errors)) }
        let parameters = ParameterAssignment(templates: [path], explicit: parametersFile,
                                             configurations: [WorkingDirectory.absolute(path): configuration],
                                             inputs: [:], automatic: true)
        if !parameters.errors.isEmpty {
            return .failure(CommandFailure(message: parameters.errors.map { "armor: error: \($0)\n" }.joined()))
        }
        let values = parameters.parameters(forTemplate: path)
        let context = DeploymentAnalysis(deployment: deployment, rootParameters: values?.values ?? [:])
        return .success(Loaded(context: context, problems: diagnostics(deployment, parameters: values)))
    }

    /// `az` and `pwsh` are teardown scripts whether or not `--teardown` is given.
    static func render(_ report: PlanReport, _ context: DeploymentAnalysis, format: Format, teardown: Bool) -> String {
        switch (format, teardown) {
        case (.az, _): PlanScriptWriter.shell(report, context)
        case (.pwsh, _): PlanScriptWriter.powerShell(report, context)
        case (.json, false): PlanJSONWriter.waves(report)
        case (.json, true): PlanJSONWriter.teardown(report)
        case (.mermaid, false): PlanMermaidWriter.waves(report)
        case (.mermaid, true): PlanMermaidWriter.teardown(report)
        case (_, true): PlanTextWriter.teardown(report)
        default: PlanTextWriter.waves(report)
        }
    }

    /// Problems met while loading, one `path:line:col: severity [code] message` line each:
    /// every template of the deployment once, module load failures, the parameters file.
    static func diagnostics(_ deployment: Deployment, parameters: LoadedParameters?) -> [(text: String, isError: Bool)] {
        var sources: [String: SourceFile] = [:]
        var all: [Diagnostic] = []
        for instance in deployment.instances where sources[instance.template.path] == nil {
            // Inline nested templates share their file's path and come with its diagnostics.
            sources[instance.template.path] = instance.template.source
            all += instance.analyzed.allDiagnostics
        }
        all += deployment.diagnostics
        if let parameters {
            sources[parameters.path] = parameters.source
            all += parameters.diagnostics
        }
        var seen = Set<Diagnostic>()
        return all.filter { seen.insert($0).inserted }.sorted(by: Diagnostic.outputOrder).map { diagnostic in
            let position = sources[diagnostic.location.path]?.location(of: diagnostic.location.span.start)
            return (FindingLine.render(diagnostic, at: position) + "\n", diagnostic.severity == .error)
        }
    }
}
