import Testing
@testable import ArmorKit

/// Every command's options come from its table: parsing, errors, suggestions and `--help`.
@Suite struct CommandOptionTests {
    @Test(arguments: ArmorCLI.commands.map(\.name))
    func helpListsEveryOptionOfTheTable(_ name: String) throws {
        let spec = try #require(ArmorCLI.commands.first { $0.name == name })
        for words in [[name, "--help"], [name, "-h"], ["help", name]] {
            let result = ArmorCLI.run(words)
            #expect(result.status == .success && result.stderr.isEmpty)
            #expect(result.stdout.hasPrefix("Usage: \(spec.usageLine)\n"))
            for option in spec.options {
                let left = (option.short.map { "-\($0), " } ?? "") + "--\(option.name)"
                    + (option.placeholder.map { " \($0)" } ?? "")
                #expect(result.stdout.contains("  \(left) "), "\(words): no row for --\(option.name)")
                if case .choice(_, let choices) = option.kind {
                    #expect(result.stdout.contains("one of: " + choices.joined(separator: ", ")))
                }
            }
        }
    }

    @Test func topLevelHelpListsEveryCommand() {
        for words in [["--help"], ["-h"], ["help"]] {
            let result = ArmorCLI.run(words)
            #expect(result.status == .success)
            for spec in ArmorCLI.commands {
                #expect(result.stdout.contains("  armor \(spec.name)"), "\(words): no line for \(spec.name)")
                #expect(result.stdout.contains(spec.summary))
            }
        }
    }

    @Test func misspeltOptionGetsASuggestion() {
        let result = ArmorCLI.run(["lint", "--fromat", "json", "."])
        #expect(result.status == .usage)
        #expect(result.stderr.hasPrefix("armor: error: unknown option '--fromat' for armor lint; did you mean '--format'?\n"))
        let plan = ArmorCLI.run(["plan", "--teardwon", "main.bicep"])
        #expect(plan.status == .usage && plan.stderr.contains("did you mean '--teardown'?"))
        let unrelated = ArmorCLI.run(["graph", "--zzzzzzzz", "main.bicep"])
        #expect(unrelated.status == .usage && unrelated.stderr.contains("unknown option '--zzzzzzzz' for armor graph\n"))
    }

    @Test func optionOfAnotherCommandIsUnknown() {
        let result = ArmorCLI.run(["graph", "--teardown", "main.bicep"])
        #expect(result.status == .usage && result.stderr.contains("unknown option '--teardown' for armor graph"))
    }

    @Test func badChoiceListsTheAllowedValues() {
        for words in [["lint", "--format", "xml", "."], ["lint", "-f", "xml", "."], ["lint", "--format=xml", "."]] {
            let result = ArmorCLI.run(words)
            #expect(result.status == .usage)
            #expect(result.stderr.contains("invalid value 'xml' for '--format': expected one of text, concise, json, sarif, github, azure, junit"))
        }
        let level = ArmorCLI.run(["lint", "--fail-level", "loud", "."])
        #expect(level.status == .usage && level.stderr.contains("expected one of error, warning, info, none"))
        let plan = ArmorCLI.run(["plan", "--format", "dot", "main.bicep"])
        #expect(plan.status == .usage && plan.stderr.contains("expected one of text, json, mermaid, az, pwsh"))
    }

    @Test func flagGivenAValueIsRefused() {
        let result = ArmorCLI.run(["lint", "--no-color=yes", "."])
        #expect(result.status == .usage && result.stderr.contains("option '--no-color' takes no value"))
        let force = ArmorCLI.run(["init", "--force=1"])
        #expect(force.status == .usage && force.stderr.contains("option '--force' takes no value"))
    }

    @Test func valueOptionWithoutItsValueIsRefused() {
        let result = ArmorCLI.run(["lint", "--output"])
        #expect(result.status == .usage && result.stderr.contains("option '--output' needs a value (FILE)"))
        let short = ArmorCLI.run(["plan", "main.bicep", "-f"])
        #expect(short.status == .usage && short.stderr.contains("option '--format' needs a value (FORMAT)"))
    }

    @Test func parsingFollowsTheTable() throws {
        let spec = CommandSpec(name: "demo", summary: "a test table", options: [
            Self.name.option, Self.include.option, Self.level.option, Self.quiet.option,
        ])
        let arguments = try Arguments.parse(
            ["a", "-n", "first", "--include", "x", "--name=second", "--include=y", "--level", "high", "--quiet", "--", "--b"],
            spec: spec)
        #expect(arguments.positionals == ["a", "--b"])
        #expect(arguments[Self.name] == "second")
        #expect(arguments[Self.include] == ["x", "y"])
        #expect(arguments[Self.level] == "high")
        #expect(arguments[Self.quiet])
        let empty = try Arguments.parse([], spec: spec)
        #expect(empty[Self.name] == nil && empty[Self.include].isEmpty && !empty[Self.quiet])
        #expect(spec.help.contains("may be given more than once"))
    }

    @Test func choicesAreReadAsTheirCases() throws {
        let lint = try Arguments.parse(["-f", "sarif", "--fail-level=none", "."], spec: LintCommand.spec)
        #expect(lint[LintCommand.Options.format] == .sarif)
        #expect(lint[LintCommand.Options.failLevel] == Configuration.FailLevel.none)
        let plan = try Arguments.parse(["main.bicep", "--format", "pwsh"], spec: PlanCommand.spec)
        #expect(plan[PlanCommand.Options.format] == .pwsh && !plan[PlanCommand.Options.teardown])
        let graph = try Arguments.parse(["main.bicep"], spec: GraphCommand.spec)
        #expect(graph[GraphCommand.Options.format] == nil && graph.positionals == ["main.bicep"])
    }

    static let name = OptionKey<String?>.value("name", short: "n", placeholder: "NAME", help: "a name")
    static let include = OptionKey<[String]>.repeatable("include", placeholder: "GLOB", help: "a glob")
    static let level = OptionKey<String?>.choice("level", placeholder: "LEVEL", ["low", "high"], help: "a level")
    static let quiet = OptionKey<Bool>.flag("quiet", help: "less output")
}
