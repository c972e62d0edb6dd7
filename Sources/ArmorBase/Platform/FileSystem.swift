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

    public static func readFile(_ path: String) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw Failure(path: path, reason: errnoText()) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            throw Failure(path: path, reason: "is a directory")
        }
        return try readAll(fd: fd, path: path, sizeHint: Int(info.st_size))
    }

    public static func readStandardInput() throws(Failure) -> [UInt8] {
        try readAll(fd: 0, path: "<stdin>", sizeHint: 0)
    }

    private static func readAll(fd: Int32, path: String, sizeHint: Int) throws(Failure) -> [UInt8] {
        var result = [UInt8]()
        var capacity = max(sizeHint + 1, 4096)
        result.reserveCapacity(capacity)
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, reason: errnoText())
            }
            if n == 0 { break }
            if result.count + n > capacity {
                capacity *= 2
                result.reserveCapacity(capacity)
            }
            result.append(contentsOf: chunk[0..<n])
        }
        return result
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
        guard let dir = opendir(path) else { throw Failure(path: path, reason: errnoText()) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    public static func writeFile(_ path: String, _ bytes: [UInt8]) throws(Failure) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw Failure(path: path, reason: errnoText()) }
        defer { close(fd) }
        guard writeAll(fd: fd, bytes) else { throw Failure(path: path, reason: errnoText()) }
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

    private static func errnoText() -> String {
        guard let text = strerror(errno) else { return "error \(errno)" }
        return String(cString: text).lowercased()
    }
}
