import ArmorBase
import ArmorAnalysis

/// Decides which parameters file each root template gets. Runs on one thread before the
/// parallel lint; folders listed once.
struct ParameterAssignment {
    /// Absolute template path → parameters.
    var byTemplate: [String: LoadedParameters] = [:]
    /// `--parameters` given as ARM JSON: applies to every root.
    var forAll: LoadedParameters?
    var errors: [String] = []
    /// Every parameters file read (absolute path → file, nil when unreadable).
    private var loaded: [String: LoadedParameters?] = [:]

    init(templates: [String], explicit: String?, configurations: [String: Configuration],
         inputs: [String: SourceFile], automatic: Bool) {
        var loaded: [String: LoadedParameters?] = [:]
        func get(_ path: String) -> LoadedParameters? {
            let key = WorkingDirectory.absolute(path)
            if let cached = loaded[key] { return cached }
            let result = LoadedParameters.read(path, inputs: inputs)
            loaded[key] = result
            return result
        }
        defer { self.loaded = loaded }
        if let explicit {
            if let file = get(explicit) {
                if let target = file.using {
                    byTemplate[WorkingDirectory.absolute(target)] = file
                    if !templates.contains(where: { WorkingDirectory.absolute($0) == WorkingDirectory.absolute(target) }) {
                        errors.append("parameters file '\(explicit)' is for '\(target)' (its 'using'), which is not being linted")
                    }
                } else {
                    forAll = file
                }
            } else {
                errors.append("cannot read parameters file '\(explicit)'")
            }
        }
        var beside: [String: [String]] = [:]
        for template in templates {
            let key = WorkingDirectory.absolute(template)
            if byTemplate[key] != nil || forAll != nil { continue }
            if let configured = configurations[key]?.parametersFile(forTemplate: template) {
                if let file = get(configured) { byTemplate[key] = file } else {
                    errors.append("cannot read parameters file '\(configured)' (configured for '\(template)')")
                }
                continue
            }
            guard automatic, Paths.fileExtension(of: template) == "bicep" else { continue }
            let folder = Paths.directory(of: template)
            if beside[folder] == nil {
                let names = (try? FileSystem.listDirectory(folder)) ?? []
                beside[folder] = names.filter { Paths.fileExtension(of: $0) == "bicepparam" }.map { Paths.join(folder, $0) }
            }
            // Exactly one `.bicepparam` naming the template: with several (dev, prod) there is
            // no right choice, and defaults are what the template promises anyway.
            let matching = (beside[folder] ?? []).compactMap(get).filter { $0.using.map { WorkingDirectory.absolute($0) } == key }
            if matching.count == 1 { byTemplate[key] = matching[0] }
        }
    }

    /// Linted `.bicepparam` files, reported on whether or not a template took them.
    private var linted = Set<String>()

    /// Also reads the linted `.bicepparam` files no template took, for their syntax errors.
    mutating func include(_ parameterInputs: [SourceFile]) {
        for source in parameterInputs {
            let key = WorkingDirectory.absolute(source.path)
            linted.insert(key)
            if loaded[key] == nil { loaded[key] = LoadedParameters.load(source) }
        }
    }

    /// The files whose problems are reported: the linted ones and those given to a template
    /// (not the candidates read beside a template only to see their `using`).
    private var reported: [LoadedParameters] {
        var keys = linted
        for file in byTemplate.values { keys.insert(WorkingDirectory.absolute(file.path)) }
        if let forAll { keys.insert(WorkingDirectory.absolute(forAll.path)) }
        return keys.sorted().compactMap { loaded[$0] ?? nil }
    }

    /// Problems in those parameters files, in a stable order.
    var diagnostics: [Diagnostic] { reported.flatMap(\.diagnostics) }

    var sourcesWithDiagnostics: [SourceFile] { reported.filter { !$0.diagnostics.isEmpty }.map(\.source) }

    func parameters(forTemplate path: String) -> LoadedParameters? {
        // Asked for every root: no absolute path when no template has a file of its own.
        byTemplate.isEmpty ? forAll : byTemplate[WorkingDirectory.absolute(path)] ?? forAll
    }
}
