// Generated from Rules/*.md by RulePageTests (ARMOR_UPDATE_GOLDEN=1 swift test). Do not edit.
extension RulePages {
    static let generated: [String: String] = [:]
}
