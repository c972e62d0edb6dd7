/// Base-protocol framing: `Content-Length: N\r\n` (other headers ignored), a blank line, then
/// N bytes of JSON. Bytes arrive in arbitrary pieces; `next()` hands out whole messages.
/// A header block that cannot be understood is dropped whole and reported, so one bad message
/// never stalls the stream.
package struct LSPFramer {
    package enum Frame: Equatable {
        case message([UInt8])
        /// The header block was dropped; the text says why (for a -32700 response).
        case malformedHeader(String)
    }

    /// A header block longer than this without its blank line is garbage, not a slow writer.
    static let maxHeaderBytes = 8192
    /// Larger bodies are refused (and skipped) rather than buffered.
    static let maxBodyBytes = 256 << 20

    private var buffer: [UInt8] = []
    private var start = 0
    /// Bytes of an oversized body still to skip.
    private var skipping = 0

    package init() {}

    package mutating func append(_ bytes: [UInt8]) {
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    package mutating func next() -> Frame? {
        if skipping > 0 {
            let n = min(skipping, buffer.count - start)
            start += n
            skipping -= n
            if skipping > 0 { return nil }
        }
        guard let end = headerEnd() else {
            if buffer.count - start > Self.maxHeaderBytes {
                start = buffer.count
                return .malformedHeader("header block longer than \(Self.maxHeaderBytes) bytes without a blank line")
            }
            return nil
        }
        let header = String(decoding: buffer[start..<end], as: UTF8.self)
        var length: Int?
        var problem: String?
        for line in header.split(separator: "\r\n", omittingEmptySubsequences: true) {
            guard let colon = line.firstIndex(of: ":") else {
                problem = "header line without ':'"
                continue
            }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces
            if name == "content-length" {
                guard let n = Int(value), n >= 0 else { problem = "Content-Length '\(value)' is not a length"; continue }
                length = n
            }
        }
        let bodyStart = end + 4
        guard problem == nil, let length else {
            start = bodyStart
            return .malformedHeader(problem ?? "no Content-Length header")
        }
        guard length <= Self.maxBodyBytes else {
            start = bodyStart
            skipping = length
            return .malformedHeader("Content-Length \(length) is over the limit of \(Self.maxBodyBytes) bytes")
        }
        guard buffer.count - bodyStart >= length else { return nil }
        start = bodyStart + length
        return .message(Array(buffer[bodyStart..<start]))
    }

    /// Index of the `\r\n\r\n` that ends the header block starting at `start`.
    private func headerEnd() -> Int? {
        var i = start
        while i + 3 < buffer.count {
            if buffer[i] == 13 && buffer[i + 1] == 10 && buffer[i + 2] == 13 && buffer[i + 3] == 10 { return i }
            i += 1
        }
        return nil
    }

    /// One message framed for the wire.
    package static func frame(_ body: String) -> [UInt8] {
        let bytes = Array(body.utf8)
        return Array("Content-Length: \(bytes.count)\r\n\r\n".utf8) + bytes
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var s = self
        while s.first == " " || s.first == "\t" { s.removeFirst() }
        while s.last == " " || s.last == "\t" { s.removeLast() }
        return s
    }
}
