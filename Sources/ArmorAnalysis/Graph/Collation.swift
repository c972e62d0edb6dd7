/// The order the Bicep compiler sorts `dependsOn` entries in: .NET culture-aware comparison of
/// qualified symbols (dependency-semantics §3.1, semantics-notes U1). Fixed, never the host
/// locale: case-insensitive first with `_` < `:` < digits < letters, shorter prefix first, then
/// lower case before upper case at the first case difference.
public enum Collation {
    public static func less(_ a: String, _ b: String) -> Bool {
        compare(Array(a.utf8), Array(b.utf8)) < 0
    }

    static func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
        let n = min(a.count, b.count)
        for i in 0..<n {
            let pa = primaryWeight(a[i])
            let pb = primaryWeight(b[i])
            if pa != pb { return pa < pb ? -1 : 1 }
        }
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        for i in 0..<n where a[i] != b[i] {
            return isLower(a[i]) ? -1 : 1
        }
        return 0
    }

    private static func isLower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }

    private static func primaryWeight(_ c: UInt8) -> Int {
        switch c {
        case UInt8(ascii: "_"): return 1
        case UInt8(ascii: ":"): return 2
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return 10 + Int(c - 0x30)
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return 100 + Int(c - 0x61)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return 100 + Int(c - 0x41)
        default: return 200 + Int(c)
        }
    }
}
