import ArmorBase
import ArmorSyntax

/// Finds suppression directives in a file. Comment text is scanned byte by byte (no regex):
/// the keyword, then codes up to the end of the comment. As in Bicep's pragmas, a code is a run
/// of identifier characters and `-`; spaces, tabs and commas separate codes and any other
/// character ends the list, so a reason may follow (`… keyvault-first -- legacy template`).
public enum DirectiveParser {
    static let keyword = Array("armor-disable-next-line".utf8)

    /// Whether the file could hold a directive at all: a cheap test that lets almost every
    /// file skip the scan.
    public static func mayContainDirectives(_ bytes: [UInt8]) -> Bool {
        // Found by its '-': 1 byte in ~350 of the ARM JSON corpus, where 'd' is 1 in 60.
        ByteSearch.contains(bytes, "disable-", anchor: 7)
    }

    /// `// armor-disable-next-line …` (or the same in a `/* */` comment) from the JSON
    /// reader's comment side table.
    public static func armDirectives(_ comments: [JSONComment], in source: SourceFile) -> [Directive] {
        var result: [Directive] = []
        for comment in comments {
            let start = Int(comment.span.start) + 2
            let end = comment.isBlock ? max(start, Int(comment.span.end) - 2) : Int(comment.span.end)
            guard let (codes, _) = scan(source.bytes, from: start, to: end, multiline: comment.isBlock) else { continue }
            let lastByte = max(comment.span.start, comment.span.end > 0 ? comment.span.end - 1 : 0)
            result.append(Directive(kind: .nextLine, codes: codes, line: source.lines.lineIndex(of: lastByte),
                                    span: comment.span, origin: .armComment))
        }
        return result
    }

    /// `# armor-disable-next-line …` on a line of its own in a shell or PowerShell script.
    public static func scriptDirectives(_ source: SourceFile) -> [Directive] {
        var result: [Directive] = []
        let bytes = source.bytes
        for index in 0..<source.lines.lineCount {
            let range = source.lines.lineRange(index, in: bytes)
            var i = index == 0 ? max(range.lowerBound, min(source.contentStart, range.upperBound)) : range.lowerBound
            while i < range.upperBound && isBlank(bytes[i]) { i += 1 }
            guard i < range.upperBound, bytes[i] == UInt8(ascii: "#") else { continue }
            guard let (codes, _) = scan(bytes, from: i + 1, to: range.upperBound) else { continue }
            result.append(Directive(kind: .nextLine, codes: codes, line: index,
                                    span: Span(i, range.upperBound), origin: .scriptComment))
        }
        return result
    }

    /// Blanks, the keyword, then the codes; nil when the text is not a directive.
    /// `multiline`: a block comment, where line breaks separate codes like blanks.
    static func scan(_ bytes: [UInt8], from: Int, to end: Int, multiline: Bool = false) -> ([Directive.Code], Int)? {
        var i = from
        while i < end && isBlank(bytes[i]) { i += 1 }
        guard end - i >= keyword.count, bytes[i..<(i + keyword.count)].elementsEqual(keyword) else { return nil }
        i += keyword.count
        guard i == end || isBlank(bytes[i]) || (multiline && isLineBreak(bytes[i])) else { return nil }
        let codes = self.codes(bytes, from: i, to: end, multiline: multiline)
        return (codes, i)
    }

    /// Codes separated by blanks or commas, up to `end` or the first other character.
    static func codes(_ bytes: [UInt8], from: Int, to end: Int, multiline: Bool = false) -> [Directive.Code] {
        var codes: [Directive.Code] = []
        var i = from
        while i < end {
            let c = bytes[i]
            if isBlank(c) || c == UInt8(ascii: ",") || (multiline && isLineBreak(c)) { i += 1; continue }
            guard isCodeByte(c) else { break }
            let start = i
            var hasWordByte = false
            while i < end && isCodeByte(bytes[i]) {
                if bytes[i] != UInt8(ascii: "-") { hasWordByte = true }
                i += 1
            }
            guard hasWordByte else { break }   // `--` starts a reason
            codes.append(Directive.Code(id: String(decoding: bytes[start..<i], as: UTF8.self), span: Span(start, i)))
        }
        return codes
    }

    @inline(__always)
    static func isBlank(_ c: UInt8) -> Bool { c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") }

    @inline(__always)
    static func isLineBreak(_ c: UInt8) -> Bool { c == 0x0A || c == 0x0D }

    @inline(__always)
    static func isCodeByte(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"): true
        default: false
        }
    }
}
