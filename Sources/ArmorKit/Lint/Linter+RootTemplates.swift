import ArmorBase
import ArmorAnalysis
import ArmorRules

/// Where `armor lint` and `armor lsp` look for the root templates of a linted module.
public struct RootTemplateSearch: Sendable {
    /// The folder scanned when a file has no `.git` above it (the CLI's working directory, the
    /// editor's workspace folder), if the file lies under it; nil: none (see `fallback`).
    public var fallbackRoot: String?
    /// Folders linted whole: a repository inside one of them has every importer among the
    /// inputs already, so it is not scanned (a whole-tree run pays nothing).
    public var walked: [String]

    public init(fallbackRoot: String?, walked: [String] = []) {
        self.fallbackRoot = fallbackRoot
        self.walked = walked
    }

    /// The working directory as the fallback root, unless it is `/` or the home folder: a run
    /// started there (`armor lint /tmp/x.json` from `~`) is not in a project, and walking every
    /// file below it took half a minute from `/`.
    public static func fallback(workingDirectory: String, home: String?) -> String? {
        let folder = Paths.normalize(workingDirectory)
        if folder == "/" { return nil }
        if let home, !home.isEmpty, Paths.normalize(home) == folder { return nil }
        return folder
    }
}

/// A module linted alone lacks its deployment: a second Key Vault connection inside it reads as
/// keyvault-first, where its root says single-keyvault-connection. So a linted template that
/// other templates of its repository import (pre-commit passes only the changed files; an
/// editor opens one) is also linted through the roots above it, and the root's verdict replaces
/// its own deployment-order one. Kept from a root's lint: the findings located in a linted file,
/// and those located elsewhere whose notes point into one (the change caused them).
extension Linter {
    struct RootPlan {
        /// Roots to lint that are not among the inputs, by the path reports use.
        var roots: [AnalyzedTemplate] = []
        /// Normalised paths of linted templates that some root deploys.
        var modules: Set<String> = []
        /// The disk scans made or reused, by repository folder.
        var indexes: [String: ModuleImporters] = [:]
    }

    static func rootPlan(_ analyzed: [AnalyzedTemplate], options: Options) -> RootPlan {
        guard let search = options.rootTemplates, !analyzed.isEmpty else { return RootPlan() }
        let walked = search.walked.map { WorkingDirectory.absolute($0) }
        let fallback = search.fallbackRoot.map { WorkingDirectory.absolute($0) }
        var repositories: [String: String] = [:]
        // Per folder as given: a whole-tree run asks once per folder, not per file.
        var folders: [String: String?] = [:]
        var groups: [String: [String]] = [:]
        for template in analyzed {
            let folder = Paths.directory(of: template.template.path)
            if folders[folder] == nil {
                let absolute = WorkingDirectory.absolute(template.template.path)
                if let repository = RepositoryRoot.of(absolute, fallback: fallback, cache: &repositories),
                   !RepositoryRoot.isSkipped(Paths.directory(of: absolute), below: repository) {
                    let covered = walked.contains { $0 == "/" || repository == $0 || repository.hasPrefix($0 + "/") }
                    folders[folder] = .some(covered ? nil : repository)
                } else {
                    folders[folder] = .some(nil)
                }
            }
            if case .some(.some(let repository)) = folders[folder] {
                groups[repository, default: []].append(WorkingDirectory.absolute(template.template.path))
            }
        }
        guard !groups.isEmpty else { return RootPlan() }
        var byAbsolute: [String: AnalyzedTemplate] = [:]
        for template in analyzed { byAbsolute[WorkingDirectory.absolute(template.template.path)] = template }
        var known: [String: SourceFile] = [:]
        for (absolute, template) in byAbsolute { known[absolute] = template.template.source }
        var plan = RootPlan()
        // A root imports something, so the scan already read it: its text is taken from there.
        var rootTexts: [String: [UInt8]] = [:]
        for (repository, files) in groups.sorted(by: { $0.key < $1.key }) {
            let disk = options.importerIndexes[repository] ?? ModuleImporters(root: repository)
            plan.indexes[repository] = disk
            var index = disk
            index.overlay(known.merging(options.openBuffers) { _, buffer in buffer })
            for file in files.sorted() {
                let roots = index.roots(of: file)
                guard !roots.isEmpty, let template = byAbsolute[file] else { continue }
                plan.modules.insert(Paths.normalize(template.template.path))
                for root in roots where byAbsolute[root] == nil && rootTexts[root] == nil {
                    rootTexts[root] = index.source(of: root)?.bytes ?? []
                }
            }
        }
        plan.roots = Parallel.map(rootTexts.sorted(by: { $0.key < $1.key })) { absolute, scanned -> AnalyzedTemplate? in
            let path = ReportPaths.relative(absolute, to: WorkingDirectory.path)
            let bytes = options.openBuffers[absolute]?.bytes ?? (scanned.isEmpty ? try? FileSystem.readFile(absolute) : scanned)
            guard let bytes else { return nil }
            let source = SourceFile(path: path, bytes: bytes)
            let kind = Frontend.kind(ofPath: path, bytes: source.bytes)
            return kind == .bicep || kind == .armTemplate ? Frontend.analyze(source) : nil
        }.compactMap { $0 }
        return plan
    }

    /// The roots' findings that concern the linted templates, each root with its parameters.
    static func rootFindings(_ plan: RootPlan, linted: [AnalyzedTemplate], cache: [String: AnalyzedTemplate],
                             rules: [RuleID], registries: [String: ModuleRegistry], parameters: ParameterAssignment,
                             buffers: [String: SourceFile]) -> [Diagnostic] {
        guard !plan.roots.isEmpty else { return [] }
        let lintedAbsolute = Set(linted.map { WorkingDirectory.absolute($0.template.path) })
        return Parallel.map(plan.roots) { root -> [Diagnostic] in
            let path = Paths.normalize(root.template.path)
            return landing(in: lintedAbsolute, lintRoot(
                root, cache: cache, isModule: false, rules: rules, registry: registries[path],
                parameters: parameters.parameters(forTemplate: path)?.values ?? [:], buffers: buffers))
        }.flatMap { $0 }
    }

    /// The analysis cache, with the linted templates under their absolute paths too: a root
    /// outside the working directory names its modules absolutely, and must find the linted text.
    static func withAbsoluteKeys(_ cache: [String: AnalyzedTemplate]) -> [String: AnalyzedTemplate] {
        var out = cache
        for template in cache.values {
            let absolute = WorkingDirectory.absolute(template.template.path)
            if out[absolute] == nil { out[absolute] = template }
        }
        return out
    }

    /// A root's findings that concern the linted files: located in one, or with a note in one.
    static func landing(in linted: Set<String>, _ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.filter { diagnostic in
            linted.contains(WorkingDirectory.absolute(diagnostic.location.path))
                || diagnostic.notes.contains { $0.location.map { linted.contains(WorkingDirectory.absolute($0.path)) } ?? false }
        }
    }
}
