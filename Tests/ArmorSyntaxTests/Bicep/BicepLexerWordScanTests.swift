import Testing
@testable import ArmorSyntax

/// The eight-bytes-at-a-time scans must stop exactly where the byte loops would.
@Suite struct BicepLexerWordScanTests {
    /// Letters next to the bytes the bit tricks could confuse: the folded-case neighbours of the
    /// letter ranges (`@ [ ` { `), digits, `_`, the string stops and UTF-8 bytes.
    static let alphabet: [UInt8] = Array("aAzZmQ@[`{09_ '\\$\n\r}".utf8) + [0x7F, 0x80, 0xC3, 0xA9, 0xE2, 0xFF]

    /// Deterministic pseudo-random buffers (a fixed linear congruential generator).
    static func buffers() -> [[UInt8]] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var result: [[UInt8]] = []
        for length in 0..<48 {
            for _ in 0..<40 {
                result.append((0..<length).map { _ in
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    // Runs of letters are common in source; bias towards them.
                    let pick = Int(state >> 33)
                    return pick % 3 == 0 ? alphabet[pick % alphabet.count] : UInt8(ascii: "a") + UInt8(pick % 26)
                })
            }
        }
        return result
    }

    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A && b < 0x80 }

    /// Runs `scan` from every start of every buffer; `check` gets the buffer, start and end.
    static func everyScan(_ scan: (BicepLexer, Int) -> Int, _ check: ([UInt8], Int, Int) -> Void) {
        for bytes in buffers() {
            bytes.withUnsafeBufferPointer { buffer in
                let lexer = BicepLexer(bytes: buffer, start: 0)
                for start in 0...bytes.count {
                    let end = scan(lexer, start)
                    #expect(end >= start && end <= bytes.count)
                    check(bytes, start, end)
                }
            }
        }
    }

    @Test func letterScanStopsAtTheFirstNonLetter() {
        Self.everyScan({ $0.skipLetters(from: $1) }) { bytes, start, end in
            #expect(bytes[start..<end].allSatisfy(Self.isLetter))
            // Short of the last eight bytes it stops on the non-letter itself.
            if end + 8 <= bytes.count { #expect(!Self.isLetter(bytes[end])) }
        }
    }

    @Test func plainTextScanStopsAtTheWordHoldingAStop() {
        Self.everyScan({ $0.skipPlainText(from: $1) }) { bytes, start, end in
            #expect(!bytes[start..<end].contains(where: BicepLexer.stopsSingleLine))
            if end + 8 <= bytes.count {
                #expect(bytes[end..<end + 8].contains(where: BicepLexer.stopsSingleLine))
            }
        }
    }
}
