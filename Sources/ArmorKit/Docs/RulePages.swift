import ArmorBase

/// The rule pages (`Rules/<id>.md`), embedded so that `armor explain` works from any folder.
/// `RulePages+Generated.swift` is written by the test suite (`ARMOR_UPDATE_GOLDEN=1 swift test`)
/// and a test fails when it differs from the folder.
public enum RulePages {
    public static func page(for id: RuleID) -> String? {
        generated[id.rawValue]
    }
}
