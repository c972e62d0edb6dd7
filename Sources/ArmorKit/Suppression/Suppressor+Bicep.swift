/// Bicep pragmas come from the Bicep lexer's side table.
extension Suppressor {
    static func bicepDirectives(_ source: SourceFile) -> [Directive] {
        []
    }
}
