/// `join` on bytes: lint joins every module path onto its template's folder, and building the
/// string and normalizing it cost ~5 K instructions a join.
extension Paths {
    /// `normalize(base + "/" + relative)` for a normal base (no trailing `/`) and a relative path
    /// of leading `./` and `../` segments then a normal rest; nil in any other case (the caller
    /// then normalizes the joined string).
    static func joinedNormal(_ base: UnsafeBufferPointer<UInt8>, _ relative: UnsafeBufferPointer<UInt8>) -> String? {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        guard !base.isEmpty, base[base.count - 1] != slash, isNormal(base) else { return nil }
        var start = 0
        var parents = 0
        while relative.count - start >= 2, relative[start] == dot {
            if relative[start + 1] == slash {
                start += 2
            } else if relative.count - start >= 3, relative[start + 1] == dot, relative[start + 2] == slash {
                parents += 1
                start += 3
            } else {
                break
            }
        }
        let rest = UnsafeBufferPointer(rebasing: relative[start...])
        // The rest must add plain segments only: not empty, not rooted, not led by `..` (which
        // `isNormal` allows at the start of a relative path).
        guard !rest.isEmpty, rest[0] != slash, isNormal(rest) else { return nil }
        if rest.count >= 2, rest[0] == dot, rest[1] == dot, rest.count == 2 || rest[2] == slash { return nil }
        // Each `..` drops the base's last segment; a `..` segment of the base, or the base's
        // start, is left to the general case.
        var end = base.count
        for _ in 0..<parents {
            guard end > 0 else { return nil }
            var i = end - 1
            while i > 0 && base[i] != slash { i -= 1 }
            let segmentStart = base[i] == slash ? i + 1 : i
            if end - segmentStart == 2, base[segmentStart] == dot, base[segmentStart + 1] == dot { return nil }
            end = i
        }
        if end == 0 {
            // The whole base dropped: an absolute base leaves its root, a relative one nothing.
            return base[0] == slash ? concatenated(UnsafeBufferPointer(rebasing: base[..<0]), rest) : String(decoding: rest, as: UTF8.self)
        }
        return concatenated(UnsafeBufferPointer(rebasing: base[..<end]), rest)
    }

    /// `head + "/" + tail`, copied straight into the string's storage (two memcpy).
    static func concatenated(_ head: UnsafeBufferPointer<UInt8>, _ tail: UnsafeBufferPointer<UInt8>) -> String {
        guard #available(macOS 11, *) else {
            return String(decoding: Array(head) + [UInt8(ascii: "/")] + Array(tail), as: UTF8.self)
        }
        return String(unsafeUninitializedCapacity: head.count + 1 + tail.count) { out in
            guard let start = out.baseAddress else { return 0 }
            if let from = head.baseAddress { start.initialize(from: from, count: head.count) }
            start[head.count] = UInt8(ascii: "/")
            if let from = tail.baseAddress { (start + head.count + 1).initialize(from: from, count: tail.count) }
            return head.count + 1 + tail.count
        }
    }
}
