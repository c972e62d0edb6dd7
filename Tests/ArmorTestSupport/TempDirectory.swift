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

    package func remove() { Self.removeTree(path) }

    private static func removeTree(_ path: String) {
        if FileSystem.kind(of: path) == .directory {
            for name in (try? FileSystem.listDirectory(path)) ?? [] { removeTree(path + "/" + name) }
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}
