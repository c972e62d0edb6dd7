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

    static func hasPrefix(_ s: String, _ prefix: String) -> Bool {
        let su = s.utf8, pu = prefix.utf8
        guard su.count >= pu.count else { return false }
        return zip(su, pu).allSatisfy { fold($0) == fold($1) }
    }

    @inline(__always)
    static func fold(_ c: UInt8) -> UInt8 {
        c >= 0x41 && c <= 0x5A ? c | 0x20 : c
    }
}
