import ArmorBase

/// The one-line form of a finding, `path:line:col: severity [code] message`: `--format concise`,
/// the diagnostics of `armor graph` and `armor plan`, and editors' problem matchers read it.
enum FindingLine {
    /// Without a position (a file armor could not read), the line starts with the path alone.
    static func render(_ diagnostic: Diagnostic, at position: LineColumn?, message: String? = nil) -> String {
        let place = position.map { "\(diagnostic.location.path):\($0.line):\($0.column)" } ?? diagnostic.location.path
        return "\(place): \(diagnostic.severity.rawValue) [\(diagnostic.code.id)] \(message ?? diagnostic.message)"
    }
}
