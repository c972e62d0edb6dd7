/// 1-based line and UTF-16 column, the unit the Bicep compiler and LSP clients use
/// (bicep-syntax.md §1.1).
public struct LineColumn: Hashable, Sendable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: LineColumn, rhs: LineColumn) -> Bool {
        lhs.line != rhs.line ? lhs.line < rhs.line : lhs.column < rhs.column
    }
}

/// Offsets of line starts. Lines end at `\r\n`, `\n` or a lone `\r`.
public struct LineTable: Sendable, Equatable {
    /// Byte offset of the first byte of each line; `starts[0] == 0`.
    public private(set) var starts: [UInt32]
    /// Whether each line is all ASCII, where a column is a byte difference. Without it every
    /// column re-counts its line: thousands of diagnostics on one long line took quadratic time.
    private var asciiLines: [Bool]

    public init(bytes: [UInt8]) {
        var starts: [UInt32] = [0]
        starts.reserveCapacity(bytes.count / 32 + 1)
        var asciiLines: [Bool] = []
        asciiLines.reserveCapacity(bytes.count / 32 + 1)
        bytes.withUnsafeBufferPointer { buffer in
            Self.scan(buffer, starts: &starts, asciiLines: &asciiLines)
        }
        self.starts = starts
        self.asciiLines = asciiLines
    }

    /// Every file read goes through here: eight bytes at a time while a word holds no line end
    /// (bit tricks on a `UInt64`), then byte by byte around each `\n` / `\r`.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, starts: inout [UInt32], asciiLines: inout [Bool]) {
        let n = bytes.count
        guard let base = bytes.baseAddress else { asciiLines.append(true); return }
        let highs = WordBytes.highs
        var high: UInt8 = 0
        var i = 0
        while i + 8 <= n {
            let word = WordBytes.load(base, at: i)
            // A `\n` or `\r`: only the lowest mark is trusted.
            let marks = WordBytes.matches(word, 0x0A) | WordBytes.matches(word, 0x0D)
            if marks == 0 {
                if word & highs != 0 { high = 0x80 }
                i += 8
                continue
            }
            let first = marks.trailingZeroBitCount / 8
            let before: UInt64 = first == 0 ? 0 : ~0 >> (64 - 8 * first)
            if word & before & highs != 0 { high = 0x80 }
            i += first
            i = lineEnd(at: i, base, n, &high, &starts, &asciiLines)
        }
        while i < n {
            high |= base[i]
            i = lineEnd(at: i, base, n, &high, &starts, &asciiLines)
        }
        asciiLines.append(high < 0x80)
    }

    /// Records the line that ends at `i` if `base[i]` is a line end; the offset after it.
    @inline(__always)
    private static func lineEnd(at i: Int, _ base: UnsafePointer<UInt8>, _ n: Int, _ high: inout UInt8,
                                _ starts: inout [UInt32], _ asciiLines: inout [Bool]) -> Int {
        var i = i
        let b = base[i]
        if b == 0x0A || b == 0x0D {
            if b == 0x0D && i + 1 < n && base[i + 1] == 0x0A { i += 1 }
            starts.append(UInt32(truncatingIfNeeded: i + 1))
            asciiLines.append(high < 0x80)
            high = 0
        }
        return i + 1
    }

    public var lineCount: Int { starts.count }

    /// 0-based index of the line holding `offset`.
    public func lineIndex(of offset: UInt32) -> Int {
        var lo = 0
        var hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Line and column of a byte offset, the column in UTF-16 units (default) or bytes.
    /// `contentStart` skips a BOM on line 1.
    public func location(of offset: UInt32, in bytes: [UInt8], contentStart: Int = 0, unit: ColumnUnit = .utf16) -> LineColumn {
        let clamped = min(Int(offset), bytes.count)
        let index = lineIndex(of: UInt32(clamped))
        var from = Int(starts[index])
        if index == 0 { from = max(from, min(contentStart, clamped)) }
        if unit == .byte || (index < asciiLines.count && asciiLines[index]) {
            return LineColumn(line: index + 1, column: clamped - from + 1)
        }
        return LineColumn(line: index + 1, column: Self.utf16Length(bytes, from, clamped) + 1)
    }

    /// Byte range of a 0-based line, without its line terminator.
    public func lineRange(_ index: Int, in bytes: [UInt8]) -> Range<Int> {
        guard index >= 0 && index < starts.count else { return bytes.count..<bytes.count }
        let start = Int(starts[index])
        var end = index + 1 < starts.count ? Int(starts[index + 1]) : bytes.count
        while end > start && (bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D) { end -= 1 }
        return start..<end
    }

    /// UTF-16 code units in `bytes[from..<to]`, counting invalid bytes as one unit each.
    static func utf16Length(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Int {
        var units = 0
        var i = from
        while i < to {
            let b = bytes[i]
            if b < 0x80 { units += 1; i += 1 }
            else if b >= 0xF0 && b < 0xF8 { units += 2; i += 4 }
            else if b >= 0xE0 && b < 0xF0 { units += 1; i += 3 }
            else if b >= 0xC0 && b < 0xE0 { units += 1; i += 2 }
            else { units += 1; i += 1 }
        }
        return units
    }
}
