/// A small streaming JSON writer with stable key order (what we write is what we read back).
public struct JSONWriter {
    public private(set) var text = ""
    private var needsComma: [Bool] = [false]
    private let pretty: Bool
    private var depth = 0

    public init(pretty: Bool = true) {
        self.pretty = pretty
        text.reserveCapacity(4096)
    }

    public mutating func beginObject() { value("{"); open() }
    public mutating func endObject() { close("}") }
    public mutating func beginArray() { value("[") ; open() }
    public mutating func endArray() { close("]") }

    public mutating func key(_ name: String) {
        separator()
        text += Self.quoted(name)
        text += pretty ? ": " : ":"
        suppressNextSeparator = true
    }

    public mutating func string(_ s: String) { value(Self.quoted(s)) }
    public mutating func int(_ i: Int) { value(String(i)) }
    public mutating func bool(_ b: Bool) { value(b ? "true" : "false") }
    public mutating func null() { value("null") }

    public mutating func field(_ name: String, _ s: String) { key(name); string(s) }
    public mutating func field(_ name: String, _ i: Int) { key(name); int(i) }
    public mutating func field(_ name: String, _ b: Bool) { key(name); bool(b) }
    public mutating func field(_ name: String, optional s: String?) {
        key(name)
        if let s { string(s) } else { null() }
    }
    /// An array of strings on one line (`"dependsOn": ["a", "b"]`).
    public mutating func field(_ name: String, strings: [String]) {
        key(name)
        value("[" + strings.map(Self.quoted).joined(separator: pretty ? ", " : ",") + "]")
    }

    private var suppressNextSeparator = false

    private mutating func separator() {
        if suppressNextSeparator { suppressNextSeparator = false; return }
        if needsComma[needsComma.count - 1] { text += "," }
        needsComma[needsComma.count - 1] = true
        if pretty && depth > 0 { newline() }
    }

    private mutating func value(_ token: String) {
        separator()
        text += token
    }

    private mutating func open() {
        depth += 1
        needsComma.append(false)
    }

    private mutating func close(_ bracket: String) {
        depth -= 1
        let hadItems = needsComma.removeLast()
        if pretty && hadItems { newline() }
        text += bracket
    }

    private mutating func newline() {
        text += "\n"
        text += String(repeating: "  ", count: depth)
    }

    /// JSON string literal; escapes control characters, quotes and backslashes.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for unit in s.unicodeScalars {
            switch unit {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if unit.value < 0x20 {
                    let hex = String(unit.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(unit)
                }
            }
        }
        return out + "\""
    }
}
