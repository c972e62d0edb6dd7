import ArmorBase

/// Finds restored registry and template-spec modules in the local Bicep module cache. The cache
/// root is, first to last: armor's own setting, the nearest `bicepconfig.json`'s
/// `cacheRootDirectory`, `$HOME/.bicep`. Nothing is fetched: armor only reads what `bicep restore` left.
public struct ModuleRegistry: Sendable {
    /// A cache root set by armor (`armor.json` `registryCache`), overriding bicepconfig.
    public var cacheRoot: String?
    /// `$HOME`, for the default root and `~` in bicepconfig.
    public var home: String?
    /// bicepconfig per folder (nil: none up to the root), so a folder is read once.
    private var configs: [String: ModuleAliases] = [:]

    public init(cacheRoot: String? = nil, home: String?) {
        self.cacheRoot = cacheRoot
        self.home = home
    }

    public enum Lookup: Sendable, Equatable {
        /// Restored: the compiled template's path.
        case cached(reference: RegistryReference, path: String)
        /// Resolvable, but no `main.json` at `path`.
        case notRestored(reference: RegistryReference, path: String)
        /// No cache root is known, or the reference cannot be resolved.
        case unresolved(reason: String)
    }

    /// Resolves the module path `text` written in `templatePath`.
    public mutating func lookup(_ text: String, from templatePath: String) -> Lookup {
        let aliases = self.aliases(forDirectory: WorkingDirectory.absolute(Paths.directory(of: templatePath)))
        let reference: RegistryReference
        do {
            reference = try RegistryReference.resolve(text, aliases: aliases)
        } catch {
            return .unresolved(reason: error.reason)
        }
        guard let root = cacheRoot ?? aliases.cacheRoot ?? home.map({ Paths.join($0, ".bicep") }) else {
            return .unresolved(reason: "no module cache: HOME is not set")
        }
        let path = reference.cachePath(cacheRoot: root)
        return FileSystem.kind(of: path) == .file ? .cached(reference: reference, path: path)
                                                  : .notRestored(reference: reference, path: path)
    }

    /// Reads the bicepconfig of every template's folder now, so that the copies a lint run hands
    /// to each root (linted in parallel, each with its own copy) share one read per folder.
    public mutating func preloadConfigurations(forTemplates paths: [String]) {
        for path in paths { _ = aliases(forDirectory: WorkingDirectory.absolute(Paths.directory(of: path))) }
    }

    /// The nearest `bicepconfig.json` at or above `directory`, merged over the defaults.
    mutating func aliases(forDirectory directory: String) -> ModuleAliases {
        if let known = configs[directory] { return known }
        let file = Paths.join(directory, "bicepconfig.json")
        let result: ModuleAliases
        if FileSystem.kind(of: file) == .file, let bytes = try? FileSystem.readFile(file) {
            result = ModuleAliases.parse(SourceFile(path: file, bytes: bytes), home: home)
        } else if directory == "/" || directory.isEmpty || directory == "." {
            result = ModuleAliases()
        } else {
            result = aliases(forDirectory: Paths.directory(of: directory))
        }
        configs[directory] = result
        return result
    }
}
