import ArmorBase
import ArmorAnalysis
import ArmorRules

/// The serial parts of one `Linter.lint` call: configuration lookups, parameter assignment and
/// the post-pass over findings (rule levels, suppressions, audit). The parallel parts (parsing,
/// rules per root, suppression indexes) take values from it.
struct LintRun {
    let options: Linter.Options
    var locator: ConfigLocator?
    /// The linted files by absolute path (so unsaved `--stdin` text wins over the disk).
    let inputsByAbsolute: [String: SourceFile]
    private var configurations: [String: Configuration] = [:]
    private static let defaults = Configuration(directory: "/")

    init(options: Linter.Options, inputs: [SourceFile]) {
        self.options = options
        self.locator = options.configurations
        var byAbsolute: [String: SourceFile] = [:]
        for input in inputs { byAbsolute[WorkingDirectory.absolute(input.path)] = input }
        self.inputsByAbsolute = byAbsolute
    }

    /// Problems met in configuration files found only now (modules outside the inputs).
    var configurationErrors: [String] {
        guard let errors = locator?.errors, !errors.isEmpty else { return [] }
        return errors.split(separator: "\n").map(String.init)
    }

    mutating func configuration(for path: String) -> Configuration {
        if let known = configurations[path] { return known }
        let found = locator?.configuration(forFile: path) ?? Self.defaults
        configurations[path] = found
        return found
    }

    /// Script path → the template it deletes, when named: `--template`, else the `teardown`
    /// map of the script's configuration.
    /// The module cache each template's deployment reads, by normalized path: `base` with the
    /// cache root its `armor.json` sets (`registryCache`), if any; empty when the lookup is off.
    mutating func registries(_ base: ModuleRegistry?, forTemplates paths: [String]) -> [String: ModuleRegistry] {
        guard var base else { return [:] }
        base.preloadConfigurations(forTemplates: paths)
        var result: [String: ModuleRegistry] = [:]
        for path in paths {
            var registry = base
            if let root = configuration(for: path).registryCache { registry.cacheRoot = root }
            result[Paths.normalize(path)] = registry
        }
        return result
    }

    mutating func scriptTemplates(_ scripts: [SourceFile]) -> [String: String] {
        var result: [String: String] = [:]
        for script in scripts {
            if let template = options.scriptTemplate ?? configuration(for: script.path).template(forScript: script.path) {
                result[script.path] = template
            }
        }
        return result
    }

    mutating func assignParameters(templates: [String], parameterInputs: [SourceFile]) -> ParameterAssignment {
        var byTemplate: [String: Configuration] = [:]
        for template in templates { byTemplate[WorkingDirectory.absolute(template)] = configuration(for: template) }
        var assignment = ParameterAssignment(templates: templates, explicit: options.parametersFile,
                                             configurations: byTemplate, inputs: inputsByAbsolute,
                                             automatic: options.automaticParameters)
        assignment.include(parameterInputs)
        return assignment
    }

    /// Rule levels, then suppressions, then the audit of the linted files' directives.
    /// - Parameter analysed: templates the run analysed (modules, unsaved buffers): a finding
    ///   in one is indexed against the text the rules saw, not the disk's.
    mutating func filter(_ diagnostics: [Diagnostic], linted: [String], sources: inout [String: SourceFile],
                         analysed: [String: AnalyzedTemplate] = [:]) -> [Diagnostic] {
        var leveled: [Diagnostic] = []
        leveled.reserveCapacity(diagnostics.count)
        for diagnostic in diagnostics {
            if let kept = apply(configuration(for: diagnostic.location.path), to: diagnostic) { leveled.append(kept) }
        }
        let findingPaths = Set(leveled.compactMap { d -> String? in
            if case .rule = d.code { return d.location.path }
            return nil
        })
        var indexSources: [SourceFile] = []
        for path in findingPaths.union(linted).sorted() {
            if let source = sources[path] ?? inputsByAbsolute[WorkingDirectory.absolute(path)]
                ?? analysed[Paths.normalize(path)]?.template.source {
                sources[path] = source
                indexSources.append(source)
            } else if let bytes = try? FileSystem.readFile(path) {
                let source = SourceFile(path: path, bytes: bytes)
                sources[path] = source   // reporters need it for line and column
                indexSources.append(source)
            }
        }
        let built = Parallel.map(indexSources, serial: options.serial) { source in
            // A Bicep template analysed from this very text kept its pragmas: no second lexing.
            let template = analysed[Paths.normalize(source.path)]?.template
            let pragmas = template.flatMap { $0.language == .bicep && $0.source.bytes == source.bytes ? $0.pragmas : nil }
            return (source.path, Suppressor.index(source, pragmas: pragmas))
        }
        var indexes: [String: SuppressionIndex] = [:]
        var lookup: [String: SourceFile] = [:]
        for (path, index) in built where !index.isEmpty { indexes[path] = index }
        for source in indexSources { lookup[source.path] = source }
        // Files that do not parse get no audit: rules may not have run on them at all.
        let broken = Set(leveled.filter { $0.severity == .error && !Self.isRule($0) }.map(\.location.path))
        var enabled: [String: Configuration] = [:]
        for path in indexes.keys { enabled[path] = configuration(for: path) }
        let rules = Set(options.rules), forced = options.forcedRules
        let result = Suppressor.apply(leveled, indexes: indexes, sources: lookup,
                                      audited: linted.filter { !broken.contains($0) }) { rule, path in
            rules.contains(rule) && (forced.contains(rule) || enabled[path]?.level(of: .rule(rule), forFile: path) != .off)
        }
        let audit = result.audit.compactMap { apply(configuration(for: $0.location.path), to: $0) }
        return result.kept + audit
    }

    /// A configured level: `off` drops the finding (and the rule's undecided checks); another
    /// level replaces the rule's default severity, and never raises a finding the rule itself
    /// marked as less certain.
    func apply(_ configuration: Configuration, to diagnostic: Diagnostic) -> Diagnostic? {
        let code = diagnostic.code
        guard case .rule(let id) = code else {
            guard code == .syntax(.unusedSuppression) || code == .syntax(.unknownRule) else { return diagnostic }
            guard let level = configuration.level(of: code, forFile: diagnostic.location.path) else { return diagnostic }
            return level.severity.map { var d = diagnostic; d.severity = $0; return d }
        }
        guard let level = configuration.level(of: .rule(id), forFile: diagnostic.location.path) else { return diagnostic }
        guard let severity = level.severity else { return options.forcedRules.contains(id) ? diagnostic : nil }
        // An undecided check stays an info note whatever the rule's level: it is no finding.
        if diagnostic.isUndecided { return diagnostic }
        var adjusted = diagnostic
        adjusted.severity = diagnostic.severity == id.metadata.severity ? severity : min(severity, diagnostic.severity)
        return adjusted
    }

    static func isRule(_ diagnostic: Diagnostic) -> Bool {
        if case .rule = diagnostic.code { return true }
        return false
    }
}
