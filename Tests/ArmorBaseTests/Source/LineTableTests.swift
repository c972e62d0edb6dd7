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
}
