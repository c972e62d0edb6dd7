import Testing
import ArmorTestSupport
@testable import ArmorBase

@Suite struct PathsTests {
    @Test(arguments: [
        ("a/b", "a/b"), ("/a/b", "/a/b"), ("a//b/", "a/b"), ("./a/./b", "a/b"), ("a/../b", "b"),
        ("../a", "../a"), ("/../a", "/a"), ("", "."), (".", "."), ("/", "/"), ("a/...", "a/..."),
        ("a/b/..", "a"), ("//", "/"), ("a/.b", "a/.b"),
    ])
    func normalizes(_ input: String, _ expected: String) {
        #expect(Paths.normalize(input) == expected)
    }

    /// The first, string-splitting implementation: the byte-level one must agree with it.
    static func reference(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            if part == ".." && absolute { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// Random paths over `a`, `b`, `.`, `/`: the shortcut and the rebuild agree with the reference.
    @Test func byteLevelAgreesWithReference() {
        var random = SplitMix(seed: 7)
        let alphabet: [Character] = ["a", ".", "/", "b"]
        var shortcuts = 0
        for _ in 0..<20_000 {
            let length = Int(random.next() % 9)
            let path = String((0..<length).map { _ in alphabet[Int(random.next() % 4)] })
            #expect(Paths.normalize(path) == Self.reference(path), "\(path)")
            #expect(Paths.rebuilt(path) == Self.reference(path), "\(path)")
            if Paths.isNormal(path) { shortcuts += 1 }
        }
        #expect(shortcuts > 1_000)
    }

    /// `isNormal` as it was, a byte at a time: the word-at-a-time scan must agree with it.
    static func byteAtATimeIsNormal(_ path: [UInt8]) -> Bool {
        var segmentLength = 0, dots = 0, isFirst = true
        var leadingParents = path.first != UInt8(ascii: "/")
        for byte in path {
            if byte == UInt8(ascii: "/") {
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
        if segmentLength == 0 { return path.count == 1 && path[0] == UInt8(ascii: "/") }
        return segmentLength != dots || (leadingParents && dots == 2)
    }

    /// Long random paths (names of up to 20 letters, so whole words of name bytes): the word
    /// scan agrees with the byte scan, and `normalize` with the reference.
    @Test func wordScanAgreesOnLongPaths() {
        var random = SplitMix(seed: 13)
        let pieces = ["/", ".", "..", "a", "abcdefgh", "abcdefghijklmnopqrst", "é", "x.y"]
        var normal = 0
        for _ in 0..<20_000 {
            let path = (0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            #expect(Paths.isNormal(path) == Self.byteAtATimeIsNormal(Array(path.utf8)), "\(path)")
            #expect(Paths.normalize(path) == Self.reference(path), "\(path)")
            if Paths.isNormal(path) { normal += 1 }
        }
        #expect(normal > 1_000)
    }

    /// `join` on bytes agrees with normalizing the joined string, as it was computed before.
    @Test func joinAgreesWithNormalizedConcatenation() {
        var random = SplitMix(seed: 17)
        let pieces = ["/", ".", "..", "./", "../", "a", "bc", "main.bicep", ".x"]
        func path(_ count: UInt64) -> String {
            (0..<Int(random.next() % count)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
        }
        for _ in 0..<40_000 {
            let base = path(8), relative = path(8)
            let expected = relative.hasPrefix("/") ? relative
                : base.isEmpty || base == "." ? Paths.normalize(relative)
                : Paths.normalize(base.hasSuffix("/") ? base + relative : base + "/" + relative)
            #expect(Paths.join(base, relative) == expected, "\(base) + \(relative)")
        }
        #expect(Paths.join("../corpus/avm/res/x", "../../utl/types/main.bicep") == "../corpus/avm/utl/types/main.bicep")
        #expect(Paths.join("/a", "../../b") == "/b")
        #expect(Paths.join("../a", "../../b") == "../../b")
    }

    /// The byte-level fold of a relative path onto the working directory agrees with
    /// normalizing the joined path.
    @Test func absoluteAgreesWithNormalizedJoin() {
        var random = SplitMix(seed: 11)
        let alphabet: [Character] = ["a", ".", "/", "b"]
        for _ in 0..<20_000 {
            let path = String((0..<Int(random.next() % 9)).map { _ in alphabet[Int(random.next() % 4)] })
            let cwd = "/" + String((0..<Int(random.next() % 7)).map { _ in alphabet[Int(random.next() % 4)] })
            let expected = path.hasPrefix("/") ? Paths.normalize(path) : Paths.normalize(cwd + "/" + path)
            #expect(WorkingDirectory.absolute(path, cwd: cwd) == expected, "\(cwd) + \(path)")
        }
    }

    @Test(arguments: [
        ("a/b.Bicep", "bicep"), ("b.json", "json"), ("a.b/c", ""), (".hidden", ""), ("x", ""), ("d/.e.JSONC", "jsonc"),
        ("a/b.", ""), ("é/f.Ä", "ä"), ("/.bashrc", ""), ("..", ""), ("a/..", ""), ("/x.SH", "sh"),
        ("/a/deeper/folder/with-a-long-name/main.BICEPPARAM", "bicepparam"), ("é/f.json", "json"),
    ])
    func fileExtension(_ path: String, _ expected: String) {
        #expect(Paths.fileExtension(of: path) == expected)
    }
}
