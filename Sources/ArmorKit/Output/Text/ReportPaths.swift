import ArmorBase

/// Paths as reporters print them: relative to the report's root when the file lies under it,
/// so that CI annotations, SARIF and baselines do not depend on where the checkout lives.
enum ReportPaths {
    /// `path` relative to `root`, or `path` normalised when it is not under `root`.
    /// A relative `path` is taken to be relative to `root` already (the CLI's root is the
    /// working directory), so only absolute paths are rewritten.
    static func relative(_ path: String, to root: String) -> String {
        let normalized = Paths.normalize(path)
        guard normalized.hasPrefix("/") else { return normalized }
        let base = Paths.normalize(root)
        if base == "/" { return String(normalized.dropFirst()) }
        guard normalized.hasPrefix(base + "/") else { return normalized }
        return String(normalized.dropFirst(base.count + 1))
    }

    /// Whether `relative(path, to:)` produced a root-relative path (SARIF `uriBaseId`).
    static func isUnderRoot(_ path: String, root: String) -> Bool {
        let relative = relative(path, to: root)
        return !relative.hasPrefix("/") && !relative.hasPrefix("../")
    }

    /// Percent-encodes a path for a URI reference: unreserved characters and `/` stay,
    /// every other byte of the UTF-8 form becomes `%XX` (RFC 3986 §2.1, upper-case hex).
    static func uriEncoded(_ path: String) -> String {
        var out = ""
        out.reserveCapacity(path.utf8.count)
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + hexByte(byte)
            }
        }
        return out
    }

    /// `file://` URI of an absolute path; a trailing slash when it names a directory.
    static func fileURI(_ absolutePath: String, directory: Bool = false) -> String {
        let path = Paths.normalize(absolutePath)
        let suffix = directory && !path.hasSuffix("/") ? "/" : ""
        return "file://" + uriEncoded(path) + suffix
    }

    static func hexByte(_ byte: UInt8) -> String {
        let digits: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "B", "C", "D", "E", "F"]
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
