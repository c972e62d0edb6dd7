import Testing
import ArmorBase
import ArmorTestSupport
@testable import ArmorAnalysis

/// The compiler's cache layout (Azure/bicep `OciArtifactRegistry.GetArtifactDirectory`,
/// `TagEncoder`, `TemplateSpecModuleRegistry`) and alias expansion.
struct RegistryReferenceTests {
    let defaults = ModuleAliases()

    @Test func tagsKeepTheirCaseInAHexMask() {
        #expect(RegistryReference.encodeTag("0.11.0") == "0.11.0$")
        // 'B' at index 5 and 'X' at 7: bits 5 and 7.
        #expect(RegistryReference.encodeTag("v1.0-BeXa") == "v1.0-BeXa$a0")
        // An upper-case letter past 64 characters fills the high word; the low word is then padded.
        let long = String(repeating: "a", count: 64) + "A"
        #expect(RegistryReference.encodeTag(long) == long + "$10000000000000000")
        #expect(RegistryReference.encodeTag("A" + String(repeating: "a", count: 64) + "A")
                == "A" + String(repeating: "a", count: 64) + "A$20000000000000001")
    }

    @Test func publicAliasIsBuiltIn() throws {
        let reference = try RegistryReference.resolve("br/public:avm/res/key-vault/vault:0.11.0", aliases: defaults)
        #expect(reference == .oci(registry: "mcr.microsoft.com", repository: "bicep/avm/res/key-vault/vault", tagOrDigest: "0.11.0"))
        #expect(reference.cachePath(cacheRoot: "/c") == "/c/br/mcr.microsoft.com/bicep$avm$res$key-vault$vault/0.11.0$/main.json")
    }

    @Test func explicitRegistryWithPortAndDigest() throws {
        let digest = "sha256:e207a69d02b3de40d48ede9fd208d80441a9e590a83a0bc915d46244c03310d4"
        let reference = try RegistryReference.resolve("br:MyRegistry.azurecr.io:5000/modules/app@\(digest)", aliases: defaults)
        #expect(reference.cachePath(cacheRoot: "/c")
                == "/c/br/myregistry.azurecr.io$5000/modules$app/sha256#e207a69d02b3de40d48ede9fd208d80441a9e590a83a0bc915d46244c03310d4/main.json")
        let tagged = try RegistryReference.resolve("br:contoso.azurecr.io/infra/vault:V2", aliases: defaults)
        #expect(tagged.cachePath(cacheRoot: "/c") == "/c/br/contoso.azurecr.io/infra$vault/V2$1/main.json")
    }

    @Test func templateSpecs() throws {
        var aliases = defaults
        aliases.templateSpecs["specs"] = .init(subscription: "sub-1", resourceGroup: "rg-specs")
        let direct = try RegistryReference.resolve("ts:sub-1/rg-specs/network:1.0", aliases: defaults)
        #expect(direct.cachePath(cacheRoot: "/c") == "/c/ts/sub-1/rg-specs/network/1.0/main.json")
        // The compiler lower-cases the template spec's folder (not the root).
        let mixed = try RegistryReference.resolve("ts:Sub-1/RG-Specs/Network:V1", aliases: defaults)
        #expect(mixed.cachePath(cacheRoot: "/Cache") == "/Cache/ts/sub-1/rg-specs/network/v1/main.json")
        #expect(try RegistryReference.resolve("ts/specs:network:1.0", aliases: aliases) == direct)
    }

    @Test func badReferencesAreFailuresNotCrashes() {
        for text in ["br/nope:x:1", "br:registry-only", "br:r/repo", "ts:a/b:1", "ts/none:n:1", "br/public:", "br:r/@sha256"] {
            #expect(throws: RegistryReference.Failure.self) { try RegistryReference.resolve(text, aliases: defaults) }
        }
    }

    @Test func aliasesComeFromTheNearestBicepconfigAbove() {
        let dir = TempDirectory()
        defer { dir.remove() }
        dir.write("bicepconfig.json", """
        // comments are allowed, as the compiler allows them
        {
          "cacheRootDirectory": "cache",
          "moduleAliases": { "br": { "contoso": { "registry": "contoso.azurecr.io", "modulePath": "bicep/modules" } } }
        }
        """)
        let template = dir.write("infra/app/main.bicep", "")
        var registry = ModuleRegistry(home: "/nonexistent-home")
        let lookup = registry.lookup("br/contoso:storage:1.0", from: template)
        #expect(lookup == .notRestored(reference: .oci(registry: "contoso.azurecr.io", repository: "bicep/modules/storage", tagOrDigest: "1.0"),
                                       path: dir.path + "/cache/br/contoso.azurecr.io/bicep$modules$storage/1.0$/main.json"))
        // `br/public` survives a bicepconfig that declares other aliases.
        dir.write("cache/br/mcr.microsoft.com/bicep$avm$res$x/1.0$/main.json", "{}")
        if case .cached(_, let path) = registry.lookup("br/public:avm/res/x:1.0", from: template) {
            #expect(path.hasSuffix("/cache/br/mcr.microsoft.com/bicep$avm$res$x/1.0$/main.json"))
        } else {
            Issue.record("expected the cached module")
        }
        // armor's own cache root wins over bicepconfig's.
        registry.cacheRoot = "/elsewhere"
        #expect(registry.lookup("br/public:avm/res/x:1.0", from: template)
                == .notRestored(reference: .oci(registry: "mcr.microsoft.com", repository: "bicep/avm/res/x", tagOrDigest: "1.0"),
                                path: "/elsewhere/br/mcr.microsoft.com/bicep$avm$res$x/1.0$/main.json"))
    }

    /// A lint run preloads each template folder's bicepconfig once; the copies it hands to the
    /// roots use that read (the corpus read the same bicepconfig 467 times, once per root).
    @Test func preloadedConfigurationsAreSharedByCopies() {
        let dir = TempDirectory()
        defer { dir.remove() }
        dir.write("bicepconfig.json", #"{ "cacheRootDirectory": "first" }"#)
        let template = dir.write("infra/main.bicep", "")
        var registry = ModuleRegistry(home: "/nonexistent-home")
        registry.preloadConfigurations(forTemplates: [template])
        dir.write("bicepconfig.json", #"{ "cacheRootDirectory": "second" }"#)
        var copy = registry
        guard case .notRestored(_, let path) = copy.lookup("br/public:avm/res/x:1.0", from: template) else {
            Issue.record("expected a resolvable, unrestored module")
            return
        }
        #expect(path.hasPrefix(dir.path + "/first/"))
    }
}
