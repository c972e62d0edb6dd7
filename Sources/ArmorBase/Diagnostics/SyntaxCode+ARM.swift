/// Codes of the ARM template front end (expressions and template shape).
extension SyntaxCode {
    /// A `"[...]"` string that is not a valid template language expression.
    public static let armExpression = SyntaxCode("arm-expression")
    /// The template's shape is wrong: root not an object, a resource without `type`, ….
    public static let armTemplateShape = SyntaxCode("arm-template-shape")
    /// A languageVersion 2.0 `dependsOn` entry that is not a symbolic name (semantics-notes U9).
    public static let armNonSymbolicDependsOn = SyntaxCode("arm-non-symbolic-dependson")
}
