/// A resource id built by `resourceId(...)` and its siblings, or by `symbol.id`: type and name
/// segments plus scope, kept structured so rules can match ids to resources (and find role GUIDs
/// in `roleDefinitions` ids) without knowing the subscription. A nil scope part means "the
/// deployment's own" (`resourceId(type, name)`, `subscription().subscriptionId`).
public struct KnownResourceId: Sendable, Hashable {
    public enum Scope: Sendable, Hashable {
        case resourceGroup(subscription: KnownValue?, group: KnownValue?)
        case subscription(KnownValue?)
        case managementGroup(KnownValue?)
        case tenant
        /// `extensionResourceId(base, …)`: the resource the extension hangs on.
        case `extension`(KnownValue)
    }

    public var scope: Scope
    /// Full type as written, `Microsoft.CognitiveServices/accounts/connections`.
    public var type: String
    /// One name per type segment after the namespace (`account`, `conn`).
    public var names: [KnownValue]

    public init(scope: Scope, type: String, names: [KnownValue]) {
        self.scope = scope
        self.type = type
        self.names = names
    }

    public var isFullyKnown: Bool {
        guard names.allSatisfy(\.isFullyKnown) else { return false }
        switch scope {
        case .resourceGroup(let s, let g): return (s?.isFullyKnown ?? true) && (g?.isFullyKnown ?? true)
        case .subscription(let s), .managementGroup(let s): return s?.isFullyKnown ?? true
        case .tenant: return true
        case .extension(let base): return base.isFullyKnown
        }
    }

    /// The last name segment (a role definition's GUID, a connection's own name).
    public var lastName: KnownValue { names.last ?? .unknown }

    /// `account/conn` when every name is a known string.
    public var fullName: String? {
        var parts: [String] = []
        for name in names {
            guard let s = name.stringValue else { return nil }
            parts.append(s)
        }
        return parts.joined(separator: "/")
    }

    /// Ids compare case-insensitively (ARM); nil when an unknown part decides.
    public func equals(_ other: KnownResourceId) -> Bool? {
        guard resourceType == other.resourceType, names.count == other.names.count else {
            return false
        }
        var pairs = zip(names, other.names).map { ($0, $1) }
        switch (scope, other.scope) {
        case (.resourceGroup(let s1, let g1), .resourceGroup(let s2, let g2)):
            guard let s = Self.scopePart(s1, s2), let g = Self.scopePart(g1, g2) else { return nil }
            pairs += [s, g]
        case (.subscription(let s1), .subscription(let s2)),
             (.managementGroup(let s1), .managementGroup(let s2)):
            guard let s = Self.scopePart(s1, s2) else { return nil }
            pairs.append(s)
        case (.tenant, .tenant): break
        case (.extension(let b1), .extension(let b2)): pairs.append((b1, b2))
        default: return false
        }
        return KnownValue.allEqual(pairs, ignoringCase: true)
    }

    /// Both "the deployment's own" → equal; one own and one explicit → undecidable (nil).
    private static func scopePart(_ a: KnownValue?, _ b: KnownValue?) -> (KnownValue, KnownValue)? {
        switch (a, b) {
        case (nil, nil): (.null, .null)
        case (let x?, let y?): (x, y)
        default: nil
        }
    }
}

extension KnownResourceId {
    /// Parses a literal id: `/subscriptions/s/resourceGroups/g/providers/NS/type/name[/type/name…]`,
    /// subscription-level and tenant-level ids, and extension ids (`…/providers/NS/t/n` appended
    /// to another id). nil when the text is not an id.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, parts[0].isEmpty, parts.dropFirst().allSatisfy({ !$0.isEmpty }) else {
            return nil
        }
        guard let parsed = Self.parse(Array(parts.dropFirst())) else { return nil }
        self = parsed
    }

    private static func parse(_ parts: [String]) -> KnownResourceId? {
        var i = 0
        var scope = Scope.tenant
        if parts.count >= 2, parts[0].lowercased() == "subscriptions" {
            scope = .subscription(.string(parts[1]))
            i = 2
            if parts.count >= 4, parts[2].lowercased() == "resourcegroups" {
                scope = .resourceGroup(subscription: .string(parts[1]), group: .string(parts[3]))
                i = 4
            }
        }
        // The last `providers` segment starts this resource; anything before it is the scope.
        guard let p = parts.lastIndex(where: { $0.lowercased() == "providers" }), p >= i else {
            return nil
        }
        if p > i {
            guard let base = parse(Array(parts[0..<p])) else { return nil }
            scope = .extension(.resourceId(base))
        }
        let rest = Array(parts[(p + 1)...])
        guard rest.count >= 3, rest.count % 2 == 1 else { return nil }
        var typeParts = [rest[0]]
        var names: [KnownValue] = []
        var k = 1
        while k + 1 < rest.count {
            typeParts.append(rest[k])
            names.append(.string(rest[k + 1]))
            k += 2
        }
        return KnownResourceId(scope: scope, type: typeParts.joined(separator: "/"), names: names)
    }
}
