import ArmorBase
import ArmorSyntax

/// Bicep pragmas come from the Bicep lexer's side table (bicep-syntax.md §1.10): lexing again
/// costs little, and only files that contain `disable-` get here.
extension Suppressor {
    static func bicepDirectives(_ source: SourceFile) -> [Directive] {
        BicepLexer.lex(source).pragmas.map(directive)
    }

    static func directive(_ pragma: BicepPragma) -> Directive {
        let kind: Directive.Kind = switch pragma.kind {
        case .disableNextLine: .nextLine
        case .disableDiagnostics: .disable
        case .restoreDiagnostics: .restore
        }
        return Directive(kind: kind, codes: pragma.codes.map { Directive.Code(id: $0.code, span: $0.span) },
                         line: pragma.line, span: pragma.span, origin: .bicepPragma)
    }
}
