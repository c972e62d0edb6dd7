import ArmorBase
import ArmorAnalysis
import ArmorRules

/// `--format sarif`: one SARIF 2.1.0 log for the whole run, written field by field with
/// `JSONWriter` (typed, ordered, never a `[String: Any]`), valid against the OASIS schema
/// (Tests/ArmorKitTests/Output/validate_sarif.py checks the golden logs).
///
/// URIs are relative to `%SRCROOT%` (the report's root, given in `originalUriBaseIds`);
/// columns are UTF-16 code units, as `columnKind` states; `partialFingerprints["armor/v1"]` is
/// the line-shift-stable `Fingerprint`. Notes without a place and the help text are appended to
/// the message, since SARIF has no field for a free-standing hint.
///
/// Undecided checks: the run's property bag gives their count (`properties.undecided`) and the
/// summary line (`properties.undecidedSummary`) when there are any; under `--show-undecided`
/// each is a `note` result with `properties.undecided: true`.
public struct SARIFReporter: Reporter {
    public static let schemaURI =
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// Links come from `DocumentationLinks`, the one place that knows where the docs are hosted.
    public static let informationURI = DocumentationLinks.repository
    public static let rootBaseID = "%SRCROOT%"
    public static let fingerprintKey = "armor/v1"

    public init() {}

    public func render(_ report: LintReport) -> String {
        let descriptors = Self.descriptors(for: report)
        var index: [String: Int] = [:]
        for (i, descriptor) in descriptors.enumerated() { index[descriptor.id] = i }
        var json = JSONWriter()
        json.beginObject()
        json.field("$schema", Self.schemaURI)
        json.field("version", "2.1.0")
        json.key("runs")
        json.beginArray()
        json.beginObject()
        writeTool(descriptors, version: report.toolVersion, into: &json)
        writeBaseIDs(root: report.root, into: &json)
        json.field("columnKind", "utf16CodeUnits")
        json.key("results")
        json.beginArray()
        for (diagnostic, fingerprint) in zip(report.diagnostics, Fingerprint.all(in: report)) {
            writeResult(diagnostic, ruleIndex: index[diagnostic.code.id] ?? 0, fingerprint: fingerprint,
                        report: report, into: &json)
        }
        json.endArray()
        if let line = ReportSummary(report).undecidedLine {
            json.key("properties")
            json.beginObject()
            json.field("undecided", report.undecided.count)
            json.field("undecidedSummary", line)
            json.endObject()
        }
        json.endObject()
        json.endArray()
        json.endObject()
        return json.text + "\n"
    }

    /// A `reportingDescriptor`: armor's rules, plus syntax codes that occur in the results.
    struct Descriptor {
        var id: String
        var summary: String?
        var level: Severity?
        var category: String?
        var helpURI: String?
    }

    /// The rules that ran (sorted by id), then any other code a result uses (sorted), so that
    /// every result's `ruleIndex` points at its descriptor.
    static func descriptors(for report: LintReport) -> [Descriptor] {
        var seen = Set<String>()
        var out: [Descriptor] = []
        for rule in report.rules.sorted(by: { $0.id < $1.id }) where seen.insert(rule.id.rawValue).inserted {
            out.append(Descriptor(id: rule.id.rawValue, summary: rule.summary, level: rule.severity,
                                  category: rule.category.rawValue, helpURI: rule.id.helpURL))
        }
        var extra: [Descriptor] = []
        for diagnostic in report.diagnostics where seen.insert(diagnostic.code.id).inserted {
            let id = diagnostic.code.id
            if case .rule(let rule) = diagnostic.code {
                extra.append(Descriptor(id: id, helpURI: rule.helpURL))
            } else {
                extra.append(Descriptor(id: id))
            }
        }
        return out + extra.sorted { $0.id < $1.id }
    }

    private func writeTool(_ descriptors: [Descriptor], version: String, into json: inout JSONWriter) {
        json.key("tool")
        json.beginObject()
        json.key("driver")
        json.beginObject()
        json.field("name", "armor")
        json.field("version", version)
        json.field("informationUri", Self.informationURI)
        json.key("rules")
        json.beginArray()
        for descriptor in descriptors {
            json.beginObject()
            json.field("id", descriptor.id)
            if let summary = descriptor.summary { json.key("shortDescription"); Self.message(summary, into: &json) }
            if let helpURI = descriptor.helpURI { json.field("helpUri", helpURI) }
            if let level = descriptor.level {
                json.key("defaultConfiguration")
                json.beginObject()
                json.field("level", Self.level(level))
                json.endObject()
            }
            if let category = descriptor.category {
                json.key("properties")
                json.beginObject()
                json.key("tags")
                json.beginArray()
                json.string(category)
                json.endArray()
                json.endObject()
            }
            json.endObject()
        }
        json.endArray()
        json.endObject()
        json.endObject()
    }

    /// `%SRCROOT%` as a `file:` URI when the root is absolute; a relative root cannot be a base
    /// URI, so then only its description is given and consumers resolve it themselves.
    private func writeBaseIDs(root: String, into json: inout JSONWriter) {
        json.key("originalUriBaseIds")
        json.beginObject()
        json.key(Self.rootBaseID)
        json.beginObject()
        if root.hasPrefix("/") {
            json.field("uri", ReportPaths.fileURI(root, directory: true))
        }
        json.key("description")
        Self.message("The directory armor linted from; result URIs are relative to it.", into: &json)
        json.endObject()
        json.endObject()
    }

