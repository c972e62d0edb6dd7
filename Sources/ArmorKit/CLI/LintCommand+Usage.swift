extension LintCommand {
    /// `armor lint --help`: every option with what it does.
    static let usage = """
    Usage: armor lint [PATH ...] [options]

    Lints .bicep, .bicepparam, ARM templates and teardown scripts (.sh, .ps1) in the files and
    folders given (default: the current folder).

    Options:
      -f, --format FORMAT       text (default), concise, json, sarif, github, azure or junit
      -o, --output FILE         write the report to FILE; a short summary goes to the terminal
      --fail-level LEVEL        error (default), warning, info or none: the lowest severity that exits 1
      --parameters FILE         parameter values (.bicepparam or ARM parameters JSON)
      --template FILE           the template that teardown scripts delete
      --config FILE             use this armor.json for every file
      --baseline FILE           report only findings that FILE does not record
      --write-baseline FILE     record today's findings in FILE
      --show-undecided          list the checks armor could not decide because a value is unknown
                                (info notes naming the value and how to supply it: a parameters
                                file, a default); they are always counted in the summary and
                                never fail the run, whatever the fail level
      --no-registry             keep br:/ts: modules opaque instead of reading them from the
                                local Bicep module cache that `bicep restore` fills
      --statistics              add a count of findings per rule
      --stdin --stdin-filename PATH   lint the text on standard input as if saved at PATH
      --force-exclude           apply armor.json's exclude globs to files named explicitly too
      --no-color                no ANSI colour (also NO_COLOR, TERM=dumb, or output to a file)
      -h, --help                this text

    Exit status: 0 no finding at the fail level, 1 findings, 2 usage, configuration or I/O error.

    """
}
