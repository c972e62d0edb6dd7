/// A path glob, matched on UTF-8 bytes without regex (style.md "Speed idioms" 5).
/// `*` and `?` (one character) stay inside one path segment, `**` spans segments (`a/**/b` also matches `a/b`),
/// `[abc]`, `[a-z]`, `[!a]` are byte classes, `{a,b}` alternatives are expanded when compiled.
/// A pattern without `/` matches a file name at any depth (`*.bicep`), as in `.gitignore`;
/// a pattern with `/` is anchored at the configuration's folder. A pattern that matches a
/// folder matches everything inside it (`legacy/` or `legacy`).
public struct GlobPattern: Sendable, Equatable, CustomStringConvertible {
    /// The pattern as written.
    public let text: String
    /// Brace-expanded alternatives, as bytes.
    let alternatives: [[UInt8]]
    /// No `/` in the pattern: match the last segments at any depth.
    let floating: Bool

    public var description: String { text }

    public struct Failure: Error, Sendable, Equatable {
        public var message: String
    }

    /// Compiles a pattern; unbalanced `[` or `{` and empty patterns are errors.
    public init(_ text: String) throws(Failure) {
        var bytes = Array(text.utf8)
        if bytes.starts(with: Array("./".utf8)) { bytes.removeFirst(2) }
        while bytes.count > 1 && bytes.last == UInt8(ascii: "/") { bytes.removeLast() }
        guard !bytes.isEmpty else { throw Failure(message: "empty glob pattern") }
        try Self.checkBrackets(bytes)
        self.text = text
        self.alternatives = try Self.expandBraces(bytes, depth: 0)
        self.floating = !bytes.contains(UInt8(ascii: "/"))
    }

    /// Whether `path` (relative to the configuration folder, `/`-separated) or one of the
    /// folders above it matches.
    public func matches(_ path: String) -> Bool {
        let bytes = Array(path.utf8)
        var ends: [Int] = [bytes.count]
        for i in bytes.indices where bytes[i] == UInt8(ascii: "/") { ends.append(i) }
        for end in ends where end > 0 {
            if matchesPrefix(bytes, end: end) { return true }
        }
        return false
    }

    private func matchesPrefix(_ bytes: [UInt8], end: Int) -> Bool {
        var starts = [0]
        if floating {
            // The last segment only: a floating pattern names a file or folder, wherever it is.
            var s = end
            while s > 0 && bytes[s - 1] != UInt8(ascii: "/") { s -= 1 }
            starts = [s]
        }
        for start in starts {
            let subject = Array(bytes[start..<end])
            for pattern in alternatives where Self.match(pattern[...], subject[...]) { return true }
        }
        return false
    }

    /// Backtracking matcher. `**` tries every split; `*` every split within one segment.
    /// States (pattern position, text position) already known to fail are remembered: without
    /// that, `*a*a*a*a*a*a*a*a*b` or `**/**/**/x/**` take exponential time.
    static func match(_ p: ArraySlice<UInt8>, _ s: ArraySlice<UInt8>) -> Bool {
        var failed = Set<Int>()
        return match(p, s, failed: &failed)
    }

    private static func match(_ p: ArraySlice<UInt8>, _ s: ArraySlice<UInt8>, failed: inout Set<Int>) -> Bool {
        // Slices keep their base's indices, and the text's end never moves: a unique key.
        let key = p.startIndex &* (s.endIndex &+ 1) &+ s.startIndex
        if failed.contains(key) { return false }
        let matched = matchUncached(p, s, failed: &failed)
        if !matched { failed.insert(key) }
        return matched
    }

    private static func matchUncached(_ p: ArraySlice<UInt8>, _ s: ArraySlice<UInt8>, failed: inout Set<Int>) -> Bool {
        var p = p
        var s = s
        while let c = p.first {
            switch c {
            case UInt8(ascii: "*"):
                if p.dropFirst().first == UInt8(ascii: "*") {
                    var rest = p.dropFirst(2)
                    // `**/` may match zero folders.
                    if rest.first == UInt8(ascii: "/") {
                        rest = rest.dropFirst()
                        if match(rest, s, failed: &failed) { return true }
                    }
                    var t = s
                    while true {
                        if match(rest, t, failed: &failed) { return true }
                        guard !t.isEmpty else { return false }
                        t = t.dropFirst()
                    }
                }
                let rest = p.dropFirst()
                var t = s
                while true {
                    if match(rest, t, failed: &failed) { return true }
                    guard let first = t.first, first != UInt8(ascii: "/") else { return false }
                    t = t.dropFirst()
                }
            case UInt8(ascii: "?"):
                guard let b = s.first, b != UInt8(ascii: "/") else { return false }
                p = p.dropFirst()
                s = s.dropFirst()
                // One character, not one byte: skip UTF-8 continuation bytes.
                while let next = s.first, next & 0xC0 == 0x80 { s = s.dropFirst() }
            case UInt8(ascii: "["):
                guard let b = s.first, b != UInt8(ascii: "/"),
                      let (matched, rest) = matchClass(p.dropFirst(), b), matched else { return false }
                p = rest
                s = s.dropFirst()
            default:
                guard s.first == c else { return false }
                p = p.dropFirst()
                s = s.dropFirst()
            }
        }
        return s.isEmpty
    }

