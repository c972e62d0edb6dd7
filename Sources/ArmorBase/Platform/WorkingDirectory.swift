/// Absolute paths against the process's working directory, which is read once per process.
package enum WorkingDirectory {
    package static let path = FileSystem.currentDirectory()
    /// `path` checked once: `absolute` is asked some 24 K times in a lint of a corpus.
    private static let pathIsNormal = path.utf8.first == UInt8(ascii: "/") && Paths.isNormal(path)

    package static func absolute(_ path: String, cwd: String = WorkingDirectory.path) -> String {
        if path.utf8.first == UInt8(ascii: "/") { return Paths.normalize(path) }
        // Native strings are contiguous: check and fold their buffers in place (copying both
        // into arrays cost as much as the folding; lint asks this about ten times per file).
        let inPlace = path.utf8.withContiguousStorageIfAvailable { p in
            cwd.utf8.withContiguousStorageIfAvailable { c -> String? in
                let cwdIsNormal = cwd == WorkingDirectory.path ? pathIsNormal : c.first == UInt8(ascii: "/") && Paths.isNormal(c)
                guard cwdIsNormal, Paths.isNormal(p) else { return nil }
                return folded(p, onto: c)
            }
        }
        if let inPlace, let inPlace, let inPlace { return inPlace }
        guard Paths.isNormal(path), cwd.utf8.first == UInt8(ascii: "/"), Paths.isNormal(cwd) else {
            return Paths.normalize(cwd + "/" + path)
        }
        let p = Array(path.utf8), c = Array(cwd.utf8)
        return p.withUnsafeBufferPointer { p in c.withUnsafeBufferPointer { c in folded(p, onto: c) } }
    }

    /// A normal relative path on a normal absolute folder, its leading `..` segments each
    /// dropping the folder's last one: what normalizing the joined path gives, for a tenth of
    /// the cost (lint asks this for every path of every file, `../corpus/…` ones included).
    static func folded(_ path: UnsafeBufferPointer<UInt8>, onto cwd: UnsafeBufferPointer<UInt8>) -> String {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var baseEnd = cwd.count == 1 ? 0 : cwd.count   // `/` itself contributes no segment
        var restStart = 0
        while path.count - restStart >= 2, path[restStart] == dot, path[restStart + 1] == dot,
              path.count - restStart == 2 || path[restStart + 2] == slash {
            restStart = min(path.count, restStart + 3)
            var i = baseEnd - 1
            while i > 0 && cwd[i] != slash { i -= 1 }
            baseEnd = max(i, 0)
        }
        if restStart == path.count { return baseEnd == 0 ? "/" : String(decoding: UnsafeBufferPointer(rebasing: cwd[..<baseEnd]), as: UTF8.self) }
        return Paths.concatenated(UnsafeBufferPointer(rebasing: cwd[..<baseEnd]), UnsafeBufferPointer(rebasing: path[restStart...]))
    }
}
