import ArmorBase
import ArmorSyntax

/// `moduleAliases` and `cacheRootDirectory` of the nearest `bicepconfig.json`, merged over the
/// compiler's built-in defaults (`br/public` → `mcr.microsoft.com`, module path `bicep`).
public struct ModuleAliases: Sendable, Equatable {
    public struct OCITarget: Sendable, Equatable {
        public var registry: String
        public var modulePath: String?
    }
    public struct TemplateSpecTarget: Sendable, Equatable {
        public var subscription: String?
        public var resourceGroup: String?
    }

    public var oci: [String: OCITarget] = ["public": OCITarget(registry: "mcr.microsoft.com", modulePath: "bicep")]
    public var templateSpecs: [String: TemplateSpecTarget] = [:]
    /// `cacheRootDirectory`, absolute (relative paths are taken from the config's folder).
    public var cacheRoot: String?

    public init() {}

    /// Reads one `bicepconfig.json` (comments allowed, as the compiler allows them) over the defaults.
    public static func parse(_ source: SourceFile, home: String?) -> ModuleAliases {
        var aliases = ModuleAliases()
        guard let root = JSONReader.read(source).root else { return aliases }
        for member in root.member("moduleAliases")?.member("br")?.objectValue ?? [] {
            guard let registry = member.value.member("registry")?.stringValue else { continue }
            aliases.oci[member.key] = OCITarget(registry: registry, modulePath: member.value.member("modulePath")?.stringValue)
        }
        for member in root.member("moduleAliases")?.member("ts")?.objectValue ?? [] {
            aliases.templateSpecs[member.key] = TemplateSpecTarget(
                subscription: member.value.member("subscription")?.stringValue,
                resourceGroup: member.value.member("resourceGroup")?.stringValue)
        }
        if let directory = root.member("cacheRootDirectory")?.stringValue, !directory.isEmpty {
            if directory == "~" || directory.hasPrefix("~/"), let home {
                aliases.cacheRoot = Paths.join(home, String(directory.dropFirst(2)))
            } else {
                aliases.cacheRoot = Paths.join(Paths.directory(of: source.path), directory)
            }
        }
        return aliases
    }
}
