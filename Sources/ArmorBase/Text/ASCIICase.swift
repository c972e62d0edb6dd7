/// ASCII case folding on UTF-8 bytes, without building lower-cased copies.
package enum ASCIICase {
    package static func equal(_ a: String, _ b: String) -> Bool {
        let au = a.utf8, bu = b.utf8
        guard au.count == bu.count else { return false }
        for (x, y) in zip(au, bu) where x != y {
            if fold(x) != fold(y) { return false }
        }
        return true
    }

    package static func hasPrefix(_ s: String, _ prefix: String) -> Bool {
        let su = s.utf8, pu = prefix.utf8
        guard su.count >= pu.count else { return false }
        return zip(su, pu).allSatisfy { fold($0) == fold($1) }
    }

    package static func hasSuffix(_ s: String, _ suffix: String) -> Bool {
        let su = s.utf8, xu = suffix.utf8
        guard su.count >= xu.count else { return false }
        return zip(su.dropFirst(su.count - xu.count), xu).allSatisfy { fold($0) == fold($1) }
    }

    package static func contains(_ s: String, _ needle: String) -> Bool {
        let su = Array(s.utf8), nu = Array(needle.utf8)
        guard su.count >= nu.count else { return false }
        if nu.isEmpty { return true }
        for start in 0...(su.count - nu.count) where fold(su[start]) == fold(nu[0]) {
            if (1..<nu.count).allSatisfy({ fold(su[start + $0]) == fold(nu[$0]) }) { return true }
        }
        return false
    }

    /// `s` with A-Z folded to a-z and every other byte kept: a case-insensitive key.
    package static func folded(_ s: String) -> String {
        String(decoding: s.utf8.map(fold), as: UTF8.self)
    }

    @inline(__always)
    package static func fold(_ c: UInt8) -> UInt8 {
        c >= 0x41 && c <= 0x5A ? c | 0x20 : c
    }
}
