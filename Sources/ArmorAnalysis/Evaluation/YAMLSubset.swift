/// A small YAML reader for `loadYamlContent`: block mappings and sequences by indentation,
/// plain, single- and double-quoted scalars, and flow `[…]` / `{…}` collections. Anything else
/// (anchors, aliases, tags, block scalars `|` `>`, multi-line plain scalars, several documents,
/// floats) makes the whole file unknown (nil) rather than a guess.
enum YAMLSubset {
    struct Line {
        var indent: Int
        var text: Substring
    }

    struct Unsupported: Error {}

    static func parse(_ bytes: some Collection<UInt8>) -> KnownValue? {
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        var lines: [Line] = []
        var sawDocument = false
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            // Tabs may not indent YAML.
            guard raw.prefix(while: { $0 == " " || $0 == "\t" }).allSatisfy({ $0 == " " }) else { return nil }
            let content = stripComment(raw)
            let body = content.drop { $0 == " " }
            if body.isEmpty { continue }
            if body.hasPrefix("---") || body.hasPrefix("...") {
                // One document, its marker alone on the first line; anything else is refused.
                guard Self.trimTrailing(body) == "---", !sawDocument, lines.isEmpty else { return nil }
                sawDocument = true
                continue
            }
            if body.hasPrefix("%") { return nil }
            lines.append(Line(indent: content.count - body.count, text: trimTrailing(body)))
        }
        guard !lines.isEmpty else { return .null }
        var reader = Reader(lines: lines)
        do {
            let value = try reader.block(indent: lines[0].indent)
            return reader.i == reader.lines.count ? value : nil
        } catch {
            return nil
        }
    }

    /// The text before a ` #` comment that is outside quotes.
    static func stripComment(_ line: Substring) -> Substring {
        var quote: Character?
        var previous: Character = " "
        for index in line.indices {
            let c = line[index]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "'" || c == "\"" {
                if previous == " " || previous == "[" || previous == "{" || previous == "," || previous == ":" { quote = c }
            } else if c == "#" && (previous == " " || index == line.startIndex) {
                return line[..<index]
            }
            previous = c
        }
        return line
    }

    static func trimTrailing(_ s: Substring) -> Substring {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }

    /// Nesting deeper than this is refused (a hostile `- - - - …` line must not exhaust the stack).
    static let maxDepth = 64

    struct Reader {
        var lines: [Line]
        var i = 0
        var depth = 0

        mutating func block(indent: Int) throws(Unsupported) -> KnownValue {
            guard i < lines.count else { return .null }
            depth += 1
            defer { depth -= 1 }
            guard depth <= YAMLSubset.maxDepth else { throw Unsupported() }
            if isSequenceItem(lines[i].text) { return try sequence(indent: indent) }
            if splitKey(lines[i].text) != nil { return try mapping(indent: indent) }
            // A lone scalar document or value.
            let value = try scalar(lines[i].text)
            i += 1
            return value
        }

        func isSequenceItem(_ text: Substring) -> Bool { text == "-" || text.hasPrefix("- ") }

        mutating func sequence(indent: Int) throws(Unsupported) -> KnownValue {
            var items: [KnownValue] = []
            while i < lines.count, lines[i].indent == indent, isSequenceItem(lines[i].text) {
                let rest = lines[i].text.dropFirst().drop { $0 == " " }
                if rest.isEmpty {
                    i += 1
                    items.append(try nested(deeperThan: indent, allowSameIndentSequence: false))
                } else {
                    // `- key: v` or `- - x`: the rest opens a block at its own column.
                    let column = indent + (lines[i].text.count - rest.count)
                    lines[i] = Line(indent: column, text: rest)
                    items.append(try block(indent: column))
                }
            }
            if i < lines.count, lines[i].indent > indent { throw Unsupported() }
            return .array(items)
        }

        mutating func mapping(indent: Int) throws(Unsupported) -> KnownValue {
            var object = KnownObject()
            while i < lines.count, lines[i].indent == indent, !isSequenceItem(lines[i].text) {
                guard let (key, rest) = splitKey(lines[i].text) else { throw Unsupported() }
                guard object[key] == nil else { throw Unsupported() }
                i += 1
                if rest.isEmpty {
                    object[key] = try nested(deeperThan: indent, allowSameIndentSequence: true)
                } else {
                    object[key] = try scalar(rest)
                }
            }
            if i < lines.count, lines[i].indent > indent { throw Unsupported() }
            return .object(object)
        }

        /// The value under `key:` or `-` on its own line: a deeper block, a sequence at the same
        /// indent (after a key), or null when nothing follows.
        mutating func nested(deeperThan indent: Int, allowSameIndentSequence: Bool) throws(Unsupported) -> KnownValue {
            guard i < lines.count else { return .null }
            let next = lines[i]
            if next.indent > indent { return try block(indent: next.indent) }
            if allowSameIndentSequence, next.indent == indent, isSequenceItem(next.text) {
                return try sequence(indent: indent)
            }
            return .null
        }

        /// `key: rest` with a plain or quoted key; nil when the line is not a mapping entry.
        func splitKey(_ text: Substring) -> (String, Substring)? {
            if let q = text.first, q == "'" || q == "\"" {
                guard let close = text.dropFirst().firstIndex(of: q) else { return nil }
                let after = text[text.index(after: close)...]
                guard after.first == ":", after.dropFirst().first.map({ $0 == " " }) ?? true else { return nil }
                return (String(text[text.index(after: text.startIndex)..<close]), after.dropFirst().drop { $0 == " " })
            }
            if text.first == "[" || text.first == "{" { return nil }
            var index = text.startIndex
            while index < text.endIndex {
                if text[index] == ":" {
                    let next = text.index(after: index)
                    if next == text.endIndex || text[next] == " " {
                        let key = YAMLSubset.trimTrailing(text[..<index])
                        guard !key.isEmpty else { return nil }
                        return (String(key), text[next...].drop { $0 == " " })
                    }
                }
                index = text.index(after: index)
            }
            return nil
        }

        func scalar(_ text: Substring) throws(Unsupported) -> KnownValue {
            var flow = FlowReader(chars: Array(text), i: 0)
            let value = try flow.value(inFlow: false)
            flow.skipSpaces()
            guard flow.i == flow.chars.count else { throw Unsupported() }
            return value
        }
    }
}
