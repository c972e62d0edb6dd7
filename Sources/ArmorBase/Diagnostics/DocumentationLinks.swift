/// Where armor's documentation is published: the one place that knows it. SARIF (`informationUri`,
/// each rule's `helpUri`) and the language server (`codeDescription.href`) build their links from
/// here; `Tests/readme/check.py` holds the README's repository links to the same base.
public enum DocumentationLinks {
    /// The project's home page.
    public static let repository = "https://github.com/armor-lint/armor"
    /// Rule pages live at `<ruleBase><id>.md` (`Rules/<id>.md` of the main branch).
    public static let ruleBase = repository + "/blob/main/Rules/"

    /// The page of the rule with this id.
    public static func rulePage(_ id: String) -> String { ruleBase + id + ".md" }
}

extension RuleID {
    /// The rule's page on the web (`DocumentationLinks.ruleBase`).
    public var helpURL: String { DocumentationLinks.rulePage(rawValue) }
}
