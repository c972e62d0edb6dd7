/// What a column counts. UTF-16 code units are the Bicep compiler's and VS Code's unit (and
/// SARIF's `utf16CodeUnits`); Vim's `%c`, nvim-lint and efm-langserver count bytes.
public enum ColumnUnit: String, Sendable, CaseIterable {
    case utf16 = "utf-16"
    case byte
}

extension SourceFile {
    /// Line and column of a byte offset, the column counted in `unit`.
    public func location(of offset: UInt32, unit: ColumnUnit) -> LineColumn {
        lines.location(of: offset, in: bytes, contentStart: contentStart, unit: unit)
    }
}
