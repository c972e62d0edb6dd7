/// Resource types and role ids the Foundry rules know (rules.md "Terms").
package enum AzureTypes {
    package static let account = "microsoft.cognitiveservices/accounts"
    package static let project = "microsoft.cognitiveservices/accounts/projects"
    package static let accountConnection = "microsoft.cognitiveservices/accounts/connections"
    package static let projectConnection = "microsoft.cognitiveservices/accounts/projects/connections"
    static let roleAssignment = "microsoft.authorization/roleassignments"
    package static let keyVault = "microsoft.keyvault/vaults"
    static let keyVaultAccessPolicies = "microsoft.keyvault/vaults/accesspolicies"
    package static let userAssignedIdentity = "microsoft.managedidentity/userassignedidentities"
    package static let privateEndpoint = "microsoft.network/privateendpoints"
    package static let virtualNetwork = "microsoft.network/virtualnetworks"
    package static let subnet = "microsoft.network/virtualnetworks/subnets"
    package static let mlWorkspace = "microsoft.machinelearningservices/workspaces"
    static let resourceGroup = "microsoft.resources/resourcegroups"

    /// `roleAssignments`, or the older `<resource type>/providers/roleAssignments` form.
    package static func isRoleAssignment(_ type: String) -> Bool {
        let t = type.lowercased()
        return t == roleAssignment || t.hasSuffix("/providers/roleassignments")
    }

    package static func isConnection(_ type: String) -> Bool {
        let t = type.lowercased()
        return t == accountConnection || t == projectConnection
    }

    /// Roles that let an identity manage Key Vault secrets: what a Key Vault connection needs.
    package enum KeyVaultRole: String, CaseIterable {
        case secretsOfficer = "b86a8fe4-44ce-4948-aee5-eccb2c155cd7"
        case contributor = "f25e0fa2-a7c8-4377-a976-54943a77a395"
        case administrator = "00482a5a-887f-4fb3-b363-3b7fe8e74483"

        package var displayName: String {
            switch self {
            case .secretsOfficer: "Key Vault Secrets Officer"
            case .contributor: "Key Vault Contributor"
            case .administrator: "Key Vault Administrator"
            }
        }

        /// The role whose GUID appears in any of these strings (ids, literal GUIDs).
        static func find(in strings: [String]) -> KeyVaultRole? {
            for string in strings {
                let lower = string.lowercased()
                for role in allCases where lower.contains(role.rawValue) { return role }
            }
            return nil
        }
    }

    /// `authType` values that authenticate with an identity (rules.md role-assignment-dependson).
    package static let identityAuthTypes: Set<String> = ["accountmanagedidentity", "projectmanagedidentity", "managedidentity", "aad"]
}
