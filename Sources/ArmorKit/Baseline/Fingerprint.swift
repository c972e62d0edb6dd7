import ArmorBase

/// A finding's identity that survives unrelated edits: a 64-bit FNV-1a hash of the code id,
/// the root-relative file, the flagged line's text with whitespace normalised, and the
/// occurrence index among findings sharing those three. The line *number* is deliberately left
/// out, so inserting lines above a finding keeps its fingerprint (SARIF `partialFingerprints`,
/// baselines).
public struct Fingerprint: Hashable, Sendable, Comparable {
    public let value: UInt64

    public init(value: UInt64) { self.value = value }

    /// Sixteen lower-case hex digits.
    public var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Parses `hex`'s form; nil unless exactly 16 hex digits.
    public init?(hex: String) {
        guard hex.utf8.count == 16, let value = UInt64(hex, radix: 16) else { return nil }
        self.value = value
    }

    public static func < (lhs: Fingerprint, rhs: Fingerprint) -> Bool { lhs.value < rhs.value }

    /// One fingerprint per diagnostic of `report`, in the same order.
    public static func all(in report: LintReport) -> [Fingerprint] {
        var occurrences: [UInt64: Int] = [:]
        return report.diagnostics.map { diagnostic in
            var hasher = FNV1a()
            hasher.add(diagnostic.code.id)
            hasher.add(ReportPaths.relative(diagnostic.location.path, to: report.root))
            hasher.add(flaggedLine(diagnostic.location, in: report))
            // Undecided checks count their occurrences apart, so that listing them
            // (`--show-undecided`) never shifts a finding's fingerprint.
            if diagnostic.isUndecided { hasher.add("undecided") }
            let key = hasher.value
            let index = occurrences[key, default: 0]
            occurrences[key] = index + 1
            hasher.add(String(index))
            return Fingerprint(value: hasher.value)
        }
    }

    /// The text of the line holding the span's start, trimmed, inner whitespace runs as one space.
    static func flaggedLine(_ location: Location, in report: LintReport) -> [UInt8] {
        guard let source = report.sources[location.path] else { return [] }
        let index = source.lines.lineIndex(of: location.span.start)
        var range = source.lines.lineRange(index, in: source.bytes)
        if index == 0 { range = min(max(range.lowerBound, source.contentStart), range.upperBound)..<range.upperBound }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var pendingSpace = false
        for byte in source.bytes[range] {
            if byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(byte)
        }
        return out
    }
}

/// 64-bit FNV-1a, with a 0xFF separator after each field (a byte UTF-8 never contains),
/// so that ("ab", "c") and ("a", "bc") differ.
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) { add(Array(text.utf8)) }

    mutating func add(_ bytes: [UInt8]) {
        for byte in bytes { mix(byte) }
        mix(0xFF)
    }

    mutating func mix(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01B3
    }
}
