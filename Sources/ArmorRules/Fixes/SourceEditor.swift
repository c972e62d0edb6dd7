import ArmorBase
import ArmorSyntax
import ArmorAnalysis

/// Text edits in a template's own syntax: remove an array element or a property, insert a
/// property or an array element. Edits keep the file's indentation, line endings, comments and
/// comma style; a case the editor cannot place with certainty gives nil (no fix, the help stays
/// text).
struct SourceEditor {
    let source: SourceFile
    let language: Language

    init(_ template: Template) {
        self.source = template.source
        self.language = template.language
    }

    private var bytes: [UInt8] { source.bytes }
    private var path: String { source.path }
    private var isJSON: Bool { language == .arm }

    // MARK: Lines

    func lineStart(_ offset: Int) -> Int {
        var i = min(offset, bytes.count)
        while i > 0, bytes[i - 1] != UInt8(ascii: "\n") { i -= 1 }
        return i
    }

    /// The offset of the line's terminator (`\r\n`, `\n`), or the end of the file.
    func lineEnd(_ offset: Int) -> Int {
        var i = offset
        while i < bytes.count, bytes[i] != UInt8(ascii: "\n") { i += 1 }
        if i > offset, bytes[i - 1] == UInt8(ascii: "\r") { return i - 1 }
        return i
    }

    /// Just after the line's terminator.
    func nextLineStart(_ offset: Int) -> Int {
        var i = offset
        while i < bytes.count, bytes[i] != UInt8(ascii: "\n") { i += 1 }
        return min(i + 1, bytes.count)
    }

    /// The line ending the file uses at `offset`'s line (CRLF stays CRLF).
    func newline(at offset: Int) -> String {
        let end = lineEnd(offset)
        return end < bytes.count && bytes[end] == UInt8(ascii: "\r") ? "\r\n" : "\n"
    }

