/// String functions. Any unknown argument makes the result unknown. Lengths and offsets count
/// UTF-16 units, as .NET strings (and so ARM) do.
extension Evaluator {
    func stringFunction(_ function: String, _ values: [KnownValue]) -> KnownValue? {
        let strings = values.map(\.stringValue)
        let s0 = strings.first ?? nil
        let s1 = strings.count > 1 ? strings[1] : nil
        switch (function, values.count) {
        case ("concat", _): return concat(values)
        case ("format", 1...): return format(values)
        case ("tolower", 1): return s0.map { .string($0.lowercased()) } ?? .unknown
        case ("toupper", 1): return s0.map { .string($0.uppercased()) } ?? .unknown
        case ("trim", 1): return s0.map { .string(Self.trimmed($0)) } ?? .unknown
        case ("replace", 3):
            guard let s = s0, let old = s1, !old.isEmpty, let new = strings[2] else { return .unknown }
            return .string(s.replacing(old, with: new))
        case ("split", 2): return split(s0, values[1])
        case ("join", 2):
            guard let items = values[0].arrayValue, let separator = s1 else { return .unknown }
            let parts = items.compactMap(\.stringValue)
            return parts.count == items.count ? .string(parts.joined(separator: separator)) : .unknown
        case ("substring", 2...3): return substring(values)
        case ("startswith", 2), ("endswith", 2):
            // ARM compares these case-insensitively.
            guard let s = s0?.lowercased(), let affix = s1?.lowercased() else { return .unknown }
            return .bool(function == "startswith" ? s.hasPrefix(affix) : s.hasSuffix(affix))
        case ("indexof", 2), ("lastindexof", 2):
            guard let s = s0, let needle = s1,
                  let at = Self.utf16Index(of: needle, in: s, last: function == "lastindexof") else { return .unknown }
            return .int(at)
        case ("padleft", 2...3):
            return padLeft(values)
        case ("string", 1):
            return values[0].interpolatedText.map { .string($0) } ?? .unknown
        default:
            return nil
        }
    }

    /// `concat` of strings (and integers) or of arrays; a mix is an ARM error.
    private func concat(_ values: [KnownValue]) -> KnownValue {
        if !values.isEmpty, values.allSatisfy({ $0.arrayValue != nil }) {
            return .array(values.flatMap { $0.arrayValue ?? [] })
        }
        var text = ""
        for value in values {
            guard let piece = value.interpolatedText else { return .unknown }
            text += piece
        }
        return .string(text)
    }

    /// .NET composite formatting with index placeholders only (`{0}`, `{{`, `}}`); alignment or
    /// format specifiers are not reproduced, so they make the result unknown.
    private func format(_ values: [KnownValue]) -> KnownValue {
        guard let template = values[0].stringValue else { return .unknown }
        let chars = Array(template.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "{" || c == "}" {
                if i + 1 < chars.count && chars[i + 1] == c {
                    out.append(c)
                    i += 2
                    continue
                }
                guard c == "{", let close = chars[i...].firstIndex(of: "}"),
                      let n = Int(String(String.UnicodeScalarView(chars[(i + 1)..<close]))),
                      n >= 0, n < values.count - 1,  // not `n + 1`: `{9223372036854775807}` would overflow
                      let piece = values[n + 1].interpolatedText else { return .unknown }
                out.append(contentsOf: piece.unicodeScalars)
                i = close + 1
                continue
            }
            out.append(c)
            i += 1
        }
        return .string(String(out))
    }

    /// `padLeft(value, totalLength, [char])`: pads a string or integer on the left.
    private func padLeft(_ values: [KnownValue]) -> KnownValue {
        guard let text = values[0].interpolatedText, let total = values[1].intValue,
              total >= 0, total <= Self.maxPadding else { return .unknown }
        var pad: Character = " "
        if values.count == 3 {
            guard let p = values[2].stringValue, p.count == 1, let c = p.first else { return .unknown }
            pad = c
        }
        let missing = Int(total) - text.utf16.count
        return .string(missing > 0 ? String(repeating: pad, count: missing) + text : text)
    }

    static let maxPadding: Int64 = 16_384

    private func split(_ text: String?, _ delimiter: KnownValue) -> KnownValue {
        guard let text else { return .unknown }
        var delimiters: [String] = []
        switch delimiter {
        case .string(let d): delimiters = [d]
        case .array(let items):
            delimiters = items.compactMap(\.stringValue)
            guard delimiters.count == items.count else { return .unknown }
        default: return .unknown
        }
        guard !delimiters.isEmpty, delimiters.allSatisfy({ !$0.isEmpty }) else { return .unknown }
        var pieces = [text]
        for d in delimiters {
            pieces = pieces.flatMap { $0.split(separator: d, omittingEmptySubsequences: false).map(String.init) }
        }
        return .array(pieces.map { .string($0) })
    }

    private func substring(_ values: [KnownValue]) -> KnownValue {
        guard let s = values[0].stringValue, let start = values[1].intValue else { return .unknown }
        let units = Array(s.utf16)
        let count = Int64(units.count)
        // Compared without adding: `start + length` can overflow (`substring(s, 2, 9223372036854775807)`).
        guard start >= 0, start <= count else { return .unknown }
        let length = values.count == 3 ? values[2].intValue : count - start
        guard let length, length >= 0, length <= count - start else { return .unknown }
        let slice = units[Int(start)..<Int(start + length)]
        return .string(String(decoding: slice, as: UTF16.self))
    }

    static func trimmed(_ s: String) -> String {
        var scalars = Substring(s)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    /// Case-insensitive UTF-16 offset of `needle` in `s`, or -1 (ARM `indexOf`); nil when
    /// lowercasing changes lengths, so offsets would not be the original's.
    static func utf16Index(of needle: String, in s: String, last: Bool) -> Int64? {
        let hay = Array(s.lowercased().utf16)
        let pin = Array(needle.lowercased().utf16)
        guard hay.count == s.utf16.count, pin.count == needle.utf16.count else { return nil }
        guard pin.count <= hay.count else { return -1 }
        if pin.isEmpty { return last ? Int64(hay.count) : 0 }
        let starts = Array(0...(hay.count - pin.count))
        for start in (last ? starts.reversed() : starts) where hay[start..<(start + pin.count)].elementsEqual(pin) {
            return Int64(start)
        }
        return -1
    }
}
