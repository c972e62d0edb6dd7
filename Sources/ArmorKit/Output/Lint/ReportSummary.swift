import ArmorBase

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
    /// Checks that could not be decided (never counted as findings above).
    public var undecided = 0
    /// The first undecided check's message, on one line: the reason the summary gives.
    public var firstUndecidedReason: String?
    /// Whether every undecided check comes from a deployment-order rule ("ordering checks").
    public var undecidedAreOrdering = true
    /// Whether the report lists them (`--show-undecided`); else the summary says how to.
    public var undecidedListed = false
    /// Of `undecided`, the checks `--show-undecided` lists, and the registry modules that are not
    /// restored (already an info finding each; `bicep restore`, not a flag, decides them).
    public var undecidedChecks = 0
    public var unrestoredModules = 0
    /// Findings `--fix` would fix, and those only `--unsafe-fixes` would.
    public var fixable = 0
    public var unsafeFixable = 0

    public init(_ report: LintReport) {
        var withFindings = Set<String>()
        let linted = Set(report.files)
        for diagnostic in report.diagnostics where !diagnostic.isUndecided {
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
            byCode[diagnostic.code.id, default: 0] += 1
            withFindings.insert(diagnostic.location.path)
            switch diagnostic.fix.flatMap({ report.canApply($0, linted: linted) ? $0.applicability : nil }) {
            case .safe?: fixable += 1
            case .unsafe?: unsafeFixable += 1
            case nil: break
            }
        }
        filesWithFindings = withFindings.count
        filesLinted = withFindings.union(report.files).count
        // A registry module not in the cache is an info finding, and what it holds is undecided
        // too: the count says so, as it does for a check that lacked a value.
        let unrestored = report.diagnostics.filter { $0.code == .syntax(.moduleNotRestored) && !$0.isUndecided }
        undecidedChecks = report.undecided.count
        unrestoredModules = unrestored.count
        undecided = undecidedChecks + unrestoredModules
        firstUndecidedReason = (report.undecided.first ?? unrestored.first).map { ReportText.lines($0.message).joined(separator: " ") }
        undecidedAreOrdering = unrestored.isEmpty && report.undecided.allSatisfy { diagnostic in
            if case .rule(let id) = diagnostic.code { return id.metadata.category == .deploymentOrder }
            return false
        }
        undecidedListed = report.listsUndecided
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

    /// "2 ordering checks undecided: <first reason> (--show-undecided lists them)", or nil when
    /// every check was decided (then no format prints anything about them). The hint names only
    /// what helps: `--show-undecided` lists the undecided checks, not the unrestored registry
    /// modules (each is already an info finding), for which `bicep restore` is the remedy.
    public var undecidedLine: String? {
        guard undecided > 0 else { return nil }
        var line = Self.counted(undecided, undecidedAreOrdering ? "ordering check" : "check") + " undecided"
        if let reason = firstUndecidedReason, !reason.isEmpty { line += ": " + reason }
        var hints: [String] = []
        if undecidedChecks > 0 && !undecidedListed {
            hints.append(unrestoredModules == 0 ? "--show-undecided lists them"
                         : "--show-undecided lists the " + Self.counted(undecidedChecks, "check"))
        }
        // One unrestored module and nothing else: its own message, the reason given, says it already.
        if unrestoredModules > 1 || (unrestoredModules == 1 && undecidedChecks > 0) {
            hints.append("`bicep restore` lets armor see inside the "
                         + (unrestoredModules == 1 ? "unrestored registry module" : "\(unrestoredModules) unrestored registry modules"))
        }
        if !hints.isEmpty { line += " (" + hints.joined(separator: "; ") + ")" }
        return line
    }

    /// "[*] 2 fixable with `armor lint --fix` (1 more with --unsafe-fixes)", as ruff says it; nil
    /// when nothing has a fix.
    public var fixableLine: String? {
        guard fixable + unsafeFixable > 0 else { return nil }
        let more = unsafeFixable == 0 ? "" : " (\(unsafeFixable) more with --unsafe-fixes)"
        if fixable == 0 { return "[*] \(unsafeFixable) fixable with `armor lint --fix --unsafe-fixes`" }
        return "[*] \(fixable) fixable with `armor lint --fix`" + more
    }

    static func counted(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}

extension LintReport {
    /// Whether `--fix` on the same inputs would apply `fix`: it edits only files that were
    /// linted (a module's finding fixed in its root template waits until the root is linted too).
    func canApply(_ fix: Fix, linted: Set<String>? = nil) -> Bool {
        let linted = linted ?? Set(files)
        return fix.edits.allSatisfy { linted.contains($0.path) }
    }

    /// Every path the report mentions: linted files in their order, then files only a
    /// finding names (sorted), each once.
    var allPaths: [String] {
        var seen = Set<String>()
        var paths: [String] = []
        for path in files where seen.insert(path).inserted { paths.append(path) }
        var extra: [String] = []
        for diagnostic in findings where seen.insert(diagnostic.location.path).inserted {
            extra.append(diagnostic.location.path)
        }
        return paths + extra.sorted()
    }
}
