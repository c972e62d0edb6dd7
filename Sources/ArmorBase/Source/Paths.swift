/// Path arithmetic on `/`-separated strings (no Foundation).
public enum Paths {
    // On the UTF-8 view: `/` and `.` are ASCII, so a byte index is a valid String index, and
    // lint asks these for every path of every file (Character search costs ~10x more).
    public static func directory(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    public static func fileName(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[path.utf8.index(after: slash)...])
    }

    public static func fileExtension(of path: String) -> String {
        // On the contiguous bytes of a native string: the index walk below cost ~4,000
        // instructions a call, and a repository scan asks for every file it meets.
        if let found = path.utf8.withContiguousStorageIfAvailable(asciiExtension), let found { return found }
        let utf8 = path.utf8
        let nameStart = utf8.lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex
        guard let dot = utf8[nameStart...].lastIndex(of: UInt8(ascii: ".")), dot != nameStart else { return "" }
        let suffix = utf8[utf8.index(after: dot)...]
        // Extensions are ASCII in practice; anything else takes the Unicode-aware path.
        guard suffix.allSatisfy({ $0 < 0x80 }) else { return String(path[utf8.index(after: dot)...]).lowercased() }
        return String(decoding: suffix.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// The lower-cased extension ("" for none); nil when it is not ASCII (the caller lower-cases
    /// it the Unicode way).
    private static func asciiExtension(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var dot = bytes.count
        while dot > 0 {
            let byte = bytes[dot - 1]
            if byte == UInt8(ascii: "/") { return "" }
            if byte == UInt8(ascii: ".") { break }
            dot -= 1
        }
        // No dot, or only a leading one (`.bashrc`): no extension.
        guard dot > 1, bytes[dot - 2] != UInt8(ascii: "/") else { return "" }
        let suffix = UnsafeBufferPointer(rebasing: bytes[dot...])
        guard suffix.allSatisfy({ $0 < 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: suffix.count) { out in
            for (i, byte) in suffix.enumerated() { out[i] = byte &- 0x41 < 26 ? byte | 0x20 : byte }
            return suffix.count
        }
    }

    public static func join(_ base: String, _ relative: String) -> String {
        if relative.hasPrefix("/") { return relative }
        if base.isEmpty || base == "." { return normalize(relative) }
        let onBytes = base.utf8.withContiguousStorageIfAvailable { b in
            relative.utf8.withContiguousStorageIfAvailable { r in joinedNormal(b, r) }
        }
        if let onBytes, let onBytes, let onBytes { return onBytes }
        return normalize(base.hasSuffix("/") ? base + relative : base + "/" + relative)
    }

    /// Removes `.` segments and folds `..` where possible; keeps a leading `..`.
    public static func normalize(_ path: String) -> String {
        isNormal(path) ? path : rebuilt(path)
    }

    /// `normalize` the long way: segments as byte ranges, `..` folding the one before it.
    static func rebuilt(_ path: String) -> String {
        let bytes = Array(path.utf8)
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        let absolute = bytes.first == slash
        func isParent(_ r: Range<Int>) -> Bool { r.count == 2 && bytes[r.lowerBound] == dot && bytes[r.lowerBound + 1] == dot }
        var kept: [Range<Int>] = []
        var start = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == slash {
            let segment = start..<end
            start = end + 1
            if segment.isEmpty || (segment.count == 1 && bytes[segment.lowerBound] == dot) { continue }
            if isParent(segment) {
                if let last = kept.last, !isParent(last) {
                    kept.removeLast()
                    continue
                }
                if absolute { continue }
            }
            kept.append(segment)
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 1)
        if absolute { out.append(slash) }
        for (n, segment) in kept.enumerated() {
            if n > 0 { out.append(slash) }
            out.append(contentsOf: bytes[segment])
        }
        return out.isEmpty ? "." : String(decoding: out, as: UTF8.self)
    }

    /// Already normal: no empty or `.` segment, no `..` but a relative path's leading ones
    /// (which `rebuilt` keeps: lint sees `../corpus/…` paths) and no trailing `/` (most paths
    /// armor sees). Checked on bytes, because lint asks this for every path of every file.
    static func isNormal(_ path: String) -> Bool {
        // Native strings are contiguous: scan their buffer (the UTF-8 view's iterator costs more).
        if let result = path.utf8.withContiguousStorageIfAvailable({ isNormal($0) }) { return result }
        return Array(path.utf8).withUnsafeBufferPointer { isNormal($0) }
    }

    static func isNormal(_ path: UnsafeBufferPointer<UInt8>) -> Bool {
        var segmentLength = 0
        var dots = 0
        var isFirst = true
        // Still in a relative path's leading run of `..` segments.
        var leadingParents = path.first != UInt8(ascii: "/")
        guard let base = path.baseAddress.map(UnsafeRawPointer.init) else { return false }
        var i = 0
        while i < path.count {
            // Bytes other than `/` and `.` only lengthen the segment: skip them a word at a
            // time, up to the next `/` or `.` (the lowest mark is exact).
            if i + 8 <= path.count {
                let word = WordBytes.load(base, at: i)
                let marks = WordBytes.matches(word, UInt8(ascii: "/")) | WordBytes.matches(word, UInt8(ascii: "."))
                let plain = marks == 0 ? 8 : marks.trailingZeroBitCount >> 3
                segmentLength += plain
                i += plain
                if marks == 0 { continue }
            }
            let byte = path[i]
            i += 1
            if byte == UInt8(ascii: "/") {
                // A leading `/` starts an absolute path; any other `/` ends a segment.
                if !(isFirst && segmentLength == 0) {
                    if segmentLength == 0 { return false }
                    if segmentLength == dots {
                        guard leadingParents && dots == 2 else { return false }
                    } else {
                        leadingParents = false
                    }
                }
                isFirst = false
                segmentLength = 0
                dots = 0
            } else {
                segmentLength += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        // The last segment: empty (a trailing `/`, or an empty path) or all dots is not normal,
        // except the root itself (and a leading `..` of a relative path).
        if segmentLength == 0 { return path.count == 1 && path[0] == UInt8(ascii: "/") }
        return segmentLength != dots || (leadingParents && dots == 2)
    }
}
