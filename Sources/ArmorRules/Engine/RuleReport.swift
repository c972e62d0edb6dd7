import ArmorBase

/// Collects one rule's findings; the rule id and default severity are filled in for it.
public struct RuleReport: Sendable {
    public let metadata: RuleMetadata
    public private(set) var diagnostics: [Diagnostic] = []

    public init(metadata: RuleMetadata) {
        self.metadata = metadata
    }

    public mutating func add(_ message: String, at location: Location, severity: Severity? = nil,
                             notes: [Note] = [], help: String? = nil, fix: Fix? = nil) {
        // With a fix, the help line is the fix's title: it says what `--fix` does.
        diagnostics.append(Diagnostic(code: .rule(metadata.id), severity: severity ?? metadata.severity,
                                      message: message, location: location, notes: notes, help: help, fix: fix))
    }

    /// A check that could not be decided: `message` says what was undecided and which value is
    /// missing ("category of 'conns' comes from parameter 'connections', which has no value");
    /// `help` how to supply it. Severity info; it never fails a run.
    public mutating func undecided(_ message: String, at location: Location, notes: [Note] = [], help: String? = nil) {
        diagnostics.append(Diagnostic(code: .rule(metadata.id), severity: .info, message: message, location: location,
                                      notes: notes, help: help, isUndecided: true))
    }
}
