/// The `--format` choices of `armor lint`, each backed by one reporter.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, concise, json, sarif, github, azure, junit

    /// The reporter for this format. `color` matters only to `text`; the CLI sets it for a
    /// terminal without `NO_COLOR`.
    /// `quiet` drops the text format's summary lines.
    public func reporter(color: Bool = false, quiet: Bool = false) -> any Reporter {
        switch self {
        case .text: TextReporter(color: color, summary: !quiet)
        case .concise: ConciseReporter()
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        case .github: GitHubReporter()
        case .azure: AzureReporter()
        case .junit: JUnitReporter()
        }
    }

    /// The format when none is given: workflow commands on GitHub Actions (`GITHUB_ACTIONS=true`),
    /// logging commands on Azure Pipelines (`TF_BUILD` set), else text.
    public static func automatic(environment: [String: String]) -> ReportFormat {
        if environment["GITHUB_ACTIONS"] == "true" { return .github }
        if let build = environment["TF_BUILD"], !build.isEmpty { return .azure }
        return .text
    }

    /// Parses a `--format` value; nil for an unknown name (the CLI reports it as a usage error
    /// listing `allNames`, never a crash).
    public init?(name: String) { self.init(rawValue: name) }

    public static var allNames: [String] { allCases.map(\.rawValue) }
}
