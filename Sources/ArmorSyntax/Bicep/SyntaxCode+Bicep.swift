import ArmorBase

/// The Bicep compiler's parser codes (bicep-syntax.md §4), used as armor's diagnostic codes.
extension SyntaxCode {
    static let bcp001 = SyntaxCode("BCP001") // unrecognized token
    static let bcp002 = SyntaxCode("BCP002") // unterminated block comment
    static let bcp003 = SyntaxCode("BCP003") // unterminated string at EOF
    static let bcp004 = SyntaxCode("BCP004") // unterminated string at newline
    static let bcp006 = SyntaxCode("BCP006") // bad escape
    static let bcp007 = SyntaxCode("BCP007") // unrecognized declaration
    static let bcp008 = SyntaxCode("BCP008") // expected = or newline after param type
    static let bcp009 = SyntaxCode("BCP009") // unrecognized expression
    static let bcp010 = SyntaxCode("BCP010") // integer too large
    static let bcp012 = SyntaxCode("BCP012") // expected keyword
    static let bcp013 = SyntaxCode("BCP013") // expected parameter name
    static let bcp015 = SyntaxCode("BCP015") // expected variable name
    static let bcp016 = SyntaxCode("BCP016") // expected output name
    static let bcp017 = SyntaxCode("BCP017") // expected resource name
    static let bcp018 = SyntaxCode("BCP018") // expected character
    static let bcp019 = SyntaxCode("BCP019") // expected newline
    static let bcp020 = SyntaxCode("BCP020") // expected property/function name
    static let bcp022 = SyntaxCode("BCP022") // expected property name
    static let bcp024 = SyntaxCode("BCP024") // identifier too long
    static let bcp068 = SyntaxCode("BCP068") // expected resource type string
    static let bcp087 = SyntaxCode("BCP087") // complex literal not allowed
    static let bcp096 = SyntaxCode("BCP096") // expected module name
    static let bcp097 = SyntaxCode("BCP097") // expected module path
    static let bcp103 = SyntaxCode("BCP103") // double quote
    static let bcp117 = SyntaxCode("BCP117") // empty indexer
    static let bcp118 = SyntaxCode("BCP118") // expected {, if or [for
    static let bcp121 = SyntaxCode("BCP121") // expected identifier (generic)
    static let bcp133 = SyntaxCode("BCP133") // bad \u{}
    static let bcp136 = SyntaxCode("BCP136") // expected loop variable
    static let bcp140 = SyntaxCode("BCP140") // unterminated multi-line string
    static let bcp162 = SyntaxCode("BCP162") // expected loop item / (item, index)
    static let bcp201 = SyntaxCode("BCP201") // expected extension specification
    static let bcp226 = SyntaxCode("BCP226") // pragma without codes
    static let bcp236 = SyntaxCode("BCP236") // expected newline or comma
    static let bcp237 = SyntaxCode("BCP237") // expected comma
    static let bcp238 = SyntaxCode("BCP238") // newline after comma
    static let bcp243 = SyntaxCode("BCP243") // parentheses must hold exactly one item
    static let bcp279 = SyntaxCode("BCP279") // bad type expression
    static let bcp300 = SyntaxCode("BCP300") // expected type literal
    static let bcp305 = SyntaxCode("BCP305") // expected with / as
    static let bcp337 = SyntaxCode("BCP337") // bad .bicepparam statement
    static let bcp375 = SyntaxCode("BCP375") // import string needs `as`
    /// armor: the removed `provider` keyword, parsed like `extension`.
    static let bicepProviderKeyword = SyntaxCode("armor-provider-keyword")
    /// armor: the second pass closed an unclosed bracket to keep later declarations.
    static let bicepRecovery = SyntaxCode("armor-recovery")
    /// armor: nesting deeper than the parser's recursion cap.
    static let bicepNestingTooDeep = SyntaxCode("armor-nesting-too-deep")
}
