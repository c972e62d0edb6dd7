import ArmorBase

extension ReportFormat: OptionChoice {}
extension Configuration.FailLevel: OptionChoice {}

/// `--color`: ANSI colour on a terminal (`auto`), always, or never.
enum ColorChoice: String, OptionChoice { case auto, always, never }

/// `--column-unit`: what the columns of text, concise, github, azure, JUnit and JSON output count.
extension ColumnUnit: OptionChoice {}

/// `armor lint`'s option table: what it parses and what `armor lint --help` prints.
extension LintCommand {
    enum Options {
        static let format = OptionKey<ReportFormat?>.choice(
            "format", short: "f", placeholder: "FORMAT",
            help: "the report format (default: text; github under GitHub Actions, azure under Azure Pipelines)")
        static let output = OptionKey<String?>.value(
            "output", short: "o", placeholder: "FILE", help: "write the report to FILE; a short summary goes to the terminal")
        static let failLevel = OptionKey<Configuration.FailLevel?>.choice(
            "fail-level", placeholder: "LEVEL",
            help: "the lowest severity that exits 1 (default: error, or the configuration's)")
        static let parameters = OptionKey<String?>.value(
            "parameters", placeholder: "FILE", help: "parameter values (.bicepparam or ARM parameters JSON)")
        static let template = OptionKey<String?>.value(
            "template", placeholder: "FILE", help: "the template that teardown scripts delete")
        static let config = OptionKey<String?>.value(
            "config", placeholder: "FILE", help: "use this armor.json for every file")
        static let baseline = OptionKey<String?>.value(
            "baseline", placeholder: "FILE", help: "report only findings that FILE does not record")
        static let writeBaseline = OptionKey<String?>.value(
            "write-baseline", placeholder: "FILE", help: "record today's findings in FILE")
        static let showUndecided = OptionKey<Bool>.flag(
            "show-undecided",
            help: "list the checks armor could not decide because a value is unknown\n"
                + "(info notes naming the value and how to supply it: a parameters\n"
                + "file, a default); they are always counted in the summary and\n"
                + "never fail the run, whatever the fail level")
        static let statistics = OptionKey<Bool>.flag("statistics", help: "add a count of findings per rule")
        static let showFixes = OptionKey<Bool>.flag(
            "show-fixes", help: "list per file and rule what --fix fixed (without --fix: what it would fix), on stderr")
        static let noRegistry = OptionKey<Bool>.flag(
            "no-registry", help: "keep br:/ts: modules opaque instead of reading them from the local Bicep module cache that `bicep restore` fills")
        static let noRootTemplates = OptionKey<Bool>.flag(
            "no-root-templates",
            help: "lint each file alone, not also through the templates of its repository\n"
                + "that use it as a module (whose verdict a module file otherwise gets)")
        static let stdin = OptionKey<Bool>.flag(
            "stdin", help: "lint the text on standard input (needs --stdin-filename)")
        static let stdinFilename = OptionKey<String?>.value(
            "stdin-filename", placeholder: "PATH", help: "where the text on standard input would be saved")
        static let forceExclude = OptionKey<Bool>.flag(
            "force-exclude", help: "apply armor.json's exclude globs to files named explicitly too")
        static let fix = OptionKey<Bool>.flag(
            "fix", help: "apply the safe fixes, re-lint, repeat; report what is left (with --stdin: print the fixed text)")
        static let unsafeFixes = OptionKey<Bool>.flag("unsafe-fixes", help: "with --fix or --diff, apply the unsafe fixes too")
        static let diff = OptionKey<Bool>.flag("diff", help: "print the fixes as a unified diff instead of writing them")
        static let noColor = OptionKey<Bool>.flag(
            "no-color", help: "no ANSI colour: '--color never'")
        static let select = OptionKey<[String]>.repeatable(
            "select", placeholder: "RULES",
            help: "run only these rules: ids or categories (deployment-order, graph, security,\n"
                + "network, all), comma-separated; beats armor.json's 'off'")
        static let extendSelect = OptionKey<[String]>.repeatable(
            "extend-select", placeholder: "RULES", help: "run these rules too (ids or categories); beats armor.json's 'off'")
        static let ignore = OptionKey<[String]>.repeatable(
            "ignore", placeholder: "RULES", help: "do not run these rules (ids or categories)")
        static let quiet = OptionKey<Bool>.flag("quiet", short: "q", help: "print the findings only, no summary")
        static let exitZero = OptionKey<Bool>.flag(
            "exit-zero", help: "exit 0 even with findings (still 2 on a usage, configuration or I/O error)")
        static let columnUnit = OptionKey<ColumnUnit?>.choice(
            "column-unit", placeholder: "UNIT",
            help: "what columns count: utf-16 code units (default: the Bicep compiler's and VS Code's\n"
                + "unit) or byte (Vim's %c, nvim-lint, efm-langserver); SARIF always states UTF-16")
        static let color = OptionKey<ColorChoice?>.choice(
            "color", placeholder: "WHEN",
            help: "ANSI colour: auto (a terminal without NO_COLOR or TERM=dumb; FORCE_COLOR\n"
                + "forces it), always, never (default: auto)")
    }

    static let spec = CommandSpec(
        name: "lint", arguments: "[PATH ...]",
        summary: "lint templates, parameter files and teardown scripts",
        about: """
        Lints .bicep, .bicepparam, ARM templates and teardown scripts (.sh, .ps1) in the files and
        folders given (default: the current folder). Settings come from the nearest armor.json
        above each file ('armor init' writes one); options override them.
        """,
        options: [Options.format.option, Options.output.option, Options.failLevel.option, Options.parameters.option,
                  Options.template.option, Options.config.option, Options.baseline.option,
                  Options.writeBaseline.option, Options.showUndecided.option, Options.noRegistry.option, Options.noRootTemplates.option,
                  Options.statistics.option, Options.showFixes.option,
                  Options.stdin.option, Options.stdinFilename.option, Options.forceExclude.option,
                  Options.noColor.option, Options.select.option, Options.extendSelect.option, Options.ignore.option,
                  Options.quiet.option, Options.exitZero.option, Options.color.option, Options.columnUnit.option,
                  Options.fix.option, Options.unsafeFixes.option, Options.diff.option],
        footer: "Exit status: 0 no finding at the fail level, 1 findings, 2 usage, configuration or I/O error.")
}
