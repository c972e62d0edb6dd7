/// Counts of one run, shared by the reporters' summary lines, the JSON summary and the CLI's
/// terminal summary under `--output FILE`.
public struct ReportSummary: Sendable, Equatable {
    public var errors = 0
    public var warnings = 0
    public var infos = 0
    /// Findings per code id (rule id or syntax code), sorted by id when listed.
    public var byCode: [String: Int] = [:]
    /// Files linted (the report's file list plus any file only a diagnostic names).
    public var filesLinted = 0
    public var filesWithFindings = 0

    public init(_ report: LintReport) {
        var withFindings = Set<String>()
        for diagnostic in report.diagnostics {
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
            byCode[diagnostic.code.id, default: 0] += 1
            withFindings.insert(diagnostic.location.path)
        }
        filesWithFindings = withFindings.count
        filesLinted = withFindings.union(report.files).count
    }

    public var total: Int { errors + warnings + infos }

    /// "3 errors, 1 warning in 2 files" or "No problems found in 5 files."
    public var line: String {
        guard total > 0 else {
            return "No problems found in \(Self.counted(filesLinted, "file"))."
        }
        var parts: [String] = []
        if errors > 0 { parts.append(Self.counted(errors, "error")) }
        if warnings > 0 { parts.append(Self.counted(warnings, "warning")) }
        if infos > 0 { parts.append(Self.counted(infos, "info")) }
        return parts.joined(separator: ", ") + " in " + Self.counted(filesWithFindings, "file")
    }

    static func counted(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}

extension LintReport {
    /// Every path the report mentions: linted files in their order, then files only a
    /// diagnostic names (sorted), each once.
    var allPaths: [String] {
        var seen = Set<String>()
        var paths: [String] = []
        for path in files where seen.insert(path).inserted { paths.append(path) }
        var extra: [String] = []
        for diagnostic in diagnostics where seen.insert(diagnostic.location.path).inserted {
            extra.append(diagnostic.location.path)
        }
        return paths + extra.sorted()
    }
}
