#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension FileSystem {
    /// What one `read` returned from a stream (a pipe, standard input): some bytes, or the end.
    /// For servers that answer as messages arrive (`armor lsp`), not for reading whole files.
    public static func readSome(fd: Int32, maxBytes: Int = 65536) -> [UInt8]? {
        var chunk = [UInt8](repeating: 0, count: maxBytes)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return nil }
            chunk.removeSubrange(n...)
            return chunk
        }
    }

    /// Whether `fd` has input (or its end) within `milliseconds`: a server waits this long for
    /// the next keystroke's change before it spends a lint on the current text.
    public static func hasInput(fd: Int32, within milliseconds: Int32) -> Bool {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        while true {
            let n = poll(&entry, 1, milliseconds)
            if n < 0 && errno == EINTR { continue }
            return n > 0
        }
    }
}
