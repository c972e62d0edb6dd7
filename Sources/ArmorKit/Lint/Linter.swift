import ArmorBase
import ArmorAnalysis
import ArmorRules

/// `armor lint`: reads the files, analyses every template as the root of its own deployment
/// (with its parameter values), runs the rules, applies the configuration's rule levels and the
/// files' suppression directives, and returns the findings deduplicated and in output order.
public struct Linter: Sendable {
    public struct Options: Sendable {
        /// Rules to run (all by default).
        public var rules: [RuleID] = RuleID.allCases
        /// Rules the command line selected by name or category: armor.json's `off` does not stop them.
        public var forcedRules: Set<RuleID> = []
        /// `--parameters FILE`: parameter values for the templates it belongs to.
        public var parametersFile: String?
        /// `--template FILE`: the template that teardown scripts delete (else the configuration's
        /// `teardown` pairs, else the templates in the script's folder).
        public var scriptTemplate: String?
        /// Where each file's configuration comes from; nil: the built-in defaults only.
        public var configurations: ConfigLocator?
        /// Use a `.bicepparam` beside a template whose `using` names it.
        public var automaticParameters = true
        /// `--show-undecided`: keep undecided checks among the diagnostics (info notes).
        public var showUndecided = false
        /// The local Bicep module cache for `br:`/`ts:` modules; nil (`--no-registry`): opaque.
        public var registry: ModuleRegistry?
        /// Unsaved editor buffers by absolute path (`armor lsp`): a module read from one of these
        /// paths takes the buffer's text instead of the disk's.
        public var unsavedBuffers: [String: SourceFile] = [:]
        /// Lint on the calling thread only (armor-bench's one-core figures); default all cores.
        public var serial = false
        /// Also lint linted modules through their repository's root templates (`armor lint`,
        /// `armor lsp`; `--no-root-templates` is nil): see `Linter+RootTemplates`.
        public var rootTemplates: RootTemplateSearch?
        /// A one-shot command (`armor lint`): the analyses are left to the process's exit
        /// instead of being freed (see `ProcessLifetime`); never for `armor lsp`.
        public var oneShot = false
        /// Every open editor buffer by absolute path: the root search reads them before the disk.
        public var openBuffers: [String: SourceFile] = [:]
        /// Disk scans of repositories from an earlier run (`Outcome.importerIndexes`), still
        /// valid when no file changed on disk since (`armor lsp` keeps them between lints).
        public var importerIndexes: [String: ModuleImporters] = [:]
        public init() {}
    }

    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic] = []
        public var sources: [String: SourceFile] = [:]
        /// Files that were linted (templates and scripts), in the order given.
        public var files: [String] = []
        /// I/O and configuration problems, already phrased for the user.
        public var errors: [String] = []
        /// The configurations used, with every looked-up folder cached (fail levels per file).
        public var configurations: ConfigLocator?
        /// Checks that could not be decided (counted in summaries; listed among the diagnostics
        /// too with `showUndecided`).
        public var undecided: [Diagnostic] = []
        /// Root templates linted because a linted file is their module (absolute paths).
        public var rootTemplates: [String] = []
        /// The repositories' disk scans this run made or reused, by folder.
        public var importerIndexes: [String: ModuleImporters] = [:]
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Lints files already read (the CLI reads them; `--stdin` supplies unsaved text).
    public func lint(_ inputs: [SourceFile]) -> Outcome {
        var outcome = Outcome()
        var run = LintRun(options: options, inputs: inputs)
        let classified = inputs.map { ($0, Frontend.kind(ofPath: $0.path, bytes: $0.bytes)) }
        let templates = classified.filter { $0.1 == .bicep || $0.1 == .armTemplate }.map(\.0)
        let analyzed = Parallel.map(templates, serial: options.serial) { Frontend.analyze($0) }
        var byPath: [String: AnalyzedTemplate] = [:]
        for template in analyzed { byPath[Paths.normalize(template.template.path)] = template }
        for (path, source) in options.unsavedBuffers where byPath[Paths.normalize(path)] == nil {
            byPath[Paths.normalize(path)] = Frontend.analyze(source)
        }
        let plan = Self.rootPlan(analyzed, options: options)
        let cache = plan.roots.isEmpty ? byPath : Self.withAbsoluteKeys(byPath)
        // What the deployments read: the cache and, analysed on all cores beforehand, their modules.
        let deploymentCache = Self.withLocalModules(cache, of: analyzed + plan.roots, buffers: options.openBuffers,
                                                    serial: options.serial)
        let modules = Self.modulePaths(analyzed)
        let deployed = modules.union(plan.modules)
        let scriptSources = classified.filter { $0.1 == .teardownScript }.map(\.0)
        let explicit = run.scriptTemplates(scriptSources)
        let extra = Self.templatesForLoneScripts(scriptSources, linted: cache, explicit: explicit)
        let pairing = Self.pairScripts(scriptSources, templates: analyzed + extra, modules: modules, explicit: explicit)
        let scripts = pairing.byTemplate
        // Only a named template (flag or configuration) is looked up among the loaded ones.
        let loaded = options.scriptTemplate == nil && explicit.isEmpty ? []
            : Set((analyzed + extra).map { WorkingDirectory.absolute(Paths.normalize($0.template.path)) })
        outcome.errors += Self.templateProblems(flag: options.scriptTemplate, explicit: explicit, loaded: loaded)
        let parameters = run.assignParameters(templates: templates.map(\.path) + extra.map(\.template.path)
                                                  + plan.roots.map(\.template.path),
                                              parameterInputs: classified.filter { $0.1 == .bicepParameters }.map(\.0))
        outcome.errors += parameters.errors
        let rules = options.rules
        let registries = run.registries(options.registry, forTemplates: (analyzed + plan.roots).map(\.template.path))
        var perRoot = Parallel.map(analyzed, serial: options.serial) { root -> [Diagnostic] in
            let path = Paths.normalize(root.template.path)
            return Self.lintRoot(root, cache: deploymentCache, isModule: deployed.contains(path), rules: rules, registry: registries[path],
                                 scripts: scripts.isEmpty ? [] : scripts[WorkingDirectory.absolute(path)] ?? [],
                                 parameters: parameters.parameters(forTemplate: path)?.values ?? [:])
        }
        perRoot.append(Self.rootFindings(plan, linted: analyzed, cache: deploymentCache, rules: rules, registries: registries,
                                         parameters: parameters, buffers: options.openBuffers))
        outcome.rootTemplates = plan.roots.map { WorkingDirectory.absolute($0.template.path) }
        outcome.importerIndexes = plan.indexes
        // Templates read only to check a script against: report on the scripts alone.
        for root in extra {
            guard let paired = scripts[WorkingDirectory.absolute(root.template.path)], rules.contains(.reverseOrderDeletion) else { continue }
            let scriptPaths = Set(paired.map(\.source.path))
            let values = parameters.parameters(forTemplate: root.template.path)?.values ?? [:]
            perRoot.append(Self.lintRoot(root, cache: deploymentCache, isModule: false, rules: [.reverseOrderDeletion], scripts: paired,
                                         parameters: values).filter { scriptPaths.contains($0.location.path) })
        }
        var seen = Set<Diagnostic>()
        var collected: [Diagnostic] = []
        if rules.contains(.reverseOrderDeletion) { perRoot.append(Self.uncheckedScripts(pairing.unpaired)) }
        for diagnostic in perRoot.joined() + parameters.diagnostics where seen.insert(diagnostic).inserted {
            collected.append(diagnostic)
        }
        let compiled = Self.compiledBesideSource(analyzed, linted: Set(byPath.keys))
        collected = Self.withoutCompiledDuplicates(collected, compiled: compiled)
        for (source, kind) in classified where kind != .other && kind != .armParameters {
            outcome.files.append(source.path)
            outcome.sources[source.path] = source
        }
        for source in parameters.sourcesWithDiagnostics where outcome.sources[source.path] == nil {
            outcome.sources[source.path] = source
        }
        // Every template read (roots, scripts' templates) serves line, column and frame.
        var read = cache
        for template in plan.roots + extra where read[Paths.normalize(template.template.path)] == nil {
            read[Paths.normalize(template.template.path)] = template
        }
        outcome.diagnostics = run.filter(collected, linted: outcome.files, sources: &outcome.sources, analysed: read)
        outcome.diagnostics.sort(by: Diagnostic.outputOrder)
        Self.addSourcesOfNotes(outcome.diagnostics, cache: read, to: &outcome.sources)
        outcome.undecided = outcome.diagnostics.filter(\.isUndecided)
        if !options.showUndecided { outcome.diagnostics.removeAll(where: \.isUndecided) }
        outcome.errors += run.configurationErrors
        outcome.configurations = run.locator
        if options.oneShot { ProcessLifetime.keep(analyzed + plan.roots + extra + deploymentCache.values) }
        return outcome
    }

    /// Files that findings and notes point into without being linted (modules, a script's
    /// template): reporters need their text for line, column and source frame.
    static func addSourcesOfNotes(_ diagnostics: [Diagnostic], cache: [String: AnalyzedTemplate],
                                  to sources: inout [String: SourceFile]) {
        for diagnostic in diagnostics {
            for path in [diagnostic.location.path] + diagnostic.notes.compactMap(\.location?.path) where sources[path] == nil {
                if let cached = cache[Paths.normalize(path)] {
                    sources[path] = cached.template.source
                } else if FileSystem.kind(of: path) == .file, let bytes = try? FileSystem.readFile(path) {
                    sources[path] = SourceFile(path: path, bytes: bytes)
                }
            }
        }
    }

    /// One root: its own syntax diagnostics, its deployment's module problems, and the rules.
    static func lintRoot(_ root: AnalyzedTemplate, cache: [String: AnalyzedTemplate], isModule: Bool,
                         rules: [RuleID], registry: ModuleRegistry? = nil, scripts: [ScannedScript] = [],
                         parameters: [String: KnownValue] = [:], buffers: [String: SourceFile] = [:]) -> [Diagnostic] {
        let deployment = DeploymentReader.deployment(root: root, cache: cache, registry: registry, buffers: buffers)
        var diagnostics = root.allDiagnostics + deployment.diagnostics
        var context = DeploymentAnalysis(deployment: deployment, rootParameters: parameters)
        context.scripts = scripts
        for finding in RuleRunner.run(context, rules: rules) {
            // A module file is also linted inside the deployments that use it, where more is
            // known; on its own, deployment-wide verdicts could be false alarms.
            if isModule, case .rule(let id) = finding.code, id.metadata.category == .deploymentOrder { continue }
            diagnostics.append(finding)
        }
        return diagnostics
    }

    /// Paths of the linted templates that another linted template uses as a local module.
    static func modulePaths(_ analyzed: [AnalyzedTemplate]) -> Set<String> {
        var paths = Set<String>()
        for template in analyzed {
            for resource in template.template.resources {
                if case .local(let relative)? = resource.module {
                    paths.insert(Paths.join(Paths.directory(of: template.template.path), relative))
                }
            }
        }
        return paths
    }
}
