/// One file's bytes as read from disk (or stdin), with its line table.
/// Everything downstream refers to it through byte `Span`s.
public struct SourceFile: Sendable, Equatable {
    public let path: String
    public let bytes: [UInt8]
    /// 3 when the file starts with a UTF-8 BOM, else 0: where lexing starts.
    public let contentStart: Int
    public let lines: LineTable

    /// A UTF-16 or UTF-32 file (with a BOM) is decoded to UTF-8 first: `bytes` and every
    /// position then refer to the decoded text (see `WideEncoding`).
    public init(path: String, bytes: [UInt8]) {
        let bytes = WideEncoding(bom: bytes)?.decode(bytes) ?? bytes
        self.path = path
        self.bytes = bytes
        self.contentStart = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        self.lines = LineTable(bytes: bytes)
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    public func location(of offset: UInt32) -> LineColumn {
        lines.location(of: offset, in: bytes, contentStart: contentStart)
    }

    /// The text of a span, decoded leniently (invalid UTF-8 becomes U+FFFD).
    public func text(_ span: Span) -> String {
        let s = min(Int(span.start), bytes.count)
        let e = min(Int(span.end), bytes.count)
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }

    /// The text of a 1-based line, without its terminator.
    public func lineText(_ line: Int) -> String {
        let r = lines.lineRange(line - 1, in: bytes)
        let s = line == 1 ? max(r.lowerBound, min(contentStart, r.upperBound)) : r.lowerBound
        return String(decoding: bytes[s..<r.upperBound], as: UTF8.self)
    }
}
