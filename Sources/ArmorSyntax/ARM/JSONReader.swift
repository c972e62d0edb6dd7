import ArmorBase

/// Reads JSON the way Resource Manager tolerates it: `//` and `/* */` comments (kept in a side
/// table), raw newlines inside strings, trailing commas and duplicate keys (warnings). Malformed
/// input gives precise diagnostics and a best-effort tree; nothing crashes, nothing recurses
/// deeper than `maxDepth`. A byte array and an `Int` index, like corelibs' JSONSerialization
/// parser (style.md "Speed idioms" 1–2).
public struct JSONReader {
    /// corelibs' JSON parser caps nesting at 512 too.
    public static let maxDepth = 512
    /// Past this many errors the rest are cascades and add nothing.
    static let maxErrors = 20

    let bytes: [UInt8]
    let path: String
    var i: Int
    var depth = 0
    var comments: [JSONComment] = []
    var diagnostics: [Diagnostic] = []
    var errorCount = 0
    var lastErrorStart: UInt32 = .max
    var warnedInvalidUTF8 = false
    /// Offsets of the `{` and `[` still open, innermost last.
    var openers: [Int] = []
    /// The input ended inside something: said once, by the innermost construct.
    var endReported = false
    /// One reusable buffer per nesting level for the members (elements) of the object (array)
    /// open there: each container's array is then allocated once, at its final size, instead
    /// of growing by doubling.
    var memberBuffers: [[JSONMember]] = []
    var itemBuffers: [[JSONValue]] = []
    /// Shares repeated texts; nil when one string is decoded on its own (`decodeString`).
    var strings: StringCache?
    /// See `read(_:rootResources:)`.
    var rootResources: ((JSONValue) -> JSONValue)?
    /// Set by the root object's `resources` member for the array that follows.
    var streamNextArray = false

    init(bytes: [UInt8], path: String, start: Int) {
        self.bytes = bytes
        self.path = path
        self.i = start
    }

    /// `rootResources` sees each element of the root object's `resources` array as soon as it
    /// is read, and the tree keeps what it returns instead: a large template's resources can be
    /// lowered while the rest is read, so that its whole JSON tree never exists at once.
    public static func read(_ source: SourceFile, rootResources: ((JSONValue) -> JSONValue)? = nil) -> JSONDocument {
        var reader = JSONReader(bytes: source.bytes, path: source.path, start: source.contentStart)
        reader.strings = source.bytes.count >= StringCache.minDocumentBytes ? StringCache() : nil
        reader.rootResources = rootResources
        return reader.readDocument()
    }

    /// The decoded text of the JSON string token at `span` (nil when none starts there): the
    /// raw form of a value that was lowered to an expression.
    public static func decodeString(at span: Span, in bytes: [UInt8]) -> String? {
        let start = Int(span.start)
        guard start < bytes.count, bytes[start] == UInt8(ascii: "\"") else { return nil }
        var reader = JSONReader(bytes: bytes, path: "", start: start)
        return reader.parseString()
    }

    mutating func readDocument() -> JSONDocument {
        skipTrivia()
        guard i < bytes.count else {
            error("empty document: expected a JSON value", at: Span(i, i))
            return JSONDocument(root: nil, comments: comments, diagnostics: diagnostics)
        }
        let root = parseValue()
        skipTrivia()
        if i < bytes.count {
            error("unexpected \(describeByte(at: i)) after the JSON value", at: Span(i, i + 1))
        }
        return JSONDocument(root: root, comments: comments, diagnostics: diagnostics)
    }

    mutating func parseValue() -> JSONValue {
        skipTrivia()
        guard i < bytes.count else {
            unexpectedEnd(expected: "a value")
            return JSONValue(.invalid, at: Span(i, i))
        }
        switch bytes[i] {
        case UInt8(ascii: "{"): return parseObject()
        case UInt8(ascii: "["): return parseArray()
        case UInt8(ascii: "\""):
            let start = i
            let text = parseString()
            return JSONValue(.string(text), at: Span(start, i))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return parseNumber()
        default: return parseWord()
        }
    }

