/// Path arithmetic on `/`-separated strings (no Foundation).
public enum Paths {
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    public static func fileName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    public static func fileExtension(of path: String) -> String {
        let name = fileName(of: path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...]).lowercased()
    }

    public static func join(_ base: String, _ relative: String) -> String {
        if relative.hasPrefix("/") { return relative }
        if base.isEmpty || base == "." { return normalize(relative) }
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

    /// Already normal: no empty, `.` or `..` segment and no trailing `/` (most paths armor
    /// sees). Checked on bytes, because lint asks this for every path of every file.
    static func isNormal(_ path: String) -> Bool {
        var segmentLength = 0
        var dots = 0
        var isFirst = true
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                // A leading `/` starts an absolute path; any other `/` ends a segment.
                if !(isFirst && segmentLength == 0) {
                    if segmentLength == 0 || segmentLength == dots { return false }
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
        // except the root itself.
        if segmentLength == 0 { return path == "/" }
        return segmentLength != dots
    }
}
