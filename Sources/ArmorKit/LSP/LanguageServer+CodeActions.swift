import ArmorBase
import ArmorSyntax
import ArmorAnalysis

/// `textDocument/codeAction`: quick fixes from armor's own diagnostics of the document (the
/// last lint, which is always of the current text), never from the client's copy.
extension LanguageServer {
    /// The actions for the diagnostics whose range meets the request's: each fix as a workspace
    /// edit (preferred when safe), and for a rule finding a directive that suppresses it. Nil
    /// when the params are not a code action request.
    func codeActions(_ params: JSONValue?) -> [LSPValue]? {
        guard let uri = params?.path("textDocument", "uri")?.stringValue,
              let from = Self.position(params?.path("range", "start")),
              let to = Self.position(params?.path("range", "end")) else { return nil }
        guard let document = documents[uri] else { return [] }
        // `context.only`: the kinds the client wants; ours are all `quickfix`.
        if let only = params?.path("context", "only")?.arrayValue?.compactMap(\.stringValue),
           !only.contains(where: { $0 == "quickfix" || $0.isEmpty }) {
            return []
        }
        var a = document.offset(of: from, encoding: encoding), b = document.offset(of: to, encoding: encoding)
        if a > b { swap(&a, &b) }
        let diagnostics = lintedDiagnostics[uri] ?? []
        let published = publishedDiagnostics[uri] ?? []
        var fixes: [LSPValue] = [], disables: [LSPValue] = []
        for (index, diagnostic) in diagnostics.enumerated() {
            let span = diagnostic.location.span
            guard Int(span.start) <= b && a <= Int(span.end) else { continue }
            let lsp = index < published.count ? published[index] : lspDiagnostic(diagnostic, in: document, sources: [:])
            if let fix = diagnostic.fix, let edit = workspaceEdit(fix.edits, document: document) {
                fixes.append(.object([
                    "title": .string(fix.title),
                    "kind": .string("quickfix"),
                    "diagnostics": .array([lsp]),
                    "isPreferred": .bool(fix.applicability == .safe),
                    "edit": edit,
                ]))
            }
            if case .rule(let rule) = diagnostic.code, let edit = disableEdit(rule.rawValue, at: span.start, in: document) {
                disables.append(.object([
                    "title": .string("Disable \(rule.rawValue) for this line"),
                    "kind": .string("quickfix"),
                    "diagnostics": .array([lsp]),
                    "edit": .object(["changes": .object([uri: .array([edit])])]),
                ]))
            }
        }
        return fixes + disables
    }

    /// A fix's edits as `{changes: {uri: [TextEdit]}}`: the open document's positions from its
    /// buffer, another file's from the text the lint read (an open buffer, else the disk).
    func workspaceEdit(_ edits: [TextEdit], document: LSPDocument) -> LSPValue? {
        var changes: [String: [(UInt32, LSPValue)]] = [:]
        for edit in edits {
            let file: LSPDocument
            if edit.path == document.path {
                file = document
            } else if let open = documents.values.first(where: {
                WorkingDirectory.absolute($0.path) == WorkingDirectory.absolute(edit.path) }) {
                file = open
            } else if let source = fixSources[document.uri]?[edit.path] {
                file = LSPDocument(uri: FileURI.uri(of: edit.path), path: edit.path, version: 0, text: source.bytes)
            } else if let bytes = try? FileSystem.readFile(edit.path) {
                file = LSPDocument(uri: FileURI.uri(of: edit.path), path: edit.path, version: 0, text: bytes)
            } else {
                return nil
            }
            changes[file.uri, default: []].append((edit.span.start, .object([
                "range": file.range(of: edit.span, encoding: encoding),
                "newText": .string(edit.replacement),
            ])))
        }
        return .object(["changes": .object(changes.mapValues { .array($0.sorted { $0.0 < $1.0 }.map(\.1)) })])
    }

    /// The edit that suppresses `code` on the line of `offset`: the file's next-line directive,
    /// with that line's indentation, on a line of its own above it; or the code added to such a
    /// directive already there. Nil for files without a next-line directive.
    func disableEdit(_ code: String, at offset: UInt32, in document: LSPDocument) -> LSPValue? {
        let directive: String
        switch Frontend.kind(ofPath: document.path, bytes: document.bytes) {
        case .bicep, .bicepParameters: directive = "#disable-next-line"
        case .armTemplate, .armParameters: directive = "// armor-disable-next-line"
        case .teardownScript: directive = "# armor-disable-next-line"
        case .other: return nil
        }
        let source = document.source, bytes = source.bytes
        let line = source.lines.lineIndex(of: offset)
        let range = source.lines.lineRange(line, in: bytes)
        let start = line == 0 ? max(range.lowerBound, min(source.contentStart, range.upperBound)) : range.lowerBound
        var indentEnd = start
        while indentEnd < range.upperBound && (bytes[indentEnd] == 0x20 || bytes[indentEnd] == 0x09) { indentEnd += 1 }
        // A directive on the line above: add the code to it (a second one would push it off
        // the line it covers).
        if line > 0 {
            let above = source.lines.lineRange(line - 1, in: bytes)
            var i = above.lowerBound
            while i < above.upperBound && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
            let keyword = Array(directive.utf8)
            let end = i + keyword.count
            if end < above.upperBound, bytes[i..<end].elementsEqual(keyword), bytes[end] == 0x20 || bytes[end] == 0x09 {
                return textEdit(at: end, " " + code, in: document)
            }
        }
        let lineBreak = range.upperBound + 1 < bytes.count && bytes[range.upperBound] == 0x0D && bytes[range.upperBound + 1] == 0x0A
            ? "\r\n" : "\n"
        let indentation = String(decoding: bytes[start..<indentEnd], as: UTF8.self)
        return textEdit(at: start, indentation + directive + " " + code + lineBreak, in: document)
    }

    func textEdit(at offset: Int, _ text: String, in document: LSPDocument) -> LSPValue {
        .object(["range": document.range(of: Span(start: UInt32(offset), end: UInt32(offset)), encoding: encoding),
                 "newText": .string(text)])
    }
}