    mutating func parseObject() -> JSONValue {
        let start = i
        guard enterNesting() else { return skipTooDeep(from: start) }
        defer { depth -= 1; openers.removeLast() }
        openers.append(start)
        i += 1
        let level = depth - 1
        while memberBuffers.count <= level { memberBuffers.append([]) }
        var members: [JSONMember] = []
        swap(&members, &memberBuffers[level])
        defer {
            members.removeAll(keepingCapacity: true)
            swap(&members, &memberBuffers[level])
        }
        var keySet: Set<String>?
        while true {
            let before = i
            skipTrivia()
            guard i < bytes.count else {
                unexpectedEnd(expected: "'}'")
                break
            }
            let c = bytes[i]
            if c == UInt8(ascii: "}") { i += 1; break }
            if c == UInt8(ascii: "]") {
                error("expected '}' to close the object, found ']'", at: Span(i, i + 1))
                break
            }
            if c != UInt8(ascii: "\"") {
                error("expected a property name in double quotes, found \(describeByte(at: i))", at: Span(i, i + 1))
                skipJunk()
                if i < bytes.count && bytes[i] == UInt8(ascii: ",") { i += 1 }
                if i == before { break }
                continue
            }
            let member = parseMember(keySet: &keySet, members: members)
            members.append(member)
            if !afterElement(closer: UInt8(ascii: "}")) || i == before { break }
        }
        return JSONValue(.object(Array(members[...])), at: Span(start, i))
    }

    mutating func parseMember(keySet: inout Set<String>?, members: [JSONMember]) -> JSONMember {
        let keyStart = i
        let key = parseString()
        let keySpan = Span(keyStart, i)
        skipTrivia()
        if i < bytes.count && bytes[i] == UInt8(ascii: ":") {
            i += 1
        } else if i >= bytes.count {
            unexpectedEnd(expected: "':' and a value")
        } else {
            error("expected ':' after the property name", at: Span(i, i + 1))
        }
        // Member names compare ASCII-case-insensitively in ARM, `Resources` included.
        streamNextArray = depth == 1 && rootResources != nil && key.utf8.count == 9 && ASCIICase.equal(key, "resources")
        let value = parseValue()
        streamNextArray = false
        if Self.isDuplicate(key, in: members, set: &keySet) {
            warning(.jsonDuplicateKey, "duplicate key '\(key)': the last value wins", at: keySpan)
        }
        return JSONMember(key: key, keySpan: keySpan, value: value)
    }

    mutating func parseArray() -> JSONValue {
        let start = i
        let stream = streamNextArray ? rootResources : nil
        streamNextArray = false
        guard enterNesting() else { return skipTooDeep(from: start) }
        defer { depth -= 1; openers.removeLast() }
        openers.append(start)
        i += 1
        let level = depth - 1
        while itemBuffers.count <= level { itemBuffers.append([]) }
        var items: [JSONValue] = []
        swap(&items, &itemBuffers[level])
        defer {
            items.removeAll(keepingCapacity: true)
            swap(&items, &itemBuffers[level])
        }
        while true {
            let before = i
            skipTrivia()
            guard i < bytes.count else {
                unexpectedEnd(expected: "']'")
                break
            }
            let c = bytes[i]
            if c == UInt8(ascii: "]") { i += 1; break }
            if c == UInt8(ascii: "}") {
                error("expected ']' to close the array, found '}'", at: Span(i, i + 1))
                break
            }
            if let stream { items.append(stream(parseValue())) } else { items.append(parseValue()) }
            if !afterElement(closer: UInt8(ascii: "]")) || i == before { break }
        }
        return JSONValue(.array(Array(items[...])), at: Span(start, i))
    }

