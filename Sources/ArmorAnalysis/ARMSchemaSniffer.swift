import ArmorBase

/// Tells an ARM template from a parameters file (or unrelated JSON) by its `$schema`: a
/// parameters file when `deploymentParameters.json` is in the first 4 KiB (ASCII case folded),
/// else a template when `deploymentTemplate.json` is, else other JSON.
enum ARMSchemaSniffer {
    /// Look at the first 4 KiB only: `$schema` comes first in practice.
    static let limit = 4096

    /// Both names start with `deployment`: one scan finds it, a word at a time, and what
    /// follows decides (two byte-by-byte searches of the 4 KiB cost ~25 K instructions a file,
    /// paid again by every lint of every JSON file).
    static func kind(of bytes: [UInt8]) -> Frontend.FileKind {
        bytes.withUnsafeBufferPointer { all in
            guard let base = all.baseAddress else { return .other }
            let head = UnsafeBufferPointer(start: base, count: min(all.count, limit))
            var isTemplate = false
            var at = firstD(head, from: 0)
            while at + 10 <= head.count {
                if matches(head, at, "deployment") {
                    if matches(head, at + 10, "parameters.json") { return .armParameters }
                    if matches(head, at + 10, "template.json") { isTemplate = true }
                }
                at = firstD(head, from: at + 1)
            }
            return isTemplate ? .armTemplate : .other
        }
    }

    /// The first `d` or `D` at or after `start`; `head.count` when there is none.
    private static func firstD(_ head: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = head.baseAddress else { return head.count }
        var i = start
        // `| 0x20` folds `D` onto `d` and nothing else onto it.
        while i + 8 <= head.count {
            let word = WordBytes.load(UnsafeRawPointer(base), at: i) | WordBytes.repeating(0x20)
            if WordBytes.matches(word, UInt8(ascii: "d")) != 0 { break }
            i += 8
        }
        while i < head.count, head[i] | 0x20 != UInt8(ascii: "d") { i += 1 }
        return i
    }

    /// Whether `head` holds `word` (lower-case ASCII) at `offset`, case folded.
    private static func matches(_ head: UnsafeBufferPointer<UInt8>, _ offset: Int, _ word: StaticString) -> Bool {
        word.withUTF8Buffer { needle in
            guard offset + needle.count <= head.count else { return false }
            for i in 0..<needle.count where ASCIICase.fold(head[offset + i]) != needle[i] { return false }
            return true
        }
    }
}
