import ArmorBase
import ArmorRules

/// Everything a reporter needs about one `armor lint` run. Reporters are pure functions of it.
public struct LintReport: Sendable {
    /// All findings, already filtered (config, suppressions, baseline) and in output order.
    public var diagnostics: [Diagnostic]
    /// The files read, by the path diagnostics use, for source frames and line/column.
    public var sources: [String: SourceFile]
    /// Paths linted, in the order given/discovered (files with no finding too: JUnit lists them).
    public var files: [String]
    /// The rules that ran (SARIF `tool.driver.rules`), with their effective severities elsewhere.
    public var rules: [RuleMetadata]
    /// Directory that relative URIs are made against (SARIF `uriBaseId` %SRCROOT%).
    public var root: String
    public var toolVersion: String
    /// Every check that could not be decided (`Linter.Outcome.undecided`), in output order:
    /// counted in each format's summary. They are among `diagnostics` too only under
    /// `--show-undecided`.
    public var undecided: [Diagnostic]
    /// What `position` columns count (`--column-unit`); SARIF states UTF-16 and always uses it.
    public var columnUnit: ColumnUnit = .utf16

    public init(diagnostics: [Diagnostic], sources: [String: SourceFile], files: [String],
                rules: [RuleMetadata], root: String, toolVersion: String, undecided: [Diagnostic] = []) {
        self.diagnostics = diagnostics
        self.undecided = undecided
        self.sources = sources
        self.files = files
        self.rules = rules
        self.root = root
        self.toolVersion = toolVersion
    }

    /// 1-based line and column (in `unit`, default `columnUnit`) of a location, or 1:1 when its
    /// file is unknown.
    public func position(_ location: Location, unit: ColumnUnit? = nil) -> LineColumn {
        sources[location.path]?.location(of: location.span.start, unit: unit ?? columnUnit) ?? LineColumn(line: 1, column: 1)
    }

    /// Whether the undecided checks are listed among the diagnostics (`--show-undecided`).
    public var listsUndecided: Bool { diagnostics.contains(where: \.isUndecided) }

    /// The findings proper: the diagnostics without undecided checks (what fails a run, what a
    /// baseline records, what the summary counts).
    public var findings: [Diagnostic] { diagnostics.filter { !$0.isUndecided } }

    public func endPosition(_ location: Location, unit: ColumnUnit? = nil) -> LineColumn {
        sources[location.path]?.location(of: location.span.end, unit: unit ?? columnUnit) ?? position(location, unit: unit)
    }
}

/// One output format. Implementations are value types, one per file (style.md convention 8).
public protocol Reporter: Sendable {
    func render(_ report: LintReport) -> String
}