    private func writeResult(_ diagnostic: Diagnostic, ruleIndex: Int, fingerprint: Fingerprint,
                             report: LintReport, into json: inout JSONWriter) {
        json.beginObject()
        json.field("ruleId", diagnostic.code.id)
        json.field("ruleIndex", ruleIndex)
        json.field("level", Self.level(diagnostic.severity))
        json.key("message")
        Self.message(Self.messageText(diagnostic), into: &json)
        json.key("locations")
        json.beginArray()
        json.beginObject()
        writePhysical(diagnostic.location, report: report, into: &json)
        json.endObject()
        json.endArray()
        let located = diagnostic.notes.filter { $0.location != nil }
        if !located.isEmpty {
            json.key("relatedLocations")
            json.beginArray()
            for (i, note) in located.enumerated() {
                guard let location = note.location else { continue }
                json.beginObject()
                json.field("id", i + 1)
                writePhysical(location, report: report, into: &json)
                json.key("message")
                Self.message(note.message, into: &json)
                json.endObject()
            }
            json.endArray()
        }
        if let fix = diagnostic.fix { writeFix(fix, report: report, into: &json) }
        json.key("partialFingerprints")
        json.beginObject()
        json.field(Self.fingerprintKey, fingerprint.hex)
        json.endObject()
        if diagnostic.isUndecided {
            json.key("properties")
            json.beginObject()
            json.field("undecided", true)
            json.endObject()
        }
        json.endObject()
    }

    /// `fixes`: one fix, one `artifactChange` per file, its edits as `replacements` whose
    /// `deletedRegion` gives UTF-16 line/column and the exact UTF-8 `byteOffset`/`byteLength`;
    /// `properties.applicability` is `safe` or `unsafe`.
    private func writeFix(_ fix: Fix, report: LintReport, into json: inout JSONWriter) {
        json.key("fixes")
        json.beginArray()
        json.beginObject()
        json.key("description")
        Self.message(fix.title, into: &json)
        json.key("artifactChanges")
        json.beginArray()
        for path in fix.paths {
            json.beginObject()
            writeArtifact(path, report: report, into: &json)
            json.key("replacements")
            json.beginArray()
            for edit in fix.edits.filter({ $0.path == path }).sorted(by: { $0.span.start < $1.span.start }) {
                json.beginObject()
                json.key("deletedRegion")
                json.beginObject()
                let location = Location(path: path, span: edit.span)
                if report.sources[path] != nil {
                    let start = report.position(location, unit: .utf16), end = report.endPosition(location, unit: .utf16)
                    json.field("startLine", start.line)
                    json.field("startColumn", start.column)
                    json.field("endLine", end.line)
                    json.field("endColumn", end.column)
                }
                json.field("byteOffset", Int(edit.span.start))
                json.field("byteLength", edit.span.length)
                json.endObject()
                json.key("insertedContent")
                json.beginObject()
                json.field("text", edit.replacement)
                json.endObject()
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        // SARIF has no field for it: whether `--fix` applies the fix or only `--unsafe-fixes` does.
        json.key("properties")
        json.beginObject()
        json.field("applicability", fix.applicability.rawValue)
        json.endObject()
        json.endObject()
        json.endArray()
    }

    private func writeArtifact(_ path: String, report: LintReport, into json: inout JSONWriter) {
        json.key("artifactLocation")
        json.beginObject()
        let relative = ReportPaths.relative(path, to: report.root)
        if relative.hasPrefix("/") {
            json.field("uri", ReportPaths.fileURI(relative))
        } else {
            json.field("uri", ReportPaths.uriEncoded(relative))
            json.field("uriBaseId", Self.rootBaseID)
        }
        json.endObject()
    }

    private func writePhysical(_ location: Location, report: LintReport, into json: inout JSONWriter) {
        json.key("physicalLocation")
        json.beginObject()
        json.key("artifactLocation")
        json.beginObject()
        let relative = ReportPaths.relative(location.path, to: report.root)
        if relative.hasPrefix("/") {
            json.field("uri", ReportPaths.fileURI(relative))
        } else {
            json.field("uri", ReportPaths.uriEncoded(relative))
            json.field("uriBaseId", Self.rootBaseID)
        }
        json.endObject()
        if report.sources[location.path] != nil {
            let start = report.position(location, unit: .utf16)
            let end = report.endPosition(location, unit: .utf16)
            json.key("region")
            json.beginObject()
            json.field("startLine", start.line)
            json.field("startColumn", start.column)
            json.field("endLine", end.line)
            json.field("endColumn", end.column)
            json.endObject()
        }
        json.endObject()
    }

    /// The message, then `note:` lines for notes without a place and a `help:` line.
    static func messageText(_ diagnostic: Diagnostic) -> String {
        var text = diagnostic.message
        for note in diagnostic.notes where note.location == nil { text += "\nnote: " + note.message }
        if let help = diagnostic.help { text += "\nhelp: " + help }
        return text
    }

    static func message(_ text: String, into json: inout JSONWriter) {
        json.beginObject()
        json.field("text", text)
        json.endObject()
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }
}
