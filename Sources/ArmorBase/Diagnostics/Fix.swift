/// One replacement of a byte range of one file (an insertion when the span is empty, a deletion
/// when the replacement is empty). Offsets are UTF-8 bytes of the text armor read.
public struct TextEdit: Hashable, Sendable {
    public var path: String
    public var span: Span
    public var replacement: String

    public init(path: String, span: Span, replacement: String) {
        self.path = path
        self.span = span
        self.replacement = replacement
    }

    public static func insert(_ text: String, at offset: UInt32, in path: String) -> TextEdit {
        TextEdit(path: path, span: Span(start: offset, end: offset), replacement: text)
    }

    public static func delete(_ span: Span, in path: String) -> TextEdit {
        TextEdit(path: path, span: span, replacement: "")
    }
}

/// A finding's edit, in the file's own language. `title` is the finding's help line, so the
/// help cannot say something the edit does not do. `applicability` says whether `--fix`
/// applies it (safe) or only `--unsafe-fixes` does.
public struct Fix: Hashable, Sendable {
    public enum Applicability: String, Hashable, Sendable {
        case safe
        case unsafe
    }

    public var title: String
    public var applicability: Applicability
    /// Non-overlapping edits, in any order; all or none are applied.
    public var edits: [TextEdit]

    public init(title: String, applicability: Applicability = .safe, edits: [TextEdit]) {
        self.title = title
        self.applicability = applicability
        self.edits = edits
    }

    /// The files the edits touch, sorted.
    public var paths: [String] { Array(Set(edits.map(\.path))).sorted() }
}