    /// After a member or element: consumes `,` (warning on a trailing one) or stops before the
    /// closer. Returns false when the container cannot go on (a wrong closer).
    mutating func afterElement(closer: UInt8) -> Bool {
        skipTrivia()
        guard i < bytes.count else { return true }
        let c = bytes[i]
        if c == UInt8(ascii: ",") {
            let comma = i
            i += 1
            skipTrivia()
            if i < bytes.count && bytes[i] == closer {
                warning(.jsonTrailingComma, "trailing comma", at: Span(comma, comma + 1))
            }
            return true
        }
        if c == closer { return true }
        let what = closer == UInt8(ascii: "}") ? "'}'" : "']'"
        error("expected ',' or \(what), found \(describeByte(at: i))", at: Span(i, i + 1))
        if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") { return false }
        // A missing comma before the next key/value: go on reading from here.
        if c == UInt8(ascii: "\"") || c == UInt8(ascii: "{") || c == UInt8(ascii: "[") { return true }
        skipJunk()
        if i < bytes.count && bytes[i] == UInt8(ascii: ",") { i += 1 }
        return true
    }

    /// Skips to the next `,`, `}` or `]` (not consumed) after an error.
    mutating func skipJunk() {
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"): return
            case UInt8(ascii: "\""): _ = parseStringQuietly()
            default: i += 1
            }
        }
    }

    mutating func enterNesting() -> Bool {
        guard depth < Self.maxDepth else { return false }
        depth += 1
        return true
    }

    static func isDuplicate(_ key: String, in members: [JSONMember], set: inout Set<String>?) -> Bool {
        if set == nil && members.count < 12 {
            // Lengths first: most keys of an object differ in length, a cheaper test than `==`.
            let count = key.utf8.count
            return members.contains { $0.key.utf8.count == count && $0.key == key }
        }
        if set == nil { set = Set(members.map(\.key)) }
        return !(set?.insert(key).inserted ?? true)
    }

    // MARK: diagnostics

    mutating func error(_ message: String, at span: Span, code: SyntaxCode = .jsonSyntax, notes: [Note] = []) {
        guard errorCount < Self.maxErrors, span.start != lastErrorStart else { return }
        // Past the end, after the end was reported (or a string ran into it): a cascade.
        if endReported && Int(span.start) >= bytes.count { return }
        errorCount += 1
        lastErrorStart = span.start
        diagnostics.append(Diagnostic(code: .syntax(code), severity: .error, message: message,
                                      location: Location(path: path, span: span), notes: notes))
    }

    /// The input ended with brackets open (a truncated file): one error where the missing text
    /// goes, just after the last non-blank byte, naming the innermost open bracket in a note,
    /// instead of one per open bracket.
    mutating func unexpectedEnd(expected: String) {
        guard !endReported else { return }
        defer { endReported = true }
        var end = bytes.count
        while end > 0, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(bytes[end - 1]) {
            end -= 1
        }
        var message = "unexpected end of input: expected \(expected)"
        var notes: [Note] = []
        if let opener = openers.last {
            let kind = bytes[opener] == UInt8(ascii: "{") ? "object" : "array"
            message += "; the \(kind) opened on line \(lineNumber(of: opener)) is not closed"
            notes.append(Note("\(kind) opened here", at: Location(path: path, span: Span(opener, opener + 1))))
        }
        error(message, at: Span(end, end), notes: notes)
    }

    /// 1-based line of a byte offset (computed only for an error message).
    func lineNumber(of offset: Int) -> Int {
        var line = 1
        for b in bytes[..<min(offset, bytes.count)] where b == UInt8(ascii: "\n") { line += 1 }
        return line
    }

    mutating func warning(_ code: SyntaxCode, _ message: String, at span: Span) {
        guard diagnostics.count < 200 else { return }
        diagnostics.append(Diagnostic(code: .syntax(code), severity: .warning, message: message,
                                      location: Location(path: path, span: span)))
    }

    func describeByte(at index: Int) -> String {
        guard index < bytes.count else { return "end of input" }
        let b = bytes[index]
        if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        let hex = String(b, radix: 16, uppercase: true)
        return "byte 0x\(hex.count == 1 ? "0" + hex : hex)"
    }
}
