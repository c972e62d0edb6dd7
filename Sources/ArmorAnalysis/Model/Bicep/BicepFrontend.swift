import ArmorBase
import ArmorSyntax

/// Bicep source → the shared `Template` model (and `.bicepparam` → parameter values).
public enum BicepFrontend {
    /// A `.bicepparam` file gives a template whose parameters hold the assigned values.
    public static func parseTemplate(_ source: SourceFile) -> Template {
        let tree = BicepParser.parse(source, isParameterFile: isParameterFile(source.path))
        var builder = BicepModelBuilder(source: source, tree: tree)
        var template = builder.build()
        template.pragmas = tree.tokens.pragmas
        return template
    }

    /// `Paths.fileExtension(of: path) == "bicepparam"` on bytes: that one walks Characters and
    /// lower-cases a copy (~9,000 instructions a file).
    static func isParameterFile(_ path: String) -> Bool {
        let suffix = ".bicepparam"
        let utf8 = path.utf8
        guard utf8.count > suffix.utf8.count, ASCIICase.hasSuffix(path, suffix) else { return false }
        // A name that is only the extension (`dir/.bicepparam`) has none.
        let dot = utf8.index(utf8.endIndex, offsetBy: -suffix.utf8.count)
        return utf8[utf8.index(before: dot)] != UInt8(ascii: "/")
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
