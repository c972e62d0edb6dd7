import ArmorBase
import ArmorAnalysis

/// `armor lint [PATH ...]`: lint files and folders, print a report, exit 0/1/2.
/// Settings: defaults < `armor.json` (nearest one above each file, or `--config`) < flags.
/// Undecided checks (a value a rule needs is unknown) are counted in every format's summary,
/// listed with `--show-undecided`, and never fail the run nor enter a baseline.
enum LintCommand {
    struct Settings {
        var format: ReportFormat
        /// `--fail-level`; nil: each file's configuration decides (default `error`).
        var failLevel: Configuration.FailLevel?
        var color: Bool
        /// `--quiet`: the findings only, no summary.
        var quiet = false
        /// `--exit-zero`: findings do not change the exit status.
        var exitZero = false
    }

    static func run(_ words: [String], environment: [String: String], stdin: () -> [UInt8]? = readStandardInput) -> CommandResult {
        let arguments: Arguments
        switch spec.parse(words) {
        case .answer(let result): return result
        case .arguments(let parsed): arguments = parsed
        }
        let settings = parseSettings(arguments, environment: environment)
        if arguments[Options.stdin] && arguments[Options.stdinFilename] == nil {
            return spec.usageError("'--stdin' needs '--stdin-filename PATH' (where the text would be saved)")
        }
        var locator = arguments[Options.config].map { ConfigLocator(forcedPath: $0) } ?? ConfigLocator()
        var errors: [String] = []
        var inputs = readInputs(arguments, locator: &locator, errors: &errors, stdin: stdin)
        // A broken configuration stops the run: linting with half of it would mislead.
        for input in inputs { _ = locator.configuration(forFile: input.path) }
        if locator.hasErrors {
            return CommandResult(stderr: locator.errors, status: .usage)
        }
        var options = Linter.Options()
        options.oneShot = true
        do {
            let selection = try RuleSelection(select: arguments[Options.select], extendSelect: arguments[Options.extendSelect],
                                              ignore: arguments[Options.ignore])
            options.rules = RuleID.allCases.filter(selection.rules.contains)
            options.forcedRules = selection.forced
        } catch {
            return spec.usageError(error.message)
        }
        if let parameters = arguments[Options.parameters] { options.parametersFile = parameters }
        options.scriptTemplate = arguments[Options.template]
        options.showUndecided = arguments[Options.showUndecided]
        // `--no-registry`: restored `br:`/`ts:` modules stay opaque, as before `bicep restore`.
        options.registry = arguments[Options.noRegistry] ? nil : ModuleRegistry(home: environment["HOME"])
        if !arguments[Options.noRootTemplates] {
            // Folders walked whole hold their importers already; --stdin and files do not.
            let walked = arguments[Options.stdin] ? [] : (arguments.positionals.isEmpty ? ["."] : arguments.positionals)
                .filter { FileSystem.kind(of: $0) == .directory }
            let fallback = RootTemplateSearch.fallback(workingDirectory: FileSystem.currentDirectory(), home: environment["HOME"])
            options.rootTemplates = RootTemplateSearch(fallbackRoot: fallback, walked: walked)
        }
        // A teardown check against a template that cannot be read would pass silently.
        if let problem = Linter.templateProblems(flag: options.scriptTemplate, explicit: [:], loaded: []).first {
            return CommandResult(stderr: "armor: error: \(problem)\n", status: .usage)
        }
        options.configurations = locator
        inputs.sort { $0.path < $1.path }
        if arguments[Options.fix] || arguments[Options.diff] {
            return fix(inputs, linter: Linter(options: options), arguments: arguments, settings: settings, errors: errors,
                       locator: locator)
        }
        let outcome = Linter(options: options).lint(inputs)
        return respond(to: outcome, arguments: arguments, settings: settings, errors: errors, locator: locator)
    }

