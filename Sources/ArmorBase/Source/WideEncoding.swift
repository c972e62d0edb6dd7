/// UTF-16 and UTF-32 files, recognised by their byte order mark (editors on Windows save them).
/// They are decoded to UTF-8 before lexing, so every `Span`, line and column refers to the
/// decoded UTF-8 text, not to the bytes on disk. Invalid sequences become U+FFFD.
package enum WideEncoding {
    case utf16(bigEndian: Bool), utf32(bigEndian: Bool)

    /// The encoding named by the file's BOM; nil for UTF-8 (with or without its BOM) and for
    /// files without one. UTF-32 LE is tested first: its BOM starts with UTF-16 LE's.
    package init?(bom bytes: [UInt8]) {
        let b = bytes.prefix(4) + [UInt8](repeating: 0x01, count: max(0, 4 - bytes.count))
        let (b0, b1, b2, b3) = (b[0], b[1], b[2], b[3])
        switch (b0, b1, b2, b3) {
        case (0xFF, 0xFE, 0x00, 0x00): self = .utf32(bigEndian: false)
        case (0x00, 0x00, 0xFE, 0xFF): self = .utf32(bigEndian: true)
        case (0xFF, 0xFE, _, _): self = .utf16(bigEndian: false)
        case (0xFE, 0xFF, _, _): self = .utf16(bigEndian: true)
        default: return nil
        }
    }

    /// The text as UTF-8, with a UTF-8 BOM in place of the original one (so that line 1's
    /// columns skip it exactly as for a UTF-8 file with a BOM).
    func decode(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0xEF, 0xBB, 0xBF]
        out.reserveCapacity(bytes.count + 3)
        switch self {
        case .utf16(let bigEndian):
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                let (hi, lo) = bigEndian ? (bytes[i], bytes[i + 1]) : (bytes[i + 1], bytes[i])
                units.append(UInt16(hi) << 8 | UInt16(lo))
                i += 2
            }
            if i < bytes.count { units.append(0xFFFD) }  // an odd last byte
            transcode(units.makeIterator(), from: UTF16.self, into: &out)
        case .utf32(let bigEndian):
            var units: [UInt32] = []
            units.reserveCapacity(bytes.count / 4)
            var i = 4
            while i + 3 < bytes.count {
                let word = bytes[i..<i + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
                units.append(bigEndian ? word : word.byteSwapped)
                i += 4
            }
            if i < bytes.count { units.append(0xFFFD) }
            transcode(units.makeIterator(), from: UTF32.self, into: &out)
        }
        return out
    }

    private func transcode<Input: IteratorProtocol, Codec: UnicodeCodec>(
        _ input: Input, from codec: Codec.Type, into out: inout [UInt8]) where Input.Element == Codec.CodeUnit {
        _ = Swift.transcode(input, from: codec, to: UTF8.self, stoppingOnError: false) { out.append($0) }
    }
}
