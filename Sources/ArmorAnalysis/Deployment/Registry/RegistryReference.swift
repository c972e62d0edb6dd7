/// A Bicep `module` path that names a published module: an OCI artifact (`br:`, `br/alias:`) or
/// a template spec (`ts:`, `ts/alias:`), resolved to where `bicep restore` caches its compiled
/// `main.json` (Azure/bicep `OciArtifactRegistry.GetArtifactDirectory`, `TemplateSpecModuleRegistry`).
public enum RegistryReference: Sendable, Equatable {
    /// `tagOrDigest` is a tag (`1.2.0`) or a digest (`sha256:…`).
    case oci(registry: String, repository: String, tagOrDigest: String)
    case templateSpec(subscription: String, resourceGroup: String, name: String, version: String)

    /// Whether `text` is written in one of the registry schemes (then armor never reads it as a path).
    public static func isRegistryPath(_ text: String) -> Bool {
        text.hasPrefix("br:") || text.hasPrefix("br/") || text.hasPrefix("ts:") || text.hasPrefix("ts/")
    }

    /// Why a registry path cannot be resolved; phrased for a finding.
    public struct Failure: Error, Sendable, Equatable {
        public var reason: String
    }

    /// Parses `text` and expands an alias from `aliases` (the merged bicepconfig).
    public static func resolve(_ text: String, aliases: ModuleAliases) throws(Failure) -> RegistryReference {
        if text.hasPrefix("br:") { return try oci(String(text.dropFirst(3))) }
        if text.hasPrefix("ts:") { return try templateSpec(String(text.dropFirst(3))) }
        let isOCI = text.hasPrefix("br/")
        guard isOCI || text.hasPrefix("ts/"), let colon = text.firstIndex(of: ":") else {
            throw Failure(reason: "'\(text)' is not a registry module reference")
        }
        let alias = String(text[text.index(text.startIndex, offsetBy: 3)..<colon])
        let rest = String(text[text.index(after: colon)...])
        if isOCI {
            guard let target = aliases.oci[alias] else { throw Failure(reason: "unknown module alias 'br/\(alias)'") }
            let prefix = target.modulePath.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? ""
            return try oci(target.registry + "/" + prefix + rest)
        }
        guard let target = aliases.templateSpecs[alias] else { throw Failure(reason: "unknown template spec alias 'ts/\(alias)'") }
        guard let subscription = target.subscription, let group = target.resourceGroup else {
            throw Failure(reason: "alias 'ts/\(alias)' lacks a subscription or resource group")
        }
        return try templateSpec(subscription + "/" + group + "/" + rest)
    }

    /// `registry/repo/…:tag` or `registry/repo/…@sha256:…`; a registry may carry a port.
    static func oci(_ body: String) throws(Failure) -> RegistryReference {
        guard let slash = body.firstIndex(of: "/") else { throw Failure(reason: "'br:\(body)' names no repository") }
        let registry = String(body[..<slash])
        let path = body[body.index(after: slash)...]
        let repository: Substring
        let version: Substring
        if let at = path.firstIndex(of: "@") {
            repository = path[..<at]
            version = path[path.index(after: at)...]
            guard version.contains(":") else { throw Failure(reason: "'\(version)' is not a digest (algorithm:hex)") }
        } else if let colon = path.lastIndex(of: ":") {
            repository = path[..<colon]
            version = path[path.index(after: colon)...]
        } else {
            throw Failure(reason: "'br:\(body)' has no tag or digest")
        }
        guard !registry.isEmpty, !repository.isEmpty, !version.isEmpty else {
            throw Failure(reason: "'br:\(body)' lacks a registry, repository or tag")
        }
        return .oci(registry: registry, repository: String(repository), tagOrDigest: String(version))
    }

    /// `subscription/resourceGroup/name:version`.
    static func templateSpec(_ body: String) throws(Failure) -> RegistryReference {
        let parts = body.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, let colon = parts[2].lastIndex(of: ":"),
              !parts[0].isEmpty, !parts[1].isEmpty else {
            throw Failure(reason: "'ts:\(body)' is not 'subscription/resourceGroup/name:version'")
        }
        let name = parts[2][..<colon], version = parts[2][parts[2].index(after: colon)...]
        guard !name.isEmpty, !version.isEmpty else { throw Failure(reason: "'ts:\(body)' lacks a name or version") }
        return .templateSpec(subscription: String(parts[0]), resourceGroup: String(parts[1]),
                             name: String(name), version: String(version))
    }

    /// Where `bicep restore` leaves the compiled template, under `cacheRoot`.
    public func cachePath(cacheRoot: String) -> String {
        switch self {
        case .oci(let registry, let repository, let tagOrDigest):
            let version = tagOrDigest.contains(":")
                ? tagOrDigest.replacing(":", with: "#")
                : Self.encodeTag(tagOrDigest)
            return [cacheRoot, "br", registry.lowercased().replacing(":", with: "$"),
                    repository.replacing("/", with: "$"), version, "main.json"].joined(separator: "/")
        case .templateSpec(let subscription, let group, let name, let version):
            // TemplateSpecModuleRegistry lower-cases the whole path under the root.
            let folder = ["ts", subscription, group, name, version].joined(separator: "/").lowercased()
            return cacheRoot + "/" + folder + "/main.json"
        }
    }

    /// The compiler's `TagEncoder.Encode`: the tag, `$`, then a hex bit mask of its upper-case
    /// letters (bit i = character i; 128 characters → two 64-bit words, high word first, the
    /// low word zero-padded to 16 digits once the high one was written; nothing when no upper case).
    public static func encodeTag(_ tag: String) -> String {
        var mask: [UInt64] = [0, 0]
        for (i, byte) in tag.utf8.enumerated() where byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") && i < 128 {
            mask[i / 64] |= UInt64(1) << UInt64(i % 64)
        }
        var text = tag + "$"
        var leadingZeros = false
        for word in mask.reversed() where word != 0 || leadingZeros {
            let hex = String(word, radix: 16)
            text += leadingZeros ? String(repeating: "0", count: 16 - hex.count) + hex : hex
            leadingZeros = true
        }
        return text
    }

    /// How findings and graph labels name the module: the reference as written.
    public var canonical: String {
        switch self {
        case .oci(let registry, let repository, let tagOrDigest):
            "br:\(registry)/\(repository)" + (tagOrDigest.contains(":") ? "@" : ":") + tagOrDigest
        case .templateSpec(let subscription, let group, let name, let version):
            "ts:\(subscription)/\(group)/\(name):\(version)"
        }
    }
}
