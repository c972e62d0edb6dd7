import Testing
@testable import ArmorBase

@Suite struct LineTableTests {
    @Test func linesEndAtLFCRLFAndLoneCR() {
        let source = SourceFile(path: "x", text: "a\nb\r\nc\rd")
        #expect(source.lines.lineCount == 4)
        #expect(source.location(of: 0) == LineColumn(line: 1, column: 1))
        #expect(source.location(of: 2) == LineColumn(line: 2, column: 1))
        #expect(source.location(of: 5) == LineColumn(line: 3, column: 1))
        #expect(source.location(of: 7) == LineColumn(line: 4, column: 1))
    }

    @Test func columnsCountUTF16Units() {
        // "é" is 2 bytes / 1 UTF-16 unit; "😀" is 4 bytes / 2 units.
        let source = SourceFile(path: "x", text: "é😀x")
        #expect(source.location(of: 6) == LineColumn(line: 1, column: 4))
    }

    @Test func bomIsNotAColumn() {
        let source = SourceFile(path: "x", bytes: [0xEF, 0xBB, 0xBF, 0x61, 0x62])
        #expect(source.contentStart == 3)
        #expect(source.location(of: 4) == LineColumn(line: 1, column: 2))
        #expect(source.lineText(1) == "ab")
    }

    /// ASCII lines take the byte-difference shortcut; a non-ASCII line after them still counts
    /// UTF-16 units, and both agree with counting from the line start.
    @Test func asciiShortcutAgreesWithCounting() {
        let long = String(repeating: "\0", count: 16_384)
        let source = SourceFile(path: "a.bicep", text: "var a = 1\n" + long + "\né𝄞x\r\nlast")
        for offset in [10, 11, 5_000, 16_393, 16_394] {
            let start = Int(source.lines.starts[source.lines.lineIndex(of: UInt32(offset))])
            let counted = LineTable.utf16Length(source.bytes, start, offset) + 1
            #expect(source.location(of: UInt32(offset)).column == counted)
        }
        #expect(source.location(of: 16_394) == LineColumn(line: 2, column: 16_385))
        let third = 16_395
        #expect(source.location(of: UInt32(third + 2)) == LineColumn(line: 3, column: 2))
        #expect(source.location(of: UInt32(third + 6)) == LineColumn(line: 3, column: 4))
        #expect(source.location(of: UInt32(third + 9)) == LineColumn(line: 4, column: 1))
    }
}
