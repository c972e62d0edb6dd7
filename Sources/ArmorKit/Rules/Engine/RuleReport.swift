/// Collects one rule's findings; the rule id and default severity are filled in for it.
public struct RuleReport: Sendable {
    public let metadata: RuleMetadata
    public private(set) var diagnostics: [Diagnostic] = []

    public init(metadata: RuleMetadata) {
        self.metadata = metadata
    }

    public mutating func add(_ message: String, at location: Location, severity: Severity? = nil,
                             notes: [Note] = [], help: String? = nil) {
        diagnostics.append(Diagnostic(code: .rule(metadata.id), severity: severity ?? metadata.severity,
                                      message: message, location: location, notes: notes, help: help))
    }
}
