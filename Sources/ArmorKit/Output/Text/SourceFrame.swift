import ArmorBase

/// The source excerpt under a diagnostic: the flagged line(s) with a gutter and an underline.
///
///        |
///     12 | resource kv 'Microsoft.KeyVault/vaults@2023-07-01' = {
///        |          ^^
///
/// Columns on screen are counted per Unicode scalar (wide East Asian and emoji as two, combining
/// marks as none), not per byte or UTF-16 unit, so a multi-byte character before the span does
/// not shift the underline. Tabs before the span are copied into the padding so the terminal
/// expands both lines alike.
struct SourceFrame {
    let source: SourceFile
    let span: Span
    let marker: Character
    let style: TextStyle
    var markerTone: TextStyle.Tone = .error

    /// The 1-based number of the last line the frame shows (for a shared gutter width).
    var lastLineNumber: Int { lineIndices.last + 1 }

    /// Indices of the first and last flagged line. A span that ends right after a line break
    /// does not flag the next line.
    private var lineIndices: (first: Int, last: Int) {
        let start = min(Int(span.start), source.bytes.count)
        let end = min(max(Int(span.end), start), source.bytes.count)
        let first = source.lines.lineIndex(of: UInt32(start))
        return (first, end > start ? source.lines.lineIndex(of: UInt32(end - 1)) : first)
    }

    /// The frame's lines; `width` is the gutter's digit count (at least this frame's own).
    func render(width minimumWidth: Int = 0) -> [String] {
        let bytes = source.bytes
        let start = min(Int(span.start), bytes.count)
        let end = min(max(Int(span.end), start), bytes.count)
        let (firstLine, lastLine) = lineIndices
        let width = max(minimumWidth, String(lastLine + 1).count)
        let blank = String(repeating: " ", count: width)
        var out = [style.paint(blank + " |", .gutter)]
        out += excerpt(line: firstLine, from: start, to: end, width: width)
        if lastLine > firstLine {
            if lastLine > firstLine + 1 { out.append(style.paint(blank + " ...", .gutter)) }
            let range = lineRange(lastLine)
            var from = range.lowerBound
            while from < range.upperBound && (bytes[from] == 0x20 || bytes[from] == 0x09) { from += 1 }
            out += excerpt(line: lastLine, from: from, to: end, width: width)
        }
        return out
    }

    /// A numbered source line and its underline from `from` to `to` (clamped to the line).
    private func excerpt(line: Int, from: Int, to: Int, width: Int) -> [String] {
        let full = lineRange(line)
        let bytes = source.bytes
        let lo = min(max(from, full.lowerBound), full.upperBound)
        var hi = min(max(to, lo), full.upperBound)
        // A long line shows a window around the span, so thousands of findings on one minified
        // or binary line print in linear, not quadratic, size.
        let range = Self.window(of: full, around: lo..<hi, in: bytes)
        hi = min(hi, range.upperBound)
        let number = String(line + 1)
        let gutter = String(repeating: " ", count: width - number.count) + number + " |"
        let cutBefore = range.lowerBound > full.lowerBound, cutAfter = range.upperBound < full.upperBound
        let text = (cutBefore ? "\u{2026}" : "") + Self.printable(bytes[range.lowerBound..<range.upperBound])
            + (cutAfter ? "\u{2026}" : "")
        var underline = (cutBefore ? " " : "") + Self.padding(bytes[range.lowerBound..<lo])
        let marks = max(1, Self.displayWidth(bytes[lo..<hi]))
        underline += style.paint(String(repeating: marker, count: marks), markerTone)
        let blank = String(repeating: " ", count: width) + " |"
        return [style.paint(gutter, .gutter) + (text.isEmpty ? "" : " " + text),
                style.paint(blank, .gutter) + " " + underline]
    }

    /// Lines up to this many bytes are shown whole.
    static let maxShownBytes = 160

    /// `line` itself when short; else about `maxShownBytes` around `span`, cut at character starts.
    static func window(of line: Range<Int>, around span: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        guard line.count > maxShownBytes else { return line }
        func characterStart(_ i: Int) -> Int {
            var i = i
            while i > line.lowerBound && i < line.upperBound && bytes[i] & 0xC0 == 0x80 { i -= 1 }
            return i
        }
        let before = maxShownBytes / 4
        let start = characterStart(max(line.lowerBound, span.lowerBound - before))
        let end = characterStart(min(line.upperBound, max(span.upperBound, span.lowerBound + 1) + before,
                                     start + maxShownBytes))
        return start..<max(end, min(span.lowerBound + 1, line.upperBound))
    }

    private func lineRange(_ index: Int) -> Range<Int> {
        var range = source.lines.lineRange(index, in: source.bytes)
        if index == 0 {
            range = min(max(range.lowerBound, source.contentStart), range.upperBound)..<range.upperBound
        }
        return range
    }

    /// The line as shown: control characters other than tab become U+FFFD, so a source file
    /// cannot send escape sequences to the terminal.
    static func printable(_ bytes: ArraySlice<UInt8>) -> String {
        var text = ""
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            let v = scalar.value
            if (v < 0x20 && v != 0x09) || v == 0x7F || (v >= 0x80 && v < 0xA0) {
                text.unicodeScalars.append("\u{FFFD}")
            } else {
                text.unicodeScalars.append(scalar)
            }
        }
        return text
    }

    /// Blanks as wide as `bytes` on screen, keeping tabs.
    static func padding(_ bytes: ArraySlice<UInt8>) -> String {
        var pad = ""
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            if scalar == "\t" { pad += "\t" } else { pad += String(repeating: " ", count: width(of: scalar)) }
        }
        return pad
    }

    static func displayWidth(_ bytes: ArraySlice<UInt8>) -> Int {
        String(decoding: bytes, as: UTF8.self).unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    /// Terminal cells of one scalar: a compact approximation of wcwidth.
    static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        switch v {
        case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F, 0x20D0...0x20FF: return 0
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
             0x20000...0x3FFFD: return 2
        default: return 1
        }
    }
}
