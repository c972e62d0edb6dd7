import ArmorBase

/// `--format json`: a versioned, documented report for scripts. Fields may be added within a
/// schema version, never renamed or dropped; a breaking change bumps `schemaVersion`.
///
/// Schema version 1:
///
/// ```
/// {
///   "schemaVersion": 1,
///   "tool": { "name": "armor", "version": "0.1.0" },
///   "diagnostics": [                       // in output order: file, offset, code
///     {
///       "code": "keyvault-first",          // rule id, or a syntax code such as "BCP018"
///       "kind": "rule",                    // "rule" | "syntax"
///       "severity": "error",               // "error" | "warning" | "info"
///       "message": "…",
///       "file": "infra/main.bicep",        // the path as given on the command line
///       "start": { "line": 3, "column": 10, "offset": 57 },
///       "end":   { "line": 3, "column": 14, "offset": 61 },
///       "related": [                       // the diagnostic's notes, in order
///         { "message": "declared here",
///           "file": "infra/main.bicep",    // null (and no start/end) for a note without place
///           "start": { … }, "end": { … } }
///       ],
///       "help": "…",                       // the fix hint, or null; a fix's title when there is one
///       "fix": {                           // only when the finding has an edit (`armor lint --fix`)
///         "title": "…", "applicability": "safe",   // "safe" | "unsafe" (--unsafe-fixes)
///         "edits": [ { "file": "…", "start": { … }, "end": { … }, "content": "…" } ]
///       },
///       "fingerprint": "9f0c…",            // 16 hex digits, stable under line shifts
///       "undecided": true                  // only on an undecided check (--show-undecided)
///     }
///   ],
///   "summary": {
///     "files": 5, "filesWithFindings": 2,
///     "errors": 3, "warnings": 1, "infos": 0,
///     "byCode": { "keyvault-first": 2, "BCP018": 1 },  // keys sorted
///     "undecided": {                       // only when a check could not be decided
///       "count": 1,
///       "checks": [ { "rule": "keyvault-first", "file": "infra/main.bicep", "line": 12,
///                     "column": 1, "message": "category of 'conns' comes from …",
///                     "help": "…" } ]       // help: how to supply the value, or null
///     }
///   }
/// }
/// ```
///
/// Undecided checks (a value a rule needs is unknown) are never findings: the summary's counts
/// leave them out, and they are among `diagnostics` only under `--show-undecided`.
///
/// Lines are 1-based; columns are 1-based UTF-16 code units (what the Bicep compiler and LSP
/// clients use); `offset` is the 0-based UTF-8 byte offset. `end` is exclusive: it is the
/// position just after the flagged text. When armor lacks the file's text, line and column are 1:1.
/// `fingerprint` is the one SARIF (`partialFingerprints["armor/v1"]`) and baselines use.
public struct JSONReporter: Reporter {
    public static let schemaVersion = 1

    public init() {}

    public func render(_ report: LintReport) -> String {
        let fingerprints = Fingerprint.all(in: report)
        var json = JSONWriter()
        json.beginObject()
        json.field("schemaVersion", Self.schemaVersion)
        json.key("tool")
        json.beginObject()
        json.field("name", "armor")
        json.field("version", report.toolVersion)
        json.endObject()
        json.key("diagnostics")
        json.beginArray()
        for (diagnostic, fingerprint) in zip(report.diagnostics, fingerprints) {
            write(diagnostic, fingerprint: fingerprint, report: report, into: &json)
        }
        json.endArray()
        writeSummary(ReportSummary(report), undecided: report.undecided, report: report, into: &json)
        json.endObject()
        return json.text + "\n"
    }

    private func write(_ diagnostic: Diagnostic, fingerprint: Fingerprint, report: LintReport,
                       into json: inout JSONWriter) {
        json.beginObject()
        json.field("code", diagnostic.code.id)
        if case .rule = diagnostic.code { json.field("kind", "rule") } else { json.field("kind", "syntax") }
        json.field("severity", diagnostic.severity.rawValue)
        json.field("message", diagnostic.message)
        json.field("file", diagnostic.location.path)
        writeRange(diagnostic.location, report: report, into: &json)
        json.key("related")
        json.beginArray()
        for note in diagnostic.notes {
            json.beginObject()
            json.field("message", note.message)
            if let location = note.location {
                json.field("file", location.path)
                writeRange(location, report: report, into: &json)
            } else {
                json.field("file", optional: nil)
            }
            json.endObject()
        }
        json.endArray()
        json.field("help", optional: diagnostic.help)
        if let fix = diagnostic.fix { write(fix, report: report, into: &json) }
        json.field("fingerprint", fingerprint.hex)
        if diagnostic.isUndecided { json.field("undecided", true) }
        json.endObject()
    }

    private func write(_ fix: Fix, report: LintReport, into json: inout JSONWriter) {
        json.key("fix")
        json.beginObject()
        json.field("title", fix.title)
        json.field("applicability", fix.applicability.rawValue)
        json.key("edits")
        json.beginArray()
        for edit in fix.edits.sorted(by: { ($0.path, $0.span.start) < ($1.path, $1.span.start) }) {
            json.beginObject()
            json.field("file", edit.path)
            writeRange(Location(path: edit.path, span: edit.span), report: report, into: &json)
            json.field("content", edit.replacement)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    private func writeRange(_ location: Location, report: LintReport, into json: inout JSONWriter) {
        for (name, position, offset) in [("start", report.position(location), location.span.start),
                                         ("end", report.endPosition(location), location.span.end)] {
            json.key(name)
            json.beginObject()
            json.field("line", position.line)
            json.field("column", position.column)
            json.field("offset", Int(offset))
            json.endObject()
        }
    }

    private func writeSummary(_ summary: ReportSummary, undecided: [Diagnostic], report: LintReport,
                              into json: inout JSONWriter) {
        json.key("summary")
        json.beginObject()
        json.field("files", summary.filesLinted)
        json.field("filesWithFindings", summary.filesWithFindings)
        json.field("errors", summary.errors)
        json.field("warnings", summary.warnings)
        json.field("infos", summary.infos)
        json.key("byCode")
        json.beginObject()
        for code in summary.byCode.keys.sorted() {
            json.field(code, summary.byCode[code] ?? 0)
        }
        json.endObject()
        if !undecided.isEmpty { writeUndecided(undecided, report: report, into: &json) }
        json.endObject()
    }

    private func writeUndecided(_ undecided: [Diagnostic], report: LintReport, into json: inout JSONWriter) {
        json.key("undecided")
        json.beginObject()
        json.field("count", undecided.count)
        json.key("checks")
        json.beginArray()
        for check in undecided {
            let position = report.position(check.location)
            json.beginObject()
            json.field("rule", check.code.id)
            json.field("file", check.location.path)
            json.field("line", position.line)
            json.field("column", position.column)
            json.field("message", check.message)
            json.field("help", optional: check.help)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }
}
