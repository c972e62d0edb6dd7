import ArmorBase

/// Reads the one JSON shape `Baseline.serialized()` writes: an object whose `version` is a
/// number and whose `findings` is an array of `"code\tfile\tfingerprint"` strings; other keys
/// may hold a string or a number. Anything else is an error at its line and column. This is a
/// purpose-made scanner, not a JSON parser: no nesting beyond that one array.
struct BaselineReader {
    private let bytes: [UInt8]
    private let path: String
    private var index = 0

    init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { index = 3 }
    }

    mutating func read() throws(BaselineError) -> Baseline {
        var version: Int?
        var entries: [Baseline.Entry]?
        try expect(UInt8(ascii: "{"))
        var first = true
        while try peek() != UInt8(ascii: "}") {
            if !first { try expect(UInt8(ascii: ",")) }
            first = false
            let keyStart = index
            let key = try string()
            try expect(UInt8(ascii: ":"))
            switch key {
            case "version": version = try number()
            case "findings": entries = try findings()
            default:
                if try peek() == UInt8(ascii: "\"") { _ = try string() } else { _ = try number() }
            }
            if key == "version", let v = version, v != Baseline.version {
                throw failure("unsupported baseline version \(v); this armor reads version \(Baseline.version)", at: keyStart)
            }
        }
        index += 1
        if peekOrEnd() != nil { throw failure("unexpected text after the baseline object") }
        guard version != nil else { throw failure("missing \"version\"", at: 0) }
        guard let entries else { throw failure("missing \"findings\"", at: 0) }
        return Baseline(entries: entries)
    }

    private mutating func findings() throws(BaselineError) -> [Baseline.Entry] {
        try expect(UInt8(ascii: "["))
        var entries: [Baseline.Entry] = []
        var first = true
        while try peek() != UInt8(ascii: "]") {
            if !first { try expect(UInt8(ascii: ",")) }
            first = false
            let start = index
            let text = try string()
            guard let entry = Self.entry(text) else {
                throw failure("expected \"rule<TAB>file<TAB>fingerprint\" with a 16-hex-digit fingerprint", at: start)
            }
            entries.append(entry)
        }
        index += 1
        return entries
    }

    /// `code \t file \t fingerprint`; the file is everything between the first and last tab.
    static func entry(_ text: String) -> Baseline.Entry? {
        let fields = text.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count >= 3, let code = fields.first, let hex = fields.last, !code.isEmpty,
              let fingerprint = Fingerprint(hex: String(hex)) else { return nil }
        let file = fields.dropFirst().dropLast().joined(separator: "\t")
        guard !file.isEmpty else { return nil }
        return Baseline.Entry(code: String(code), file: file, fingerprint: fingerprint)
    }

    private mutating func number() throws(BaselineError) -> Int {
        _ = try peek()
        let start = index
        var value = 0
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9"), value < 1_000_000_000 {
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        guard index > start else { throw failure("expected a number") }
        return value
    }

    /// A JSON string literal, escapes decoded.
    private mutating func string() throws(BaselineError) -> String {
        try expect(UInt8(ascii: "\""))
        var scalars = String.UnicodeScalarView()
        var runStart = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 {
                scalars.append(contentsOf: String(decoding: bytes[runStart..<index], as: UTF8.self).unicodeScalars)
                if byte == UInt8(ascii: "\"") { index += 1; return String(scalars) }
                if byte < 0x20 { throw failure("control character in a string") }
                scalars.append(try escape())
                runStart = index
            } else {
                index += 1
            }
        }
        throw failure("unterminated string")
    }

    private mutating func escape() throws(BaselineError) -> Unicode.Scalar {
        let start = index
        index += 1
        guard index < bytes.count else { throw failure("unterminated string") }
        let letter = bytes[index]
        index += 1
        switch letter {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            var value = try hex4(from: start)
            if (0xD800..<0xDC00).contains(value), index + 1 < bytes.count,
               bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                index += 2
                let low = try hex4(from: start)
                guard (0xDC00..<0xE000).contains(low) else { throw failure("invalid surrogate pair", at: start) }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(value) else { throw failure("invalid \\u escape", at: start) }
            return scalar
        default:
            throw failure("invalid escape", at: start)
        }
    }

    private mutating func hex4(from start: Int) throws(BaselineError) -> UInt32 {
        guard index + 4 <= bytes.count,
              let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
        else { throw failure("invalid \\u escape", at: start) }
        index += 4
        return value
    }

    private mutating func expect(_ byte: UInt8) throws(BaselineError) {
        guard try peek() == byte else { throw failure("expected '\(Character(Unicode.Scalar(byte)))'") }
        index += 1
    }

    /// The next non-whitespace byte; an error at the end of the file.
    private mutating func peek() throws(BaselineError) -> UInt8 {
        guard let byte = peekOrEnd() else { throw failure("unexpected end of file") }
        return byte
    }

    private mutating func peekOrEnd() -> UInt8? {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return bytes[index]
            }
        }
        return nil
    }

    private func failure(_ message: String, at offset: Int? = nil) -> BaselineError {
        let source = SourceFile(path: path, bytes: bytes)
        let position = source.location(of: UInt32(clamping: offset ?? index))
        return BaselineError(path: path, line: position.line, column: position.column, message: message)
    }
}
