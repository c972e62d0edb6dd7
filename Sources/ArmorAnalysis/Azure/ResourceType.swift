import ArmorBase

/// An Azure resource type, `Microsoft.KeyVault/vaults/accessPolicies`: kept as written (for
/// messages), compared and hashed ASCII-case-insensitively, as Resource Manager compares types.
/// Every type comparison goes through this value, so no caller lower-cases a type itself.
package struct ResourceType: Sendable, Hashable, CustomStringConvertible {
    /// The type as the template wrote it.
    package let written: String

    package init(_ written: String) { self.written = written }

    package var description: String { written }

    /// Lower-cased (ASCII) spelling, for text keys that combine a type with other parts.
    package var folded: String { ASCIICase.folded(written) }

    package static func == (a: ResourceType, b: ResourceType) -> Bool { ASCIICase.equal(a.written, b.written) }

    package func hash(into hasher: inout Hasher) {
        for byte in written.utf8 { hasher.combine(ASCIICase.fold(byte)) }
        hasher.combine(written.utf8.count)
    }

    /// The provider namespace, `Microsoft.KeyVault`.
    package var namespace: Substring { written.prefix { $0 != "/" } }

    /// The type names after the namespace, `["vaults", "accessPolicies"]`: one per name segment.
    package var typeNames: [Substring] { written.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map { $0 } }

    /// The parent type (`Microsoft.KeyVault/vaults` for `…/vaults/accessPolicies`); nil for a
    /// top-level type.
    package var parent: ResourceType? {
        guard typeNames.count > 1, let slash = written.utf8.lastIndex(of: UInt8(ascii: "/")) else { return nil }
        return ResourceType(String(written[..<slash]))
    }

    /// A direct child type of `parent`.
    package func isChild(of parent: ResourceType) -> Bool { self.parent == parent }

    /// A child type at any depth below `ancestor` (`accounts/projects/connections` below `accounts`).
    package func isDescendant(of ancestor: ResourceType) -> Bool {
        ASCIICase.hasPrefix(written, ancestor.written + "/")
    }

    package func hasSuffix(_ suffix: String) -> Bool { ASCIICase.hasSuffix(written, suffix) }

    /// `roleAssignments`, or the older `<resource type>/providers/roleAssignments` form.
    package var isRoleAssignment: Bool { self == .roleAssignment || hasSuffix("/providers/roleAssignments") }

    /// A connection of a Foundry account or of one of its projects.
    package var isConnection: Bool { self == .accountConnection || self == .projectConnection }
}

/// The types the rules and the plan compare against (rules.md "Terms").
extension ResourceType {
    package static let account = ResourceType("Microsoft.CognitiveServices/accounts")
    package static let project = ResourceType("Microsoft.CognitiveServices/accounts/projects")
    package static let accountConnection = ResourceType("Microsoft.CognitiveServices/accounts/connections")
    package static let projectConnection = ResourceType("Microsoft.CognitiveServices/accounts/projects/connections")
    package static let roleAssignment = ResourceType("Microsoft.Authorization/roleAssignments")
    package static let keyVault = ResourceType("Microsoft.KeyVault/vaults")
    package static let keyVaultAccessPolicies = ResourceType("Microsoft.KeyVault/vaults/accessPolicies")
    package static let userAssignedIdentity = ResourceType("Microsoft.ManagedIdentity/userAssignedIdentities")
    package static let privateEndpoint = ResourceType("Microsoft.Network/privateEndpoints")
    package static let virtualNetwork = ResourceType("Microsoft.Network/virtualNetworks")
    package static let subnet = ResourceType("Microsoft.Network/virtualNetworks/subnets")
    package static let mlWorkspace = ResourceType("Microsoft.MachineLearningServices/workspaces")
    package static let resourceGroup = ResourceType("Microsoft.Resources/resourceGroups")
    package static let deployment = ResourceType("Microsoft.Resources/deployments")
}
