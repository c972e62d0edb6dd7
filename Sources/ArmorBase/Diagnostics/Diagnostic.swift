/// A place in a file: path as given by the user, plus a byte span.
public struct Location: Hashable, Sendable {
    public var path: String
    public var span: Span

    public init(path: String, span: Span) {
        self.path = path
        self.span = span
    }
}

/// A secondary location with a label ("Key Vault connection declared here").
public struct Note: Hashable, Sendable {
    public var message: String
    public var location: Location?

    public init(_ message: String, at location: Location? = nil) {
        self.message = message
        self.location = location
    }
}

/// One finding. Pure data: reporters turn it into text, JSON, SARIF, ….
public struct Diagnostic: Hashable, Sendable {
    public var code: DiagnosticCode
    public var severity: Severity
    public var message: String
    public var location: Location
    public var notes: [Note]
    /// What to change, in one sentence.
    public var help: String?
    /// A check the rule could not decide because a value it needs is unknown (rules.md "Known
    /// value"): `message` names the missing value, `help` how to supply it. Counted in every
    /// summary, listed with `--show-undecided`, and never a reason to fail the run.
    public var isUndecided: Bool
    /// The edit that resolves the finding, when there is one; `help` is then its title.
    public var fix: Fix?

    public init(code: DiagnosticCode, severity: Severity, message: String, location: Location,
                notes: [Note] = [], help: String? = nil, isUndecided: Bool = false, fix: Fix? = nil) {
        self.code = code
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
        self.help = fix?.title ?? help
        self.isUndecided = isUndecided
        self.fix = fix
    }

    /// Output order: file, offset, code (style.md convention 8).
    public static func outputOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.location.path != b.location.path { return a.location.path < b.location.path }
        if a.location.span != b.location.span { return a.location.span < b.location.span }
        if a.code != b.code { return a.code < b.code }
        return a.message < b.message
    }
}
