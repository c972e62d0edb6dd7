import Testing
@testable import ArmorBase
@testable import ArmorSyntax

func readJSON(_ text: String) -> (JSONDocument, SourceFile) {
    let source = SourceFile(path: "t.json", text: text)
    return (JSONReader.read(source), source)
}

extension JSONDocument {
    var codes: [String] { diagnostics.map(\.code.id) }
}

@Suite struct JSONReaderTests {
    @Test func readsScalarsArraysAndObjectsWithSpans() throws {
        let (doc, source) = readJSON(#"{"a": [1, -2.5e3, true, false, null], "b": {"c": "x"}}"#)
        #expect(doc.diagnostics.isEmpty)
        let root = try #require(doc.root)
        let members = try #require(root.objectValue)
        #expect(members.map(\.key) == ["a", "b"])
        #expect(source.text(members[0].keySpan) == #""a""#)
        let items = try #require(members[0].value.arrayValue)
        #expect(items.map(\.kind) == [.number("1"), .number("-2.5e3"), .bool(true), .bool(false), .null])
        #expect(source.text(items[1].span) == "-2.5e3")
        #expect(items[0].intValue == 1)
        #expect(source.text(members[1].value.span) == #"{"c": "x"}"#)
        #expect(root.span == Span(0, source.bytes.count))
    }

    @Test func memberLookupIgnoresASCIICaseAndLastDuplicateWins() throws {
        let (doc, _) = readJSON(#"{"DependsOn": 1, "Name": "a", "name": "b"}"#)
        let root = try #require(doc.root)
        #expect(root.member("dependsOn")?.intValue == 1)
        #expect(root.member("NAME")?.stringValue == "b")
        #expect(root.member("missing") == nil)
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let (doc, _) = readJSON(#"["a\"b\\c\/d\n\t\u00e9\ud83d\ude00", "\ud800x"]"#)
        #expect(doc.diagnostics.isEmpty)
        let items = try #require(doc.root?.arrayValue)
        #expect(items[0].stringValue == "a\"b\\c/d\n\té😀")
        #expect(items[1].stringValue == "\u{FFFD}x")
    }

    @Test func acceptsRawNewlinesInStrings() throws {
        let (doc, _) = readJSON("[\"line1\nline2\"]")
        #expect(doc.diagnostics.isEmpty)
        #expect(doc.root?.arrayValue?.first?.stringValue == "line1\nline2")
    }

    @Test func commentsAreSilentAndKeptInASideTable() throws {
        let text = "// armor-disable-next-line x\n{ /* block\n */ \"a\": 1 // tail\n}"
        let (doc, source) = readJSON(text)
        #expect(doc.diagnostics.isEmpty)
        #expect(doc.comments.count == 3)
        #expect(doc.comments[0].text(in: source) == " armor-disable-next-line x")
        #expect(doc.comments[0].isBlock == false)
        #expect(doc.comments[1].isBlock)
        #expect(source.text(doc.comments[1].span) == "/* block\n */")
        #expect(doc.root?.member("a")?.intValue == 1)
    }

    @Test func trailingCommasAreWarnings() {
        let (doc, source) = readJSON("{\"a\": [1, 2,],\n}")
        #expect(doc.codes == ["json-trailing-comma", "json-trailing-comma"])
        #expect(doc.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(source.location(of: doc.diagnostics[0].location.span.start) == LineColumn(line: 1, column: 12))
        #expect(doc.root?.member("a")?.arrayValue?.count == 2)
    }

    @Test func duplicateKeysAreWarningsAtTheSecondKey() {
        let (doc, source) = readJSON(#"{"a": 1, "b": 2, "a": 3}"#)
        #expect(doc.codes == ["json-duplicate-key"])
        #expect(doc.diagnostics[0].severity == .warning)
        #expect(source.text(doc.diagnostics[0].location.span) == #""a""#)
    }

    @Test func duplicateKeysAreFoundInLargeObjects() {
        let keys = (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        let (doc, _) = readJSON("{\(keys), \"k7\": 0}")
        #expect(doc.codes == ["json-duplicate-key"])
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let source = SourceFile(path: "t.json", bytes: [0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}".utf8))
        let doc = JSONReader.read(source)
        #expect(doc.diagnostics.isEmpty)
        #expect(doc.root?.span.start == 3)
    }

    @Test(arguments: [
        (#"{"a": 1 "b": 2}"#, 1, 9, "expected ',' or '}', found '\"'"),
        (#"{"a" 1}"#, 1, 6, "expected ':' after the property name"),
        ("[1, 2", 1, 6, "unexpected end of input: expected ']'; the array opened on line 1 is not closed"),
        ("{\n  \"a\": \"abc", 2, 8, "unterminated string: expected '\"'"),
        ("{'a': 1}", 1, 2, "expected a property name in double quotes, found '''"),
        ("[1, @]", 1, 5, "unexpected '@': expected a value"),
        ("[tru]", 1, 2, "unexpected 'tru': expected a value"),
        ("[1] 2", 1, 5, "unexpected '2' after the JSON value"),
        ("", 1, 1, "empty document: expected a JSON value"),
        ("[-]", 1, 2, "malformed number"),
        ("[\"a\\qb\"]", 1, 4, "invalid escape sequence '\\q'"),
        ("/* open", 1, 1, "unterminated comment: expected '*/'"),
        ("{\"a\": [1}", 1, 9, "expected ',' or ']', found '}'"),
    ] as [(String, Int, Int, String)])
    func malformedInputGivesPreciseErrors(text: String, line: Int, column: Int, message: String) throws {
        let (doc, source) = readJSON(text)
        let first = try #require(doc.diagnostics.first { $0.severity == .error })
        #expect(first.code == .syntax(.jsonSyntax))
        #expect(first.message == message)
        #expect(source.location(of: first.location.span.start) == LineColumn(line: line, column: column))
    }

    /// A truncated file is one error where the text stops (end of file, before trailing
    /// blanks), naming the innermost open bracket, never one error per open bracket.
    @Test(arguments: [
        ("{\n  \"a\": {\n    \"b\": [1, 2\n", 3, 15, "expected ']'; the array opened on line 3 is not closed", 3, 10),
        ("{\n  \"a\": {\n    \"b\": 1\n", 3, 11, "expected '}'; the object opened on line 2 is not closed", 2, 8),
        ("{\"a\": {\"b\":", 1, 12, "expected a value; the object opened on line 1 is not closed", 1, 7),
        ("[[[[[[[[", 1, 9, "expected ']'; the array opened on line 1 is not closed", 1, 8),
        ("{\"resources\": [{\"type\": \"a/b\",\n\n\n", 1, 31, "expected '}'; the object opened on line 1 is not closed", 1, 16),
    ] as [(String, Int, Int, String, Int, Int)])
    func truncatedInputGivesOneErrorAtTheEnd(text: String, line: Int, column: Int, message: String,
                                             openLine: Int, openColumn: Int) throws {
        let (doc, source) = readJSON(text)
        let errors = doc.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.message == "unexpected end of input: " + message)
        #expect(source.location(of: error.location.span.start) == LineColumn(line: line, column: column))
        let note = try #require(error.notes.first?.location)
        #expect(source.location(of: note.span.start) == LineColumn(line: openLine, column: openColumn))
    }

    /// A string or block comment that runs to the end is the one error; the brackets it left
    /// open add nothing.
    @Test func unterminatedStringOrCommentAtTheEndIsTheOnlyError() {
        for text in ["{\"a\": [{\"b\": \"abc", "{\"a\": [1, /* never closed"] {
            let (doc, _) = readJSON(text)
            #expect(doc.diagnostics.filter { $0.severity == .error }.count == 1, "\(text)")
        }
    }

    @Test func recoveryKeepsTheRestOfTheDocument() throws {
        let (doc, _) = readJSON(#"{"a": @@, "b": [1,, 3], "c": {"d": 4}}"#)
        #expect(doc.hasErrors)
        let root = try #require(doc.root)
        #expect(root.member("b")?.arrayValue?.count == 3)
        #expect(root.member("c")?.member("d")?.intValue == 4)
    }

    @Test func invalidUTF8IsRepairedWithOneWarning() throws {
        let bytes: [UInt8] = Array("[\"a".utf8) + [0xFF, 0xC3] + Array("\", \"".utf8) + [0xFE] + Array("\"]".utf8)
        let doc = JSONReader.read(SourceFile(path: "t.json", bytes: bytes))
        #expect(doc.codes == ["json-invalid-utf8"])
        #expect(doc.root?.arrayValue?.first?.stringValue == "a\u{FFFD}\u{FFFD}")
    }

    @Test func nulBytesNeverCrash() {
        let bytes: [UInt8] = Array("{\"a\u{0}\": ".utf8) + [0, 0] + Array("1}".utf8)
        let doc = JSONReader.read(SourceFile(path: "t.json", bytes: bytes))
        #expect(doc.hasErrors)
        #expect(doc.diagnostics.first?.message == "unexpected byte 0x00: expected a value")
    }

    @Test func deepNestingIsCappedWithOneDiagnostic() throws {
        let depth = 100_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let (doc, _) = readJSON(text)
        #expect(doc.codes == ["json-too-deep"])
        var node = try #require(doc.root)
        var levels = 0
        while case .array(let items) = node.kind, let first = items.first {
            node = first
            levels += 1
        }
        #expect(levels == JSONReader.maxDepth)
        #expect(node.kind == .invalid)
    }

    @Test func deepObjectsAreCappedToo() {
        let depth = 20_000
        let text = String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth)
        let (doc, _) = readJSON(text)
        #expect(doc.codes == ["json-too-deep"])
    }

    @Test func hugeStringIsReadWhole() {
        let big = String(repeating: "x", count: 10 * 1024 * 1024)
        let (doc, _) = readJSON("[\"\(big)\"]")
        #expect(doc.diagnostics.isEmpty)
        #expect(doc.root?.arrayValue?.first?.stringValue?.utf8.count == big.utf8.count)
    }

    @Test func everyPrefixOfADocumentReadsWithoutCrashing() {
        let text = """
        {"$schema": "x", /* c */ "resources": [{"name": "[concat('a', 'b')]", "dependsOn": ["a",],
         "x": "\\u00e9\\n"}], "n": -1.5e+2, "t": true}
        """
        let bytes = Array(text.utf8)
        for cut in 0...bytes.count {
            let doc = JSONReader.read(SourceFile(path: "t.json", bytes: Array(bytes[0..<cut])))
            if cut < bytes.count { #expect(doc.hasErrors, "prefix \(cut) should be an error") }
        }
    }

    @Test func decodeStringReadsTheTokenAtASpan() {
        let bytes = Array(#"{"k": "a\"b"}"#.utf8)
        #expect(JSONReader.decodeString(at: Span(6, 12), in: bytes) == "a\"b")
        #expect(JSONReader.decodeString(at: Span(0, 1), in: bytes) == nil)
    }
}
