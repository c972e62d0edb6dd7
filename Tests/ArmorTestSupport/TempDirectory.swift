#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArmorBase

/// A fresh folder under /tmp with files written into it; removed by `remove()`.
package struct TempDirectory {
    package let path: String

    package init() {
        var template = Array("/tmp/armor-test-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let base = buffer.baseAddress, mkdtemp(base) != nil else { return nil }
            return String(cString: base)
        }
        path = made ?? "/tmp/armor-test-fallback-\(getpid())"
        if made == nil { mkdir(path, 0o755) }
    }

    /// Writes `text` at `relative`, creating folders on the way.
    @discardableResult
    package func write(_ relative: String, _ text: String) -> String {
        let full = path + "/" + relative
        var folder = ""
        for part in relative.split(separator: "/").dropLast() {
            folder += "/" + part
            mkdir(path + folder, 0o755)
        }
        try? FileSystem.writeFile(full, Array(text.utf8))
        return full
    }

    package func read(_ relative: String) -> String? {
        (try? FileSystem.readFile(path + "/" + relative)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Makes a FIFO (named pipe) at `relative`; nothing ever writes to it.
    @discardableResult
    package func fifo(_ relative: String) -> String {
        let full = path + "/" + relative
        mkfifo(full, 0o644)
        return full
    }

    /// Makes a symbolic link at `relative` that points to `target` (taken as is).
    @discardableResult
    package func link(_ relative: String, to target: String) -> String {
        let full = path + "/" + relative
        symlink(target, full)
        return full
    }

    package func remove() { Self.removeTree(path) }

    /// Links are removed, never followed (a link to `.` would loop).
    private static func removeTree(_ path: String) {
        var info = stat()
        if lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            chmod(path, 0o755)
            for name in (try? FileSystem.listDirectory(path)) ?? [] { removeTree(path + "/" + name) }
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}
