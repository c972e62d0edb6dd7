import ArmorBase

/// `--show-fixes`: per file, how many findings of each rule `--fix` fixed, or would fix (as
/// ruff enumerates them). Printed on stderr, so stdout stays the report in every format.
extension LintCommand {
    enum Tense { case fixed, wouldFix, fixable }

    static func fixEnumeration(_ findings: [Diagnostic], _ tense: Tense) -> String {
        guard !findings.isEmpty else {
            return tense == .fixable ? "Nothing fixable with --fix.\n" : "No fix applied.\n"
        }
        var byPath: [String: [String: Int]] = [:]
        for finding in findings { byPath[finding.location.path, default: [:]][finding.code.id, default: 0] += 1 }
        let counted = ReportSummary.counted(findings.count, "finding")
        var out: String
        switch tense {
        case .fixed: out = "Fixed \(counted):\n"
        case .wouldFix: out = "Would fix \(counted):\n"
        case .fixable: out = "\(counted.prefix(1).uppercased() + counted.dropFirst()) fixable with --fix:\n"
        }
        for path in byPath.keys.sorted() {
            out += "- \(path):\n"
            let rows = (byPath[path] ?? [:]).sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            for (code, count) in rows { out += "    \(count) × \(code)\n" }
        }
        return out
    }
}
