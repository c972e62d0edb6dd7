import ArmorBase

/// Findings recorded by `armor lint --write-baseline FILE`, so that `--baseline FILE` reports
/// only new ones. An entry is (code id, root-relative file, `Fingerprint`); the fingerprint
/// ignores line numbers, so edits above a finding do not resurface it.
///
/// The file is JSON in a fixed shape, one finding per line, sorted, so it diffs well in review:
///
///     {
///       "version": 1,
///       "findings": [
///         "keyvault-first\tinfra/main.bicep\t3f1c0a9d5e2b7788"
///       ]
///     }
///
/// `BaselineReader` reads exactly this shape (whitespace is free; other keys with string or
/// number values are ignored), without a general JSON parser.
public struct Baseline: Sendable, Equatable {
    public static let version = 1

    public struct Entry: Hashable, Sendable, Comparable {
        public var code: String
        public var file: String
        public var fingerprint: Fingerprint

        public init(code: String, file: String, fingerprint: Fingerprint) {
            self.code = code
            self.file = file
            self.fingerprint = fingerprint
        }

        public static func < (lhs: Entry, rhs: Entry) -> Bool {
            if lhs.file != rhs.file { return lhs.file < rhs.file }
            if lhs.code != rhs.code { return lhs.code < rhs.code }
            return lhs.fingerprint < rhs.fingerprint
        }

        /// `code \t file \t fingerprint`: the string stored in the file.
        var line: String { code + "\t" + file + "\t" + fingerprint.hex }
    }

    /// Sorted; may hold duplicates (each one baselines one occurrence).
    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries.sorted() }

    /// Records every finding of `report`; undecided checks are no findings and are left out.
    public init(recording report: LintReport) {
        self.init(entries: zip(report.diagnostics, Fingerprint.all(in: report)).compactMap { diagnostic, fingerprint in
            guard !diagnostic.isUndecided else { return nil }
            return Entry(code: diagnostic.code.id, file: ReportPaths.relative(diagnostic.location.path, to: report.root),
                         fingerprint: fingerprint)
        })
    }

    /// The file's text.
    public func serialized() -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("version", Self.version)
        json.key("findings")
        json.beginArray()
        for entry in entries { json.string(entry.line) }
        json.endArray()
        json.endObject()
        return json.text + "\n"
    }

    /// Parses a baseline file; `path` is used in error messages only.
    public static func parse(_ bytes: [UInt8], path: String) throws(BaselineError) -> Baseline {
        var reader = BaselineReader(bytes: bytes, path: path)
        return try reader.read()
    }

    /// `report` without the findings this baseline holds. Entries are counted, so of two
    /// identical findings with one entry, one is still reported. Undecided checks are never
    /// matched: a baseline does not hide them (a suppression may).
    public func filter(_ report: LintReport) -> LintReport {
        var remaining: [Entry: Int] = [:]
        for entry in entries { remaining[entry, default: 0] += 1 }
        var kept: [Diagnostic] = []
        for (diagnostic, fingerprint) in zip(report.diagnostics, Fingerprint.all(in: report)) {
            if diagnostic.isUndecided {
                kept.append(diagnostic)
                continue
            }
            let entry = Entry(code: diagnostic.code.id,
                              file: ReportPaths.relative(diagnostic.location.path, to: report.root),
                              fingerprint: fingerprint)
            if let count = remaining[entry], count > 0 {
                remaining[entry] = count - 1
            } else {
                kept.append(diagnostic)
            }
        }
        var filtered = report
        filtered.diagnostics = kept
        return filtered
    }
}

/// A malformed baseline file, with the place of the problem.
public struct BaselineError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    public var message: String

    public var description: String { "\(path):\(line):\(column): \(message)" }
}
