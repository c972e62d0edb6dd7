import ArmorBase

/// Byte scans for the local module paths a template may name, without parsing it: Bicep's
/// `module <sym> '<path>'` and ARM's `"relativePath": "<path>"`. Loose by design (a match in a
/// comment counts); `ModuleImporters` confirms each edge it follows with the front end.
enum ModuleReferenceScan {
    /// `'<path>'` after `module <identifier>` at the start of a token; registry (`br:`, `ts:`)
    /// and interpolated paths are skipped.
    static func bicep(_ bytes: [UInt8]) -> [String] {
        let keyword = Array("module".utf8)
        var out: [String] = []
        var i = 0
        while let at = find(keyword, in: bytes, from: i) {
            i = at + keyword.count
            if at > 0 && isIdentifier(bytes[at - 1]) { continue }
            var j = skipBlanks(bytes, i)
            guard j > i else { continue }
            let name = j
            while j < bytes.count && isIdentifier(bytes[j]) { j += 1 }
            guard j > name else { continue }
            // A newline ends a Bicep string early: such a literal is not a path.
            guard let (path, end) = literal(bytes, at: skipBlanks(bytes, j), quote: UInt8(ascii: "'"), stop: 0x0A) else { continue }
            if !path.isEmpty, !path.contains(":"), !path.contains("${") { out.append(path) }
            i = end
        }
        return out
    }

    /// The string value after each `"relativePath"` key.
    static func arm(_ bytes: [UInt8]) -> [String] {
        let key = Array("\"relativePath\"".utf8)
        var out: [String] = []
        var i = 0
        while let at = find(key, in: bytes, from: i) {
            i = at + key.count
            let j = skipBlanks(bytes, i)
            guard j < bytes.count, bytes[j] == UInt8(ascii: ":") else { continue }
            // A backslash escape is left to the JSON reader: such a string is not followed.
            guard let (path, end) = literal(bytes, at: skipBlanks(bytes, j + 1), quote: UInt8(ascii: "\""), stop: UInt8(ascii: "\\")) else { continue }
            // `[...]` is an expression: only a literal path is followed.
            if !path.isEmpty, !path.hasPrefix("[") { out.append(path) }
            i = end
        }
        return out
    }

    /// The text of a `quote`-delimited literal opening at `at`, and the offset after it; nil when
    /// there is no literal there or `stop` comes before its closing quote.
    private static func literal(_ bytes: [UInt8], at: Int, quote: UInt8, stop: UInt8) -> (String, Int)? {
        guard at < bytes.count, bytes[at] == quote else { return nil }
        var end = at + 1
        while end < bytes.count && bytes[end] != quote && bytes[end] != stop { end += 1 }
        guard end < bytes.count, bytes[end] == quote else { return nil }
        return (String(decoding: bytes[(at + 1)..<end], as: UTF8.self), end + 1)
    }

    /// First index of `needle` at or after `from` (`memchr` for its first byte: the scan reads
    /// every template of a repository, and a Swift byte loop was most of its cost).
    static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        ByteSearch.firstIndex(of: needle, in: bytes, from: from)
    }

    private static func skipBlanks(_ bytes: [UInt8], _ from: Int) -> Int {
        var j = from
        while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0A || bytes[j] == 0x0D { j += 1 }
        return j
    }

    private static func isIdentifier(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): true
        default: false
        }
    }
}
