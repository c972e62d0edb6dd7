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

    /// The word-at-a-time scan agrees with a byte-by-byte reference on random text made of line
    /// ends, ASCII and multi-byte characters, at every length and alignment.
    @Test func wordScanAgreesWithByteReference() {
        let alphabet: [[UInt8]] = [[0x0A], [0x0D], [0x0D, 0x0A], [0x61], [0x20], [0xC3, 0xA9], [0xF0, 0x9D, 0x84, 0x9E]]
        var state: UInt64 = 42
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let pieces = Int(state >> 58)   // 0...63
            for _ in 0..<pieces {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                // Mostly ASCII runs, so that whole words without a line end occur.
                let pick = Int(state >> 60)
                bytes += pick < 9 ? Array(repeating: 0x61, count: pick + 1) : alphabet[pick % alphabet.count]
            }
            var starts: [UInt32] = [0]
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
                if bytes[i] == 0x0A || bytes[i] == 0x0D { starts.append(UInt32(i + 1)) }
                i += 1
            }
            let table = LineTable(bytes: bytes)
            #expect(table.starts == starts)
            for offset in 0...bytes.count {
                let start = Int(table.starts[table.lineIndex(of: UInt32(offset))])
                let counted = LineTable.utf16Length(bytes, start, offset) + 1
                #expect(table.location(of: UInt32(offset), in: bytes, contentStart: 0).column == counted)
            }
        }
    }
}
