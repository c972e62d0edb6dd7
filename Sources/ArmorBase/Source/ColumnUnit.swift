/// What a column counts. UTF-16 code units are the Bicep compiler's and VS Code's unit (and
/// SARIF's `utf16CodeUnits`); Vim's `%c`, nvim-lint and efm-langserver count bytes.
public enum ColumnUnit: String, Sendable, CaseIterable {
    case utf16 = "utf-16"
    case byte
}

extension SourceFile {
    /// Line and column of a byte offset, the column counted in `unit`.
    public func location(of offset: UInt32, unit: ColumnUnit) -> LineColumn {
        switch unit {
        case .utf16:
            return location(of: offset)
        case .byte:
            let clamped = min(Int(offset), bytes.count)
            let index = lines.lineIndex(of: UInt32(clamped))
            var start = Int(lines.starts[index])
            if index == 0 { start = max(start, min(contentStart, clamped)) }
            return LineColumn(line: index + 1, column: clamped - start + 1)
        }
    }
}
