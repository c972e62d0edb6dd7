import Testing
@testable import ArmorBase

/// UTF-16 and UTF-32 files with a BOM are read as the UTF-8 text they encode.
@Suite struct WideEncodingTests {
    static let text = "param é string = 'x€𝄞'\r\noutput o string = é\n"

    static func encode(_ text: String, utf32: Bool, bigEndian: Bool) -> [UInt8] {
        var out: [UInt8] = []
        func put(_ value: UInt32, width: Int) {
            let bytes = (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
            out += bigEndian ? bytes.reversed() : bytes
        }
        if utf32 {
            put(0xFEFF, width: 4)
            for scalar in text.unicodeScalars { put(scalar.value, width: 4) }
        } else {
            put(0xFEFF, width: 2)
            for unit in text.utf16 { put(UInt32(unit), width: 2) }
        }
        return out
    }

    @Test(arguments: [(false, false), (false, true), (true, false), (true, true)])
    func decodesToUTF8WithABOM(utf32: Bool, bigEndian: Bool) {
        let source = SourceFile(path: "a.bicep", bytes: Self.encode(Self.text, utf32: utf32, bigEndian: bigEndian))
        #expect(source.bytes == [0xEF, 0xBB, 0xBF] + Array(Self.text.utf8))
        #expect(source.contentStart == 3)
        #expect(source.lineText(2) == "output o string = é")
    }

    @Test func utf8IsUnchangedAndAnOddByteIsReplaced() {
        let utf8 = [0xEF, 0xBB, 0xBF] + Array("param a string".utf8)
        #expect(SourceFile(path: "a.bicep", bytes: utf8).bytes == utf8)
        let odd: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0x62]
        #expect(SourceFile(path: "a.bicep", bytes: odd).bytes == [0xEF, 0xBB, 0xBF, 0x61, 0xEF, 0xBF, 0xBD])
    }
}
