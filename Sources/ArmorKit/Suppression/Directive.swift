import ArmorBase
import ArmorAnalysis

/// One suppression directive, whatever the language it was written in: Bicep's own pragmas
/// (`#disable-next-line a b`, `#disable-diagnostics a`, `#restore-diagnostics a`), ARM JSON's
/// `// armor-disable-next-line a b` and scripts' `# armor-disable-next-line a b`.
public struct Directive: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Covers the line after the directive.
        case nextLine
        /// Covers from the next line to the matching `restore`, or to the end of the file.
        case disable
        case restore
    }

    /// Where it came from: decides which codes are armor's to check (Bicep pragmas also carry
    /// the Bicep compiler's and linter's codes, which armor leaves alone).
    public enum Origin: Sendable, Equatable {
        case bicepPragma
        case armComment
        case scriptComment
    }

    /// One code named by the directive, with where it is written (for audit findings).
    public struct Code: Sendable, Equatable {
        public var id: String
        public var span: Span

        public init(id: String, span: Span) {
            self.id = id
            self.span = span
        }
    }

    public var kind: Kind
    public var codes: [Code]
    /// 0-based line the directive ends on; `nextLine` covers `line + 1`.
    public var line: Int
    public var span: Span
    public var origin: Origin

    public init(kind: Kind, codes: [Code], line: Int, span: Span, origin: Origin) {
        self.kind = kind
        self.codes = codes
        self.line = line
        self.span = span
        self.origin = origin
    }
}
