extension YAMLSubset {
    /// One scalar or flow collection on a single line.
    struct FlowReader {
        var chars: [Character]
        var i: Int
        var depth = 0

        mutating func skipSpaces() {
            while i < chars.count, chars[i] == " " { i += 1 }
        }

        mutating func value(inFlow: Bool) throws(Unsupported) -> KnownValue {
            skipSpaces()
            guard i < chars.count else { return .null }
            switch chars[i] {
            case "'": return .string(try singleQuoted())
            case "\"": return .string(try doubleQuoted())
            case "[", "{":
                depth += 1
                guard depth <= YAMLSubset.maxDepth else { throw Unsupported() }
                defer { depth -= 1 }
                return chars[i] == "[" ? try flowSequence() : try flowMapping()
            case "&", "*", "!", "|", ">", "@", "`", "%": throw Unsupported()
            default: return try plain(inFlow: inFlow)
            }
        }

        mutating func flowSequence() throws(Unsupported) -> KnownValue {
            i += 1
            var items: [KnownValue] = []
            skipSpaces()
            if i < chars.count, chars[i] == "]" { i += 1; return .array(items) }
            while true {
                items.append(try value(inFlow: true))
                skipSpaces()
                guard i < chars.count else { throw Unsupported() }
                if chars[i] == "," {
                    i += 1
                    skipSpaces()
                    if i < chars.count, chars[i] == "]" { i += 1; return .array(items) }
                    continue
                }
                if chars[i] == "]" { i += 1; return .array(items) }
                throw Unsupported()
            }
        }

        mutating func flowMapping() throws(Unsupported) -> KnownValue {
            i += 1
            var object = KnownObject()
            skipSpaces()
            if i < chars.count, chars[i] == "}" { i += 1; return .object(object) }
            while true {
                skipSpaces()
                guard let key = try value(inFlow: true, key: true).stringValue else { throw Unsupported() }
                skipSpaces()
                guard i < chars.count, chars[i] == ":" else { throw Unsupported() }
                i += 1
                guard object[key] == nil else { throw Unsupported() }
                object[key] = try value(inFlow: true)
                skipSpaces()
                guard i < chars.count else { throw Unsupported() }
                if chars[i] == "," {
                    i += 1
                    skipSpaces()
                    if i < chars.count, chars[i] == "}" { i += 1; return .object(object) }
                    continue
                }
                if chars[i] == "}" { i += 1; return .object(object) }
                throw Unsupported()
            }
        }

        /// A mapping key in flow: quoted, or plain text up to `:`.
        mutating func value(inFlow: Bool, key: Bool) throws(Unsupported) -> KnownValue {
            guard key, i < chars.count, chars[i] != "'", chars[i] != "\"" else { return try value(inFlow: inFlow) }
            let start = i
            while i < chars.count, chars[i] != ":", chars[i] != ",", chars[i] != "}" { i += 1 }
            let text = String(chars[start..<i]).trimmingSpaces
            guard !text.isEmpty else { throw Unsupported() }
            return .string(String(text))
        }

        mutating func singleQuoted() throws(Unsupported) -> String {
            i += 1
            var out = ""
            while i < chars.count {
                if chars[i] == "'" {
                    if i + 1 < chars.count, chars[i + 1] == "'" { out.append("'"); i += 2; continue }
                    i += 1
                    return out
                }
                out.append(chars[i])
                i += 1
            }
            throw Unsupported()
        }

        mutating func doubleQuoted() throws(Unsupported) -> String {
            i += 1
            var out = ""
            while i < chars.count {
                let c = chars[i]
                if c == "\"" { i += 1; return out }
                if c == "\\" {
                    guard i + 1 < chars.count else { throw Unsupported() }
                    switch chars[i + 1] {
                    case "\"": out.append("\"")
                    case "\\": out.append("\\")
                    case "/": out.append("/")
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    case "r": out.append("\r")
                    case "0": out.append("\u{0}")
                    default: throw Unsupported()  // \x, \u and friends are not decoded here
                    }
                    i += 2
                    continue
                }
                out.append(c)
                i += 1
            }
            throw Unsupported()
        }

        /// A plain scalar: to the end of the line, or in flow to `,` `]` `}` (and `:` + space).
        mutating func plain(inFlow: Bool) throws(Unsupported) -> KnownValue {
            let start = i
            while i < chars.count {
                let c = chars[i]
                if inFlow && (c == "," || c == "]" || c == "}") { break }
                if c == ":" && (i + 1 == chars.count || chars[i + 1] == " ") { throw Unsupported() }
                i += 1
            }
            let text = String(String(chars[start..<i]).trimmingSpaces)
            return try YAMLSubset.plainScalar(text)
        }
    }

    /// YAML 1.2 core schema for plain scalars; floats and other numeric forms are unknown.
    static func plainScalar(_ text: String) throws(Unsupported) -> KnownValue {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        if let n = Int64(text) { return .int(n) }
        let numeric = text.unicodeScalars.allSatisfy { "0123456789+-.eE_xXoO".unicodeScalars.contains($0) }
        if numeric, text.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) { throw Unsupported() }
        if text.hasPrefix(".") && [".inf", ".nan", ".Inf", ".NaN", ".INF", ".NAN"].contains(text) { throw Unsupported() }
        return .string(text)
    }
}
