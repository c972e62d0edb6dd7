/// Codes of the JSON reader (Syntax/ARM/JSONReader). ARM's own reader is lenient, so comments
/// are silent, trailing commas and duplicates are warnings (semantics-notes U7).
extension SyntaxCode {
    /// Malformed JSON: an unexpected character, a missing `,`/`:`/`}`/`]`, an unterminated string.
    public static let jsonSyntax = SyntaxCode("json-syntax")
    /// Nesting deeper than `JSONReader.maxDepth`: the deeper part is skipped.
    public static let jsonTooDeep = SyntaxCode("json-too-deep")
    /// `[1, 2,]` / `{"a": 1,}`: accepted, as ARM accepts them.
    public static let jsonTrailingComma = SyntaxCode("json-trailing-comma")
    /// The same key twice in one object: the last one wins.
    public static let jsonDuplicateKey = SyntaxCode("json-duplicate-key")
    /// Bytes that are not UTF-8 inside a string: replaced by U+FFFD.
    public static let jsonInvalidUTF8 = SyntaxCode("json-invalid-utf8")
}
