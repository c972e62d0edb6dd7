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
