/// Every rule of the catalogue (shared/spec/rules.md). Kebab-case raw values are the ids users
/// write in config files and `#disable-next-line`.
public enum RuleID: String, CaseIterable, Sendable, Hashable, Comparable {
    case keyvaultFirst = "keyvault-first"
    case roleAssignmentDependsOn = "role-assignment-dependson"
    case singleKeyvaultConnection = "single-keyvault-connection"
    case reverseOrderDeletion = "reverse-order-deletion"
    case dependencyCycle = "dependency-cycle"
    case dependsOnUnknown = "dependson-unknown"
    case missingDependsOn = "missing-dependson"
    case unnecessaryDependsOn = "unnecessary-dependson"
    case connectionManagedIdentity = "connection-managed-identity"
    case connectionSecretLiteral = "connection-secret-literal"
    case roleAssignmentPrincipalType = "role-assignment-principal-type"
    case roleAssignmentStableName = "role-assignment-stable-name"
    case keyvaultRoleLeastPrivilege = "keyvault-role-least-privilege"
    case privateEndpointRegion = "private-endpoint-region"
    case vnetDockerBridgeRange = "vnet-docker-bridge-range"
    case privateEndpointPublicAccess = "private-endpoint-public-access"
    case keyvaultDeleteProtection = "keyvault-delete-protection"

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension RuleID {
    /// The Bicep linter's ids for the rules that check what one of armor's checks (Azure/bicep,
    /// `src/Bicep.Core/Analyzers/Linter/Rules`). armor honours them in `#disable-next-line`,
    /// `#disable-diagnostics` and `armor.json`, so one suppression silences both linters.
    public static let bicepLinterIDs: [(bicep: String, rule: RuleID)] = [
        ("no-unnecessary-dependson", .unnecessaryDependsOn),
    ]

    /// The armor rule a Bicep linter id names (lower-case), if it is one of `bicepLinterIDs`.
    public init?(bicepLinterID id: String) {
        guard let pair = Self.bicepLinterIDs.first(where: { $0.bicep == id }) else { return nil }
        self = pair.rule
    }

    /// A lower-cased code with a Bicep linter id replaced by the armor rule id it stands for.
    public static func canonicalCode(_ lowercased: String) -> String {
        RuleID(bicepLinterID: lowercased)?.rawValue ?? lowercased
    }
}
