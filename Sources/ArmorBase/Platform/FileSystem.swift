#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The little file-system access armor needs, on POSIX calls directly: Foundation costs
/// milliseconds of start-up that a one-file lint cannot spare.
public enum FileSystem {
    public struct Failure: Error, Sendable, Equatable {
        public var path: String
        public var reason: String
    }

    /// Files larger than this are refused rather than read: no template comes near it, and a
    /// cap keeps a huge or endless input from exhausting memory.
    public static let maxFileBytes = 256 << 20

    /// The bytes of a regular file. Every reader goes through here: the file is opened
    /// non-blocking (so a FIFO cannot block the open) and checked with `fstat` on the opened
    /// descriptor, so a FIFO, a device such as /dev/zero or a socket is refused, never read.
    public static func readFile(_ path: String, maxBytes: Int = maxFileBytes) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else { throw Failure(path: path, reason: errnoText()) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Failure(path: path, reason: errnoText()) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw Failure(path: path, reason: "is a directory")
        default: throw Failure(path: path, reason: "not a regular file")
        }
        guard Int(info.st_size) <= maxBytes else { throw tooLarge(path, maxBytes) }
        return try readAll(fd: fd, path: path, sizeHint: Int(info.st_size), maxBytes: maxBytes)
    }

    public static func readStandardInput(maxBytes: Int = maxFileBytes) throws(Failure) -> [UInt8] {
        try readAll(fd: 0, path: "<stdin>", sizeHint: 0, maxBytes: maxBytes)
    }

    /// Reads to the end, but never past `maxBytes`: a file that grows while it is read, or an
    /// endless standard input, ends in an error instead of a loop that never stops.
    private static func readAll(fd: Int32, path: String, sizeHint: Int, maxBytes: Int) throws(Failure) -> [UInt8] {
        // The size fstat gave, plus one byte to see the end: read straight into the array (no
        // zero-filled chunk, no copy). Only a file that grew, or a pipe, goes on in chunks.
        var ended = false
        var readError: Int32 = 0
        var result = [UInt8](unsafeUninitializedCapacity: min(max(sizeHint, 0), maxBytes) + 1) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < buffer.count {
                let n = read(fd, base + count, buffer.count - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    readError = errno
                    return
                }
                if n == 0 { ended = true; return }
                count += n
            }
        }
        if readError != 0 { throw Failure(path: path, reason: String(cString: strerror(readError))) }
        if ended { return result }
        guard result.count <= maxBytes else { throw tooLarge(path, maxBytes) }
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, reason: errnoText())
            }
            if n == 0 { break }
            guard result.count + n <= maxBytes else { throw tooLarge(path, maxBytes) }
            result.append(contentsOf: chunk[0..<n])
        }
        return result
    }

    private static func tooLarge(_ path: String, _ maxBytes: Int) -> Failure {
        Failure(path: path, reason: "larger than \(maxBytes) bytes")
    }

    public enum Kind: Sendable { case file, directory, missing, other }

    public static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        default: return .other
        }
    }

    /// Names in a directory (no `.`/`..`), sorted bytewise for a stable order.
    public static func listDirectory(_ path: String) throws(Failure) -> [String] {
        try listEntries(path).map(\.name)
    }

    /// One directory entry; `isRegularFile` is what `readdir` says without a `stat` (false when
    /// the file system does not say: the caller then asks `status(of:)`).
    public struct Entry: Sendable {
        public var name: String
        public var isRegularFile: Bool
    }

    /// The entries of a directory (no `.`/`..`), sorted bytewise by name.
    public static func listEntries(_ path: String) throws(Failure) -> [Entry] {
        guard let dir = opendir(path) else { throw Failure(path: path, reason: errnoText()) }
        defer { closedir(dir) }
        var entries: [Entry] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." {
                entries.append(Entry(name: name, isRegularFile: Int32(entry.pointee.d_type) == Int32(DT_REG)))
            }
        }
        return entries.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }

    @discardableResult
    public static func writeAll(fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return write(fd, base + offset, buffer.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }

    public static func isTerminal(fd: Int32) -> Bool { isatty(fd) != 0 }

    public static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func errnoText() -> String {
        guard let text = strerror(errno) else { return "error \(errno)" }
        return String(cString: text).lowercased()
    }
}
