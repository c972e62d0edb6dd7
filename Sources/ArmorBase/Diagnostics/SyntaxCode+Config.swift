/// Codes of the configuration file and of the suppression audit (Config/, Suppression/).
extension SyntaxCode {
    /// `armor.json` is not valid: bad JSON, an unknown key, rule id or value.
    public static let config = SyntaxCode("config")
    /// A suppression directive that suppressed nothing.
    public static let unusedSuppression = SyntaxCode("unused-suppression")
    /// A suppression directive that names a rule armor does not have.
    public static let unknownRule = SyntaxCode("unknown-rule")
}
