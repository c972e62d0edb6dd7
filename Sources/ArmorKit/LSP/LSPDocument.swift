import ArmorBase

/// How the client counts `character` in a position: UTF-16 code units (the LSP default) or
/// UTF-8 bytes (when the client offers it, which saves both sides a conversion).
package enum PositionEncoding: String, Sendable {
    case utf16 = "utf-16"
    case utf8 = "utf-8"
}

/// An LSP position: 0-based line and character.
package struct LSPPosition: Equatable, Sendable {
    package var line: Int
    package var character: Int

    package init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    var value: LSPValue { .object(["line": .int(line), "character": .int(character)]) }
}

/// One open editor buffer: its text as the client last sent it, and where it would be saved.
package struct LSPDocument: Sendable {
    package var uri: String
    /// The file path the buffer belongs to (absolute, from a `file:` URI).
    package var path: String
    package var version: Int
    package private(set) var source: SourceFile

    package init(uri: String, path: String, version: Int, text: [UInt8]) {
        self.uri = uri
        self.path = path
        self.version = version
        self.source = SourceFile(path: path, bytes: text)
    }

    package var bytes: [UInt8] { source.bytes }

    package mutating func replaceAll(_ text: [UInt8]) {
        source = SourceFile(path: path, bytes: text)
    }

    /// An incremental edit: the bytes between two positions replaced.
    package mutating func replace(from: LSPPosition, to: LSPPosition, with text: [UInt8], encoding: PositionEncoding) {
        var a = offset(of: from, encoding: encoding)
        var b = offset(of: to, encoding: encoding)
        if a > b { swap(&a, &b) }
        var bytes = source.bytes
        bytes.replaceSubrange(a..<b, with: text)
        source = SourceFile(path: path, bytes: bytes)
    }

    /// The byte offset of a position; past the end of a line means its end, past the last line
    /// the end of the text (LSP asks servers to clamp, not to fail).
    package func offset(of position: LSPPosition, encoding: PositionEncoding) -> Int {
        let lines = source.lines
        guard position.line >= 0 else { return 0 }
        guard position.line < lines.lineCount else { return source.bytes.count }
        let range = lines.lineRange(position.line, in: source.bytes)
        let bytes = source.bytes
        var i = range.lowerBound
        var units = 0
        while i < range.upperBound && units < position.character {
            let b = bytes[i]
            let width = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            switch encoding {
            case .utf8: units += width
            case .utf16: units += width == 4 ? 2 : 1
            }
            i = min(i + width, range.upperBound)
        }
        return i
    }

    /// The position of a byte offset.
    package func position(of offset: UInt32, encoding: PositionEncoding) -> LSPPosition {
        let bytes = source.bytes
        let clamped = min(Int(offset), bytes.count)
        let line = source.lines.lineIndex(of: UInt32(clamped))
        let start = Int(source.lines.starts[line])
        switch encoding {
        case .utf8:
            return LSPPosition(line: line, character: clamped - start)
        case .utf16:
            var units = 0
            var i = start
            while i < clamped {
                let b = bytes[i]
                let width = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                units += width == 4 ? 2 : 1
                i += width
            }
            return LSPPosition(line: line, character: units)
        }
    }

    package func range(of span: Span, encoding: PositionEncoding) -> LSPValue {
        .object(["start": position(of: span.start, encoding: encoding).value,
                 "end": position(of: span.end, encoding: encoding).value])
    }
}

/// `file:` URIs and paths, percent-encoding as VS Code writes it.
package enum FileURI {
    package static func path(of uri: String) -> String? {
        guard uri.hasPrefix("file://") else { return nil }
        var rest = Array(uri.utf8.dropFirst(7))
        // `file://host/path`: only an empty host (or localhost) names a local file.
        if let slash = rest.firstIndex(of: UInt8(ascii: "/")) {
            let host = String(decoding: rest[..<slash], as: UTF8.self)
            guard host.isEmpty || host == "localhost" else { return nil }
            rest.removeSubrange(..<slash)
        } else {
            return nil
        }
        var out: [UInt8] = []
        var i = 0
        while i < rest.count {
            if rest[i] == UInt8(ascii: "%"), i + 2 < rest.count, let hi = hex(rest[i + 1]), let lo = hex(rest[i + 2]) {
                out.append(hi << 4 | lo)
                i += 3
            } else {
                out.append(rest[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    package static func uri(of path: String) -> String {
        let absolute = WorkingDirectory.absolute(path)
        var out = "file://"
        for byte in absolute.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80 && (c.isLetter || c.isNumber || "/-._~".contains(c)) {
                out.append(c)
            } else {
                let digits = Array("0123456789ABCDEF")
                out += "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 15)])
            }
        }
        return out
    }

    private static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: b - 0x30
        case 0x41...0x46: b - 0x37
        case 0x61...0x66: b - 0x57
        default: nil
        }
    }
}
