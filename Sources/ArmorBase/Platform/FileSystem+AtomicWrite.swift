#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension FileSystem {
    /// Replaces `path` with `bytes` all at once: written to a temporary file in the same folder
    /// (a rename within one file system is atomic), flushed with fsync, then renamed over the
    /// target. A failed write leaves the previous file as it was; truncating in place would not.
    /// `beforeRename` lets tests simulate a failure at the last step (root ignores read-only
    /// folders, so permissions cannot).
    public static func writeFile(_ path: String, _ bytes: [UInt8],
                                 beforeRename: () -> Bool = { true }) throws(Failure) {
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array((folder + "." + name + ".armor-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard fd >= 0 else { throw Failure(path: path, reason: errnoText()) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var info = stat()
        // Keep the permissions of the file replaced; a new file gets rw-r--r--.
        let mode = stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0o644
        let written = fchmod(fd, mode) == 0 && writeAll(fd: fd, bytes) && fsync(fd) == 0
        let reason = written ? "" : errnoText()
        close(fd)
        guard written, beforeRename() else {
            unlink(temporary)
            throw Failure(path: path, reason: written ? "write interrupted" : reason)
        }
        guard rename(temporary, path) == 0 else {
            let failure = Failure(path: path, reason: errnoText())
            unlink(temporary)
            throw failure
        }
    }
}