    /// Everything after linting: the baseline, the report, the terminal summary and the exit
    /// status. (Tests give it outcomes they build, with undecided checks no rule emits yet.)
    static func respond(to outcome: Linter.Outcome, arguments: Arguments, settings: Settings, errors: [String],
                        locator: ConfigLocator) -> CommandResult {
        let errors = errors + outcome.errors
        var locator = outcome.configurations ?? locator
        var report = LintReport(diagnostics: outcome.diagnostics, sources: outcome.sources, files: outcome.files,
                                rules: RuleID.allCases.map(\.metadata), root: FileSystem.currentDirectory(),
                                toolVersion: ArmorCLI.version, undecided: outcome.undecided)
        report.columnUnit = arguments[Options.columnUnit] ?? .utf16
        if let path = arguments[Options.baseline] {
            do {
                report = try Baseline.parse(try FileSystem.readFile(path), path: path).filter(report)
            } catch let error as BaselineError {
                return CommandResult(stderr: "armor: error: \(error.description)\n", status: .usage)
            } catch let error as FileSystem.Failure {
                return CommandResult(stderr: "armor: error: cannot read baseline '\(error.path)': \(error.reason)\n", status: .usage)
            } catch {
                return CommandResult(stderr: "armor: error: \(error)\n", status: .usage)
            }
        }
        return finish(report, arguments: arguments, settings: settings, errors: errors, locator: &locator)
    }

    private static func finish(_ report: LintReport, arguments: Arguments, settings: Settings, errors: [String],
                               locator: inout ConfigLocator) -> CommandResult {
        var stderr = errors.map { "armor: error: \($0)\n" }.joined()
        var stdout = ""
        if let path = arguments[Options.writeBaseline], !errors.isEmpty {
            // A baseline without the findings of a file that could not be read would hide them
            // once the file is readable again: keep the previous one.
            stderr += "armor: error: baseline '\(path)' not written: the run had errors (listed above); the previous baseline is unchanged\n"
        } else if let path = arguments[Options.writeBaseline] {
            return writeBaseline(report, to: path, arguments: arguments, settings: settings)
        }
        var rendered = settings.format.reporter(color: settings.color && arguments[Options.output] == nil,
                                                quiet: settings.quiet).render(report)
        if report.files.isEmpty && (settings.format == .text || settings.format == .concise) {
            // "No problems found in 0 files" under an I/O error would read as a pass.
            rendered = ""
            if errors.isEmpty {
                stderr += "armor: nothing to lint: no .bicep, .bicepparam, ARM template (JSON with a deploymentTemplate $schema), .sh or .ps1 file was found\n"
            }
        }
        if let path = arguments[Options.output] {
            do {
                try FileSystem.writeFile(path, Array(rendered.utf8))
            } catch {
                return CommandResult(stderr: stderr + "armor: error: cannot write '\(error.path)': \(error.reason)\n", status: .usage)
            }
            let summary = ReportSummary(report)
            if !settings.quiet {
                stderr += "armor: \(summary.line) (report written to \(path))\n"
                if let undecided = summary.undecidedLine { stderr += "armor: \(undecided)\n" }
            }
        } else {
            stdout = rendered
            // Concise stdout is one finding per line for problem matchers: the count goes aside.
            if settings.format == .concise, !settings.quiet, let undecided = ReportSummary(report).undecidedLine {
                stderr += "armor: \(undecided)\n"
            }
        }
        if arguments[Options.showFixes] && !arguments[Options.fix] {
            let linted = Set(report.files)
            stderr += fixEnumeration(report.findings.filter { $0.fix.map { $0.applicability == .safe && report.canApply($0, linted: linted) } ?? false },
                                     .fixable)
        }
        if arguments[Options.statistics] {
            let table = statistics(report)
            if settings.format == .text || settings.format == .concise, arguments[Options.output] == nil {
                stdout += table
            } else {
                stderr += table
            }
        }
        let failing = report.findings.contains { diagnostic in
            let level = settings.failLevel ?? locator.configuration(forFile: diagnostic.location.path).failLevel ?? .error
            return level.severity.map { diagnostic.severity >= $0 } ?? false
        }
        let status: ExitStatus = !errors.isEmpty ? .usage : (failing && !settings.exitZero ? .findings : .success)
        return CommandResult(stdout: stdout, stderr: stderr, status: status)
    }

    /// `--write-baseline FILE`: records the findings, says so in one line and exits 0 (the
    /// findings are accepted, not reported); a `--output` report is still written.
    private static func writeBaseline(_ report: LintReport, to path: String, arguments: Arguments,
                                      settings: Settings) -> CommandResult {
        do {
            try FileSystem.writeFile(path, Array(Baseline(recording: report).serialized().utf8))
            if let output = arguments[Options.output] {
                try FileSystem.writeFile(output, Array(settings.format.reporter().render(report).utf8))
            }
        } catch {
            return CommandResult(stderr: "armor: error: cannot write '\(error.path)': \(error.reason)\n", status: .usage)
        }
        let files = report.files.count
        let line = "armor: wrote \(report.findings.count) finding(s) to baseline '\(path)' (\(files) file\(files == 1 ? "" : "s") linted)\n"
        return CommandResult(stderr: settings.quiet ? "" : line, status: .success)
    }

