#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension FileSystem {
    /// The bytes of a regular file no larger than `maxBytes`; nil for anything else (missing,
    /// a directory, a FIFO or device such as /dev/zero, too big). Opened non-blocking so that a
    /// FIFO cannot hang the lint, and checked with `fstat` on the opened file, not the path.
    public static func readRegularFile(_ path: String, maxBytes: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
              Int(info.st_size) <= maxBytes else { return nil }
        var result = [UInt8]()
        result.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { return result }
            // The file may grow while it is read.
            guard result.count + n <= maxBytes else { return nil }
            result.append(contentsOf: chunk[0..<n])
        }
    }
}
