import ArmorBase

/// `--format junit`: JUnit XML for CI test tabs (Azure Pipelines `PublishTestResults@2` with
/// `testResultsFormat: JUnit`, GitLab `artifacts:reports:junit`). One `<testcase>` per file and
/// code that has findings, named by the code with the file as `classname`, failing with every
/// finding of that pair listed; one passing `<testcase name="lint">` per clean file.
/// Undecided checks never fail a test case: the suite's `<properties>` give their count
/// (`armor.undecided`), and `<system-out>` the summary line, then, under `--show-undecided`,
/// each check with its help.
public struct JUnitReporter: Reporter {
    public static let passingName = "lint"

    public init() {}

    public func render(_ report: LintReport) -> String {
        var byFile: [String: [String: [Diagnostic]]] = [:]
        for diagnostic in report.findings {
            byFile[diagnostic.location.path, default: [:]][diagnostic.code.id, default: []].append(diagnostic)
        }
        var cases: [String] = []
        var failures = 0
        for path in report.allPaths {
            let file = ReportPaths.relative(path, to: report.root)
            guard let groups = byFile[path] else {
                cases.append("    <testcase classname=\"\(Self.attribute(file))\" name=\"\(Self.passingName)\" time=\"0\"/>")
                continue
            }
            for code in groups.keys.sorted() {
                failures += 1
                cases.append(failingCase(file: file, code: code, findings: groups[code] ?? [], report: report))
            }
        }
        let counts = "tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\" time=\"0\""
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"armor\" \(counts)>\n"
        out += "  <testsuite name=\"armor\" \(counts)>\n"
        let undecidedLine = ReportSummary(report).undecidedLine
        if undecidedLine != nil {
            out += "    <properties>\n"
            out += "      <property name=\"armor.undecided\" value=\"\(report.undecided.count)\"/>\n"
            out += "    </properties>\n"
        }
        for testCase in cases { out += testCase + "\n" }
        if let undecidedLine {
            out += "    <system-out>" + Self.text(undecidedOutput(undecidedLine, report: report)) + "</system-out>\n"
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }

    /// The summary line, then each listed undecided check as `file:line:col: info [rule] message`
    /// with its note and help lines indented.
    private func undecidedOutput(_ line: String, report: LintReport) -> String {
        var body = line + "\n"
        for check in report.diagnostics where check.isUndecided {
            let position = report.position(check.location)
            let lines = ReportText.lines(ReportText.details(check, in: report))
            body += "\(ReportPaths.relative(check.location.path, to: report.root)):\(position.line):\(position.column): "
            body += "\(check.severity.rawValue) [\(check.code.id)] \(lines.first ?? "")\n"
            for extra in lines.dropFirst() { body += "  " + extra + "\n" }
        }
        return body
    }

    private func failingCase(file: String, code: String, findings: [Diagnostic], report: LintReport) -> String {
        let worst = findings.map(\.severity).max() ?? .error
        var summary = ""
        var body = ""
        for (i, diagnostic) in findings.enumerated() {
            let position = report.position(diagnostic.location)
            let place = "\(position.line):\(position.column)"
            let lines = ReportText.lines(ReportText.details(diagnostic, in: report))
            if i == 0 { summary = place + ": " + (lines.first ?? "") }
            body += "\(file):\(place): \(diagnostic.severity.rawValue) \(lines.first ?? "")\n"
            for line in lines.dropFirst() { body += "  " + line + "\n" }
        }
        if findings.count > 1 { summary = "\(findings.count) findings, first at " + summary }
        return "    <testcase classname=\"\(Self.attribute(file))\" name=\"\(Self.attribute(code))\" time=\"0\">\n"
            + "      <failure message=\"\(Self.attribute(summary))\" type=\"\(worst.rawValue)\">"
            + Self.text(body) + "</failure>\n"
            + "    </testcase>"
    }

    /// Escapes for an attribute value in double quotes; line breaks and tabs as character
    /// references so that attribute-value normalisation keeps them.
    static func attribute(_ value: String) -> String {
        escape(value) { scalar in
            switch scalar {
            case "\"": "&quot;"
            case "\n": "&#10;"
            case "\r": "&#13;"
            case "\t": "&#9;"
            default: nil
            }
        }
    }

    /// Escapes for element content; a CR is kept as a reference (parsers turn a raw CR into LF).
    static func text(_ value: String) -> String {
        escape(value) { $0 == "\r" ? "&#13;" : nil }
    }

    /// `&`, `<`, `>` always; characters XML 1.0 forbids (C0 controls but tab/LF/CR, U+FFFE,
    /// U+FFFF) become U+FFFD; `special` handles the rest per context.
    private static func escape(_ value: String, _ special: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            if let replacement = special(scalar) { out += replacement; continue }
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default:
                let v = scalar.value
                let forbidden = (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0xFFFE || v == 0xFFFF
                out.unicodeScalars.append(forbidden ? "\u{FFFD}" : scalar)
            }
        }
        return out
    }
}
