/// Parameter values for root templates (rules.md "Known value"): from `--parameters FILE`, the
/// configuration's `parameters` map, or a `.bicepparam` beside the template whose `using` names
/// it, in that order. `.bicepparam` values are evaluated with the file's own variables (and
/// other assignments) in scope, `readEnvironmentVariable('X', 'default')` giving its default;
/// ARM `*.parameters.json` values are literal JSON with azd `${VAR}` placeholders resolved (see
/// `AzdPlaceholders`), and Key Vault `reference` entries are unknown.
struct LoadedParameters: Sendable {
    var path: String
    /// The template a `.bicepparam` is `using` (joined to the file's folder, normalized).
    var using: String?
    var values: [String: KnownValue]
    var diagnostics: [Diagnostic]
    var source: SourceFile

    /// Reads and evaluates `source` as a parameters file of either kind.
    static func load(_ source: SourceFile) -> LoadedParameters {
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
    static func read(_ path: String, inputs: [String: SourceFile]) -> LoadedParameters? {
        if let source = inputs[ConfigPaths.absolute(path)] { return load(source) }
        guard let bytes = try? FileSystem.readFile(path) else { return nil }
        return load(SourceFile(path: path, bytes: bytes))
    }
}

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
            let key = ConfigPaths.absolute(path)
            if let cached = loaded[key] { return cached }
            let result = LoadedParameters.read(path, inputs: inputs)
            loaded[key] = result
            return result
        }
        defer { self.loaded = loaded }
        if let explicit {
            if let file = get(explicit) {
                if let target = file.using {
                    byTemplate[ConfigPaths.absolute(target)] = file
                    if !templates.contains(where: { ConfigPaths.absolute($0) == ConfigPaths.absolute(target) }) {
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
        for template in templates where byTemplate[ConfigPaths.absolute(template)] == nil {
            let key = ConfigPaths.absolute(template)
            if forAll != nil { continue }
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
            let matching = (beside[folder] ?? []).compactMap(get).filter { $0.using.map { ConfigPaths.absolute($0) } == key }
            if matching.count == 1 { byTemplate[key] = matching[0] }
        }
    }

    /// Linted `.bicepparam` files, reported on whether or not a template took them.
    private var linted = Set<String>()

    /// Also reads the linted `.bicepparam` files no template took, for their syntax errors.
    mutating func include(_ parameterInputs: [SourceFile]) {
        for source in parameterInputs {
            let key = ConfigPaths.absolute(source.path)
            linted.insert(key)
            if loaded[key] == nil { loaded[key] = LoadedParameters.load(source) }
        }
    }

    /// The files whose problems are reported: the linted ones and those given to a template
    /// (not the candidates read beside a template only to see their `using`).
    private var reported: [LoadedParameters] {
        var keys = linted
        for file in byTemplate.values { keys.insert(ConfigPaths.absolute(file.path)) }
        if let forAll { keys.insert(ConfigPaths.absolute(forAll.path)) }
        return keys.sorted().compactMap { loaded[$0] ?? nil }
    }

    /// Problems in those parameters files, in a stable order.
    var diagnostics: [Diagnostic] { reported.flatMap(\.diagnostics) }

    var sourcesWithDiagnostics: [SourceFile] { reported.filter { !$0.diagnostics.isEmpty }.map(\.source) }

    func parameters(forTemplate path: String) -> LoadedParameters? {
        byTemplate[ConfigPaths.absolute(path)] ?? forAll
    }
}
