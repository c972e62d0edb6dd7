import ArmorBase

/// Loads a deployment: the root file, then local modules (Bicep `module` paths, ARM
/// `templateLink.relativePath`) and inline nested ARM templates, depth first.
public struct DeploymentLoader {
    /// Reads and analyses a module file by path; the linter serves files it already analysed
    /// (and unsaved text, `--stdin`) from its cache.
    public typealias Reader = (String) -> AnalyzedTemplate?

    private let read: Reader
    /// Parsed templates by path: a file used by several modules is parsed once.
    private var cache: [String: AnalyzedTemplate] = [:]
    private var instances: [TemplateInstance] = []
    private var moduleTargets: [ResourceRef: Int] = [:]
    private var diagnostics: [Diagnostic] = []
    /// Instances beyond this are not loaded (a guard against pathological fan-out).
    private let instanceLimit = 5000

    /// Where restored `br:`/`ts:` modules are found; nil: they stay opaque, unreported.
    private var registry: ModuleRegistry?

    public init(read: @escaping Reader, registry: ModuleRegistry? = nil) {
        self.read = read
        self.registry = registry
    }

    public static func load(root: AnalyzedTemplate, registry: ModuleRegistry? = nil,
                            read: @escaping Reader) -> Deployment {
        var loader = DeploymentLoader(read: read, registry: registry)
        loader.cache[Paths.normalize(root.template.path)] = root
        loader.add(root, deployedBy: nil, depth: 0, chain: [Paths.normalize(root.template.path)])
        return Deployment(instances: loader.instances, moduleTargets: loader.moduleTargets,
                          diagnostics: loader.diagnostics)
    }

    private mutating func add(_ analyzed: AnalyzedTemplate, deployedBy: ResourceRef?, depth: Int, chain: [String],
                              registryReference: String? = nil) {
        let instance = instances.count
        instances.append(TemplateInstance(analyzed: analyzed, deployedBy: deployedBy, depth: depth,
                                          registryReference: registryReference))
        for (index, resource) in analyzed.template.resources.enumerated() {
            guard let reference = resource.module, instances.count < instanceLimit else { continue }
            let ref = ResourceRef(instance: instance, index: index)
            switch reference {
            case .external(let text):
                guard RegistryReference.isRegistryPath(text), let target = registryModule(text, resource, in: analyzed, chain: chain) else { continue }
                moduleTargets[ref] = instances.count
                add(target.template, deployedBy: ref, depth: depth + 1, chain: chain + [target.path], registryReference: text)
            case .inline(let nestedIndex, _):
                guard nestedIndex < analyzed.nested.count else { continue }
                moduleTargets[ref] = instances.count
                add(analyzed.nested[nestedIndex], deployedBy: ref, depth: depth + 1, chain: chain)
            case .local(let relative):
                let path = Paths.join(Paths.directory(of: analyzed.template.path), relative)
                if chain.contains(path) {
                    report(.moduleCycle, "module '\(resource.symbol)' deploys '\(relative)', which is already being deployed by this chain: \((chain + [path]).map(Paths.fileName).joined(separator: " → "))",
                           at: analyzed.template.location(resource.span))
                    continue
                }
                guard let target = template(at: path) else {
                    report(.moduleNotFound, "module '\(resource.symbol)' refers to '\(relative)', which cannot be read",
                           at: analyzed.template.location(resource.span))
                    continue
                }
                moduleTargets[ref] = instances.count
                add(target, deployedBy: ref, depth: depth + 1, chain: chain + [path])
            }
        }
    }

    /// A restored registry module's compiled template, or nil (opaque) with an info finding
    /// saying how to let armor see inside. Compiled templates from the cache are ARM JSON.
    private mutating func registryModule(_ text: String, _ resource: Resource, in analyzed: AnalyzedTemplate,
                                         chain: [String]) -> (template: AnalyzedTemplate, path: String)? {
        guard var registry else { return nil }
        let lookup = registry.lookup(text, from: analyzed.template.path)
        self.registry = registry
        let location = analyzed.template.location(resource.span)
        switch lookup {
        case .cached(_, let path):
            guard !chain.contains(path), let target = template(at: path) else { return nil }
            return (target, path)
        case .notRestored:
            let file = Paths.fileName(of: analyzed.template.path)
            report(.moduleNotRestored, severity: .info,
                   "'\(text)' is not restored: run `bicep restore \(file)` to let armor see inside", at: location)
        case .unresolved(let reason):
            report(.moduleNotRestored, severity: .info, "'\(text)' cannot be looked up in the module cache: \(reason)", at: location)
        }
        return nil
    }

    private mutating func template(at path: String) -> AnalyzedTemplate? {
        if let cached = cache[path] { return cached }
        guard let analyzed = read(path) else { return nil }
        cache[path] = analyzed
        return analyzed
    }

    private mutating func report(_ code: SyntaxCode, severity: Severity = .error, _ message: String, at location: Location) {
        diagnostics.append(Diagnostic(code: .syntax(code), severity: severity, message: message, location: location))
    }
}