    /// `[...]` after its `[`: whether `b` is in the class, and the pattern after the `]`.
    static func matchClass(_ p: ArraySlice<UInt8>, _ b: UInt8) -> (Bool, ArraySlice<UInt8>)? {
        var p = p
        var negated = false
        if let first = p.first, first == UInt8(ascii: "!") || first == UInt8(ascii: "^") {
            negated = true
            p = p.dropFirst()
        }
        var found = false
        var first = true
        while let c = p.first {
            if c == UInt8(ascii: "]") && !first { return (found != negated, p.dropFirst()) }
            first = false
            let next = p.dropFirst()
            if next.first == UInt8(ascii: "-"), let hi = next.dropFirst().first, hi != UInt8(ascii: "]") {
                if b >= c && b <= hi { found = true }
                p = next.dropFirst(2)
            } else {
                if b == c { found = true }
                p = next
            }
        }
        return nil
    }

    private static func checkBrackets(_ bytes: [UInt8]) throws(Failure) {
        var braces = 0
        var i = 0
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "["):
                var j = i + 1
                if j < bytes.count && (bytes[j] == UInt8(ascii: "!") || bytes[j] == UInt8(ascii: "^")) { j += 1 }
                j += 1   // a `]` right after `[` is a member
                while j < bytes.count && bytes[j] != UInt8(ascii: "]") { j += 1 }
                guard j < bytes.count else { throw Failure(message: "unclosed '[' in glob pattern") }
                i = j
            case UInt8(ascii: "{"):
                braces += 1
                if braces > maxBraceDepth { throw Failure(message: "braces nested too deeply in glob pattern") }
            case UInt8(ascii: "}"):
                braces -= 1
                if braces < 0 { throw Failure(message: "unmatched '}' in glob pattern") }
            default: break
            }
            i += 1
        }
        if braces != 0 { throw Failure(message: "unclosed '{' in glob pattern") }
    }

    /// Brace groups nested inside each other, and alternatives one pattern may expand to.
    /// Groups side by side (`{a,b}{c,d}`) are not nesting: only their expansion is capped, and
    /// their count (each is one level of the expansion's recursion).
    static let maxBraceDepth = 8
    static let maxAlternatives = 256
    static let maxBraceGroups = 64

    /// `a{b,c{d,e}}f` → `abf`, `acdf`, `acef`. Capped so that a hostile pattern stays small.
    static func expandBraces(_ bytes: [UInt8], depth: Int) throws(Failure) -> [[UInt8]] {
        guard let open = firstTopLevelBrace(bytes) else { return [bytes] }
        guard depth < maxBraceGroups else { throw Failure(message: "glob pattern has too many brace groups") }
        var level = 0
        var parts: [[UInt8]] = []
        var current: [UInt8] = []
        var close = open
        for i in (open + 1)..<bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "{") { level += 1 }
            if c == UInt8(ascii: "}") {
                if level == 0 { close = i; break }
                level -= 1
            }
            if c == UInt8(ascii: ","), level == 0 { parts.append(current); current = []; continue }
            current.append(c)
        }
        parts.append(current)
        let prefix = Array(bytes[..<open])
        let suffix = Array(bytes[(close + 1)...])
        var result: [[UInt8]] = []
        for part in parts {
            result += try expandBraces(prefix + part + suffix, depth: depth + 1)
            if result.count > maxAlternatives { throw Failure(message: "glob pattern expands to too many alternatives") }
        }
        return result
    }

    private static func firstTopLevelBrace(_ bytes: [UInt8]) -> Int? {
        var inClass = false
        for (i, c) in bytes.enumerated() {
            if c == UInt8(ascii: "[") { inClass = true }
            if c == UInt8(ascii: "]") { inClass = false }
            if c == UInt8(ascii: "{") && !inClass { return i }
        }
        return nil
    }
}