    func indentation(ofLineAt offset: Int) -> String {
        var i = lineStart(offset)
        var text = ""
        while i < bytes.count, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") {
            text.append(Character(UnicodeScalar(bytes[i])))
            i += 1
        }
        return text
    }

    private func isBlank(_ from: Int, _ to: Int) -> Bool {
        guard from <= to else { return true }
        return bytes[from..<to].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    /// Only blanks before the span on its line.
    func startsLine(_ offset: Int) -> Bool { isBlank(lineStart(offset), offset) }

    /// After `offset`: blanks, then an optional comma, then blanks to the line's end (a trailing
    /// comment counts as the end in Bicep and in armor's JSON reader).
    func endsLine(_ offset: Int) -> Bool {
        var i = skipBlanks(offset)
        if i < bytes.count, bytes[i] == UInt8(ascii: ",") { i = skipBlanks(i + 1) }
        return i >= lineEnd(offset) || startsComment(i)
    }

    func skipBlanks(_ offset: Int) -> Int {
        var i = offset
        while i < bytes.count, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") { i += 1 }
        return i
    }

    private func startsComment(_ i: Int) -> Bool {
        i + 1 < bytes.count && bytes[i] == UInt8(ascii: "/") && (bytes[i + 1] == UInt8(ascii: "/") || bytes[i + 1] == UInt8(ascii: "*"))
    }

    /// Offset of a comma right after `offset` (blanks and line breaks between), if any.
    func commaAfter(_ offset: Int) -> Int? {
        var i = offset
        while i < bytes.count, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n")].contains(bytes[i]) { i += 1 }
        return i < bytes.count && bytes[i] == UInt8(ascii: ",") ? i : nil
    }

    private func edit(_ start: Int, _ end: Int, _ text: String) -> TextEdit {
        TextEdit(path: path, span: Span(start: UInt32(clamping: start), end: UInt32(clamping: end)), replacement: text)
    }

    // MARK: Removal

    /// Removes element `index` of the array `items`, written at `array` (the `[…]`).
    func removeElement(_ index: Int, of items: [Span], array: Span) -> [TextEdit]? {
        guard items.indices.contains(index) else { return nil }
        let item = items[index]
        let s = Int(item.start), e = Int(item.end)
        if startsLine(s) && endsLine(e) && lineStart(s) > Int(array.start) {
            // Its own line(s): drop them whole, with the comma that separated it.
            var edits = [edit(lineStart(s), nextLineStart(e), "")]
            if isJSON, index == items.count - 1, index > 0, let comma = commaAfter(Int(items[index - 1].end)) {
                edits.append(edit(comma, comma + 1, ""))
            }
            return edits
        }
        guard !hasComment(Int(array.start), Int(array.end)) else { return nil }
        if index + 1 < items.count { return [edit(s, Int(items[index + 1].start), "")] }
        if index > 0 { return [edit(Int(items[index - 1].end), e, "")] }
        return nil
    }

    /// Removes a property `key: value` of an object whose entries end at `entryEnds` (sorted);
    /// `keyStart` is where the key (with its quotes) begins.
    func removeProperty(keyStart: Int, valueEnd: Int, previousEnd: Int?, isLast: Bool) -> [TextEdit]? {
        if startsLine(keyStart) && endsLine(valueEnd) {
            var edits = [edit(lineStart(keyStart), nextLineStart(valueEnd), "")]
            if isJSON, isLast, let previousEnd, let comma = commaAfter(previousEnd), comma < keyStart {
                edits.append(edit(comma, comma + 1, ""))
            }
            return edits
        }
        guard let previousEnd, !hasComment(previousEnd, valueEnd) else { return nil }
        return [edit(previousEnd, valueEnd, "")]
    }

    private func hasComment(_ from: Int, _ to: Int) -> Bool {
        guard from < to, to <= bytes.count else { return true }
        var i = from
        var quote: UInt8? = nil
        while i < to {
            let b = bytes[i]
            if let q = quote {
                if b == UInt8(ascii: "\\") { i += 2; continue }
                if b == q { quote = nil }
            } else if b == UInt8(ascii: "'") || b == UInt8(ascii: "\"") {
                quote = b
            } else if startsComment(i) {
                return true
            }
            i += 1
        }
        return false
    }

    // MARK: Insertion

    /// Inserts `key: value` (already in the file's syntax, e.g. `"principalType": "ServicePrincipal"`)
    /// into the object written at `object`, after its last entry.
    func insertProperty(_ property: String, into object: Value) -> [TextEdit]? {
        insertProperties([property], into: object)
    }

    /// Inserts the properties in order, after the object's last entry, one per line when the
    /// object has one entry per line.
    func insertProperties(_ properties: [String], into object: Value) -> [TextEdit]? {
        guard case .object(let entries) = object.kind, !properties.isEmpty else { return nil }
        let open = Int(object.span.start), close = Int(object.span.end) - 1
        guard open >= 0, close > open, close < bytes.count, bytes[open] == UInt8(ascii: "{"),
              bytes[close] == UInt8(ascii: "}") else { return nil }
        let inline = properties.joined(separator: ", ")
        guard let last = entries.last.map(Self.extent) else {
            // `{}` or an empty multi-line object.
            guard isBlank(open + 1, close) else { return nil }
            if lineStart(open) == lineStart(close) { return [edit(open + 1, close, " \(inline) ")] }
            let indent = indentation(ofLineAt: close) + indentUnit, nl = newline(at: close)
            let lines = properties.map { indent + $0 }.joined(separator: (isJSON ? "," : "") + nl)
            return [edit(lineStart(close), lineStart(close), lines + nl)]
        }
        let start = Int(last.start), end = Int(last.end)
        let comma = commaAfter(end).flatMap { $0 < close ? $0 : nil }
        if lineStart(start) > lineStart(open) && startsLine(start) && endsLine(end) {
            // One entry per line: new lines with the last entry's indentation.
            let lineEnd = lineEnd(end)
            let prefix = newline(at: end) + indentation(ofLineAt: start)
            let text = properties.map { prefix + $0 }.joined(separator: isJSON ? "," : "") + (comma != nil ? "," : "")
            return lineInsertion(text, at: lineEnd, after: end, needsComma: isJSON && comma == nil)
        }
        // Entries on one line with the braces: `{ a: 1, b: 2 }`.
        guard lineStart(start) == lineStart(open), lineStart(end) == lineStart(close) || comma == nil else { return nil }
        if let comma { return [edit(comma + 1, comma + 1, " \(inline),")] }
        return [edit(end, end, ", \(inline)")]
    }

    /// Appends `element` (in the file's syntax) to the array written at `array`.
    func appendElement(_ element: String, to array: Value) -> [TextEdit]? {
        guard case .array(let entries) = array.kind else { return nil }
        let open = Int(array.span.start), close = Int(array.span.end) - 1
        guard open >= 0, close > open, close < bytes.count, bytes[open] == UInt8(ascii: "["),
              bytes[close] == UInt8(ascii: "]") else { return nil }
        let spans = entries.map { entry -> Span in
            switch entry {
            case .element(let v), .spread(let v): v.span
            }
        }
        guard let last = spans.last else {
            guard isBlank(open + 1, close) else { return nil }
            return [edit(open + 1, close, element)]
        }
        let end = Int(last.end)
        let comma = commaAfter(end).flatMap { $0 < close ? $0 : nil }
        if lineStart(Int(last.start)) > lineStart(open) && startsLine(Int(last.start)) && endsLine(end) {
            let lineEnd = lineEnd(end)
            let text = newline(at: end) + indentation(ofLineAt: Int(last.start)) + element + (comma != nil ? "," : "")
            return lineInsertion(text, at: lineEnd, after: end, needsComma: isJSON && comma == nil)
        }
        guard lineStart(Int(last.start)) == lineStart(open), lineStart(end) == lineStart(close) else { return nil }
        if let comma { return [edit(comma + 1, comma + 1, " \(element),")] }
        // A one-line Bicep array separates by commas too since Bicep 0.27.
        return [edit(end, end, ", \(element)")]
    }

    /// A new line at `lineEnd`, and a comma after the previous last entry (one edit when the
    /// two places are one).
    private func lineInsertion(_ text: String, at lineEnd: Int, after end: Int, needsComma: Bool) -> [TextEdit] {
        guard needsComma else { return [edit(lineEnd, lineEnd, text)] }
        if lineEnd == end { return [edit(end, end, "," + text)] }
        return [edit(end, end, ","), edit(lineEnd, lineEnd, text)]
    }

    /// Writes the array at `array` anew with `elements` (source text each), in its layout: one
    /// line, or one element per line with the first element's indentation. Nil when the array
    /// holds a comment, which would be lost.
    func rewriteArray(_ array: Span, elements: [String]) -> [TextEdit]? {
        let open = Int(array.start), close = Int(array.end) - 1
        guard close > open, close < bytes.count, bytes[open] == UInt8(ascii: "["), bytes[close] == UInt8(ascii: "]"),
              !hasComment(open, close + 1) else { return nil }
        if lineStart(open) == lineStart(close) {
            return [edit(open + 1, close, elements.joined(separator: ", "))]
        }
        var first = open + 1
        while first < close, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n")].contains(bytes[first]) { first += 1 }
        let nl = newline(at: open)
        let indent = first < close ? indentation(ofLineAt: first) : indentation(ofLineAt: close) + indentUnit
        let separator = (isJSON ? "," : "") + nl + indent
        return [edit(open + 1, close, nl + indent + elements.joined(separator: separator) + nl + indentation(ofLineAt: close))]
    }

    func text(_ span: Span) -> String { source.text(span) }

    /// Replaces the text at `span`.
    func replace(_ span: Span, with text: String) -> TextEdit { edit(Int(span.start), Int(span.end), text) }

    /// One fix's edits with touching ones joined (a replacement and an insertion at its end),
    /// since the applier refuses two edits at one point; nil when two overlap.
    static func joined(_ edits: [TextEdit]) -> [TextEdit]? {
        let sorted = edits.enumerated().sorted { a, b in
            (a.element.path, a.element.span.start, a.offset) < (b.element.path, b.element.span.start, b.offset)
        }.map(\.element)
        var result: [TextEdit] = []
        for edit in sorted {
            guard var previous = result.last, previous.path == edit.path, edit.span.start <= previous.span.end else {
                result.append(edit)
                continue
            }
            guard edit.span.start == previous.span.end else { return nil }
            previous.span = Span(start: previous.span.start, end: edit.span.end)
            previous.replacement += edit.replacement
            result[result.count - 1] = previous
        }
        return result
    }

    /// Two spaces, or a tab when the file indents with tabs.
    private var indentUnit: String { bytes.contains(UInt8(ascii: "\t")) ? "\t" : "  " }

    /// From the key of a property (quotes included) to the end of its value.
    static func extent(_ entry: Value.ObjectEntry) -> Span {
        switch entry {
        case .property(_, let keySpan, let value): keySpan.union(value.span)
        case .unknownKey(let key, let value): key.span.union(value.span)
        case .spread(let value): value.span
        }
    }
}
