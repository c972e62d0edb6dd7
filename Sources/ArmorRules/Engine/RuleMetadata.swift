import ArmorBase
import ArmorAnalysis

/// The machine facts of a rule; the prose lives in `Rules/<id>.md` (style.md convention 11).
public struct RuleMetadata: Sendable, Equatable {
    public enum Category: String, Sendable, Equatable {
        case deploymentOrder = "deployment-order"
        case graph
        case security
        case network
    }

    public var id: RuleID
    public var severity: Severity
    public var category: Category
    public var languages: Set<Language>
    /// One sentence, capitalised, ending in a period; equal to the page's summary paragraph.
    public var summary: String

    public init(id: RuleID, severity: Severity, category: Category, languages: Set<Language>, summary: String) {
        self.id = id
        self.severity = severity
        self.category = category
        self.languages = languages
        self.summary = summary
    }

    /// Where the rule's page lives in the repository.
    public var helpPath: String { "Rules/\(id.rawValue).md" }
    /// The page on the web (`DocumentationLinks`), for SARIF `helpUri` and LSP `codeDescription`.
    public var helpURL: String { id.helpURL }
}
