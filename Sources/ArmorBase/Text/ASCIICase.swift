/// ASCII case folding on UTF-8 bytes, without building lower-cased copies.
package enum ASCIICase {
    package static func equal(_ a: String, _ b: String) -> Bool {
        let au = a.utf8, bu = b.utf8
        guard au.count == bu.count else { return false }
        // Native strings are contiguous: compare their buffers without iterator overhead.
        if let result = au.withContiguousStorageIfAvailable({ x in
            bu.withContiguousStorageIfAvailable { y in equal(x, y) }
        }), let result {
            return result
        }
        for (x, y) in zip(au, bu) where x != y {
            if fold(x) != fold(y) { return false }
        }
        return true
    }

    /// Equal-length buffers, compared with ASCII case folding.
    @inline(__always)
    static func equal(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in 0..<x.count {
            let a = x[i], b = y[i]
            if a != b && fold(a) != fold(b) { return false }
        }
        return true
    }

    /// Whether every byte is ASCII, read from the string's contiguous buffer (a generic walk
    /// of the UTF-8 view costs several times more a byte).
    package static func isASCII(_ s: String) -> Bool {
        if let result = s.utf8.withContiguousStorageIfAvailable({ buffer in
            buffer.allSatisfy { $0 < 0x80 }
        }) {
            return result
        }
        return s.utf8.allSatisfy { $0 < 0x80 }
    }

    package static func hasPrefix(_ s: String, _ prefix: String) -> Bool {
        let su = s.utf8, pu = prefix.utf8
        guard su.count >= pu.count else { return false }
        return zip(su, pu).allSatisfy { fold($0) == fold($1) }
    }

    package static func hasSuffix(_ s: String, _ suffix: String) -> Bool {
        let su = s.utf8, xu = suffix.utf8
        guard su.count >= xu.count else { return false }
        // Contiguous buffers compared directly: every role-assignment type test asks this.
        if let result = su.withContiguousStorageIfAvailable({ x in
            xu.withContiguousStorageIfAvailable { y in
                equal(UnsafeBufferPointer(rebasing: x[(x.count - y.count)...]), y)
            }
        }), let result {
            return result
        }
        return zip(su.dropFirst(su.count - xu.count), xu).allSatisfy { fold($0) == fold($1) }
    }

    package static func contains(_ s: String, _ needle: String) -> Bool {
        if let found = s.utf8.withContiguousStorageIfAvailable({ haystack in
            needle.utf8.withContiguousStorageIfAvailable { contains(haystack, $0) }
        }), let found {
            return found
        }
        let su = Array(s.utf8), nu = Array(needle.utf8)
        return su.withUnsafeBufferPointer { haystack in nu.withUnsafeBufferPointer { contains(haystack, $0) } }
    }

    /// Whether `haystack` holds `needle`, ASCII case folded (a byte search: no String is built).
    package static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard haystack.count >= needle.count else { return false }
        guard let first = needle.first.map(fold) else { return true }
        let rest = needle.count - 1
        for start in 0...(haystack.count - needle.count) where fold(haystack[start]) == first {
            var i = 1
            while i <= rest, fold(haystack[start + i]) == fold(needle[i]) { i += 1 }
            if i > rest { return true }
        }
        return false
    }

    /// `contains` on the first `limit` bytes of a byte array.
    package static func contains(_ bytes: [UInt8], prefix limit: Int, _ needle: StaticString) -> Bool {
        bytes.withUnsafeBufferPointer { all in
            let head = UnsafeBufferPointer(rebasing: all.prefix(limit))
            return needle.withUTF8Buffer { contains(head, $0) }
        }
    }

    /// `s` with A-Z folded to a-z and every other byte kept: a case-insensitive key.
    package static func folded(_ s: String) -> String {
        // Most keys have no upper-case letter: keep the string itself (no allocation).
        guard s.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return s }
        guard #available(macOS 11, *) else { return String(decoding: s.utf8.map(fold), as: UTF8.self) }
        return String(unsafeUninitializedCapacity: s.utf8.count) { buffer in
            var i = 0
            for c in s.utf8 {
                buffer[i] = fold(c)
                i += 1
            }
            return i
        }
    }

    /// Exactly `s.lowercased()`, without its cost for ASCII text (~450 instructions a name;
    /// every evaluator keys its template's parameters and variables this way): ASCII folds
    /// A-Z alone, anything else takes the Unicode way.
    package static func lowercased(_ s: String) -> String {
        // On the contiguous bytes of a native string (the UTF-8 view's iterator costs more
        // than the standard library's own lower-casing).
        let ascii = s.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var hasUpper = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte &- 0x41 < 26 { hasUpper = true }
            }
            guard hasUpper else { return s }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                for i in 0..<bytes.count { out[i] = fold(bytes[i]) }
                return bytes.count
            }
        }
        if let ascii, let ascii { return ascii }
        return s.lowercased()
    }

    @inline(__always)
    package static func fold(_ c: UInt8) -> UInt8 {
        c >= 0x41 && c <= 0x5A ? c | 0x20 : c
    }
}
