import ArmorBase
import ArmorAnalysis

/// A rule: a stateless value with its metadata beside its check. Rules read the model, the
/// graph and the known values through `DeploymentAnalysis`, never raw tokens.
public protocol Rule: Sendable {
    static var metadata: RuleMetadata { get }
    func check(_ context: DeploymentAnalysis, into report: inout RuleReport)
}

extension RuleID {
    /// The registry: an exhaustive switch, so a new id cannot compile without its rule.
    public var rule: any Rule {
        switch self {
        case .keyvaultFirst: KeyVaultFirstRule()
        case .roleAssignmentDependsOn: RoleAssignmentDependsOnRule()
        case .singleKeyvaultConnection: SingleKeyVaultConnectionRule()
        case .reverseOrderDeletion: ReverseOrderDeletionRule()
        case .dependencyCycle: DependencyCycleRule()
        case .dependsOnUnknown: DependsOnUnknownRule()
        case .missingDependsOn: MissingDependsOnRule()
        case .unnecessaryDependsOn: UnnecessaryDependsOnRule()
        case .connectionManagedIdentity: ConnectionManagedIdentityRule()
        case .connectionSecretLiteral: ConnectionSecretLiteralRule()
        case .roleAssignmentPrincipalType: RoleAssignmentPrincipalTypeRule()
        case .roleAssignmentStableName: RoleAssignmentStableNameRule()
        case .keyvaultRoleLeastPrivilege: KeyVaultRoleLeastPrivilegeRule()
        case .privateEndpointRegion: PrivateEndpointRegionRule()
        case .vnetDockerBridgeRange: VnetDockerBridgeRangeRule()
        case .privateEndpointPublicAccess: PrivateEndpointPublicAccessRule()
        case .keyvaultDeleteProtection: KeyVaultDeleteProtectionRule()
        }
    }

    public var metadata: RuleMetadata { type(of: rule).metadata }

    /// Parses a user-written id (config, pragma, CLI), or the Bicep linter's id for the same
    /// rule (`no-unnecessary-dependson`); nil when unknown.
    public init?(id: String) {
        guard let rule = RuleID(rawValue: id) ?? RuleID(bicepLinterID: id) else { return nil }
        self = rule
    }
}
