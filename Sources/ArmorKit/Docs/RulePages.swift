import ArmorBase

/// The rule pages (`Rules/<id>.md`), embedded so that `armor explain` works from any folder.
/// `embedded(_:)` is written at build time by RulePagesPlugin (Plugins/RulePagesPlugin), an
/// exhaustive switch over `RuleID`: a rule without a page fails the build.
public enum RulePages {
    public static func page(for id: RuleID) -> String {
        embedded(id)
    }
}
