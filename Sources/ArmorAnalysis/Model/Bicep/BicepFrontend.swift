import ArmorBase
import ArmorSyntax

/// Bicep source → the shared `Template` model (and `.bicepparam` → parameter values).
public enum BicepFrontend {
    /// A `.bicepparam` file gives a template whose parameters hold the assigned values.
    public static func parseTemplate(_ source: SourceFile) -> Template {
        let tree = BicepParser.parse(source, isParameterFile: Paths.fileExtension(of: source.path) == "bicepparam")
        var builder = BicepModelBuilder(source: source, tree: tree)
        return builder.build()
    }

    /// The values a `.bicepparam` file assigns, and the template it is `using`.
    public struct Parameters: Sendable {
        public var using: String?
        public var values: [String: Value]
        public var diagnostics: [Diagnostic]
    }

    public static func parseParameters(_ source: SourceFile) -> Parameters {
        let tree = BicepParser.parse(source, isParameterFile: true)
        var builder = BicepModelBuilder(source: source, tree: tree)
        builder.collectFileSymbols()
        var result = Parameters(using: nil, values: [:],
                                diagnostics: tree.issues.map { $0.diagnostic(path: source.path) })
        for statement in tree.statements {
            switch statement.kind {
            case .using(let path, _): result.using = path
            case .parameterAssignment(let name?, let value): result.values[name.text] = builder.lower(value)
            default: break
            }
        }
        return result
    }
}