    /// The table has checked `--format` and `--fail-level` against their choices already.
    static func parseSettings(_ arguments: Arguments, environment: [String: String]) -> Settings {
        let format = arguments[Options.format] ?? ReportFormat.automatic(environment: environment)
        let failLevel = arguments[Options.failLevel]
        return Settings(format: format, failLevel: failLevel, color: color(arguments, environment: environment),
                        quiet: arguments[Options.quiet], exitZero: arguments[Options.exitZero])
    }

    /// `--color` (`--no-color` is `never`), else `FORCE_COLOR`, else a terminal without
    /// `NO_COLOR` or `TERM=dumb`. A set, non-empty variable counts (no-color.org, force-color.org).
    static func color(_ arguments: Arguments, environment: [String: String], isTerminal: Bool = FileSystem.isTerminal(fd: 1)) -> Bool {
        let choice = arguments[Options.noColor] ? .never : arguments[Options.color] ?? .auto
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            let set = { (name: String) in environment[name].map { !$0.isEmpty } == true }
            if set("NO_COLOR") || environment["TERM"] == "dumb" { return false }
            return set("FORCE_COLOR") || isTerminal
        }
    }

    /// The files to lint: discovered from the paths, or the unsaved text on stdin.
    /// Files found by walking a folder pass their configuration's include/exclude globs;
    /// files named on the command line are always linted, unless `--force-exclude` (for
    /// pre-commit and editors, which name every file).
    private static func readInputs(_ arguments: Arguments, locator: inout ConfigLocator, errors: inout [String],
                                   stdin: () -> [UInt8]?) -> [SourceFile] {
        if arguments[Options.stdin], let path = arguments[Options.stdinFilename] {
            guard let bytes = stdin() else {
                errors.append("cannot read standard input")
                return []
            }
            return [SourceFile(path: path, bytes: bytes)]
        }
        var paths: [String] = []
        var seen = Set<String>()
        for argument in arguments.positionals.isEmpty ? ["."] : arguments.positionals {
            let discovered = FileDiscovery.discover([argument])
            errors += discovered.errors
            let walked = FileSystem.kind(of: argument) == .directory || arguments[Options.forceExclude]
            for path in discovered.files where seen.insert(Paths.normalize(path)).inserted {
                if !walked || locator.configuration(forFile: path).includes(path) { paths.append(path) }
            }
        }
        // Reading (and building line tables) is a fifth of a large run: do it on all cores.
        let read = Parallel.map(paths) { path -> Result<SourceFile, FileSystem.Failure> in
            do throws(FileSystem.Failure) {
                return .success(SourceFile(path: path, bytes: try FileSystem.readFile(path)))
            } catch {
                return .failure(error)
            }
        }
        var sources: [SourceFile] = []
        for result in read {
            switch result {
            case .success(let source): sources.append(source)
            case .failure(let error): errors.append("cannot read '\(error.path)': \(error.reason)")
            }
        }
        return sources
    }

    static func readStandardInput() -> [UInt8]? { try? FileSystem.readStandardInput() }

    /// `--statistics`: findings per rule, most frequent first.
    static func statistics(_ report: LintReport) -> String {
        var counts: [String: Int] = [:]
        for diagnostic in report.findings { counts[diagnostic.code.id, default: 0] += 1 }
        let rows = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        // The summary's count (unrestored registry modules included), so the two lines agree.
        let count = ReportSummary(report).undecided
        let undecided = count == 0 ? "" : "\(count) undecided\n"
        guard !rows.isEmpty else { return "\nNo findings.\n" + undecided }
        let width = rows.map(\.key.count).max() ?? 0
        return "\n" + rows.map { "\(String(repeating: " ", count: max(0, 5 - String($0.value).count)))\($0.value)  "
            + $0.key + String(repeating: " ", count: width - $0.key.count) }.joined(separator: "\n") + "\n" + undecided
    }
}
