import ArmorBase
import ArmorSyntax
import ArmorAnalysis

/// Parameter values for root templates (rules.md "Known value"): from `--parameters FILE`, the
/// configuration's `parameters` map, or a `.bicepparam` beside the template whose `using` names
/// it, in that order. `.bicepparam` values are evaluated with the file's own variables (and
/// other assignments) in scope, `readEnvironmentVariable('X', 'default')` giving its default;
/// ARM `*.parameters.json` values are literal JSON with azd `${VAR}` placeholders resolved (see
/// `AzdPlaceholders`), and Key Vault `reference` entries are unknown.
package struct LoadedParameters: Sendable {
    package var path: String
    /// The template a `.bicepparam` is `using` (joined to the file's folder, normalized).
    package var using: String?
    package var values: [String: KnownValue]
    package var diagnostics: [Diagnostic]
    package var source: SourceFile

    /// Reads and evaluates `source` as a parameters file of either kind.
    package static func load(_ source: SourceFile) -> LoadedParameters {
        if Paths.fileExtension(of: source.path) == "bicepparam" { return bicep(source) }
        let file = ARMFrontend.parseParameters(source)
        let evaluator = Evaluator(environment: Environment())
        var values: [String: KnownValue] = [:]
        for entry in file.values {
            values[entry.name] = entry.value.map { AzdPlaceholders.resolve(evaluator.evaluate($0)) } ?? .unknown
        }
        return LoadedParameters(path: source.path, using: nil, values: values, diagnostics: file.diagnostics, source: source)
    }

    private static func bicep(_ source: SourceFile) -> LoadedParameters {
        let parsed = BicepFrontend.parseParameters(source)
        var builder = BicepModelBuilder(source: source, tree: BicepParser.parse(source, isParameterFile: true))
        var scope = builder.build()
        // Assignments may refer to each other, as in the compiler.
        for (name, value) in parsed.values.sorted(by: { $0.key < $1.key }) {
            scope.parameters.append(Parameter(name: name, type: "", defaultValue: value, isSecure: false, span: value.span))
        }
        let evaluator = Evaluator(template: scope)
        var values: [String: KnownValue] = [:]
        for (name, value) in parsed.values { values[name] = evaluator.evaluate(value) }
        let using = parsed.using.flatMap { $0.isEmpty ? nil : Paths.join(Paths.directory(of: source.path), $0) }
        return LoadedParameters(path: source.path, using: using, values: values, diagnostics: parsed.diagnostics, source: source)
    }

    /// `inputs`: the files being linted, by absolute path (unsaved `--stdin` text included).
    package static func read(_ path: String, inputs: [String: SourceFile]) -> LoadedParameters? {
        if let source = inputs[WorkingDirectory.absolute(path)] { return load(source) }
        guard let bytes = try? FileSystem.readFile(path) else { return nil }
        return load(SourceFile(path: path, bytes: bytes))
    }
}
