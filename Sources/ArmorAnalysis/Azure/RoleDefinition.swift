import ArmorBase

/// Built-in role definitions the rules name, by GUID: the one table of role ids.
package enum RoleDefinition: String, CaseIterable, Sendable {
    case keyVaultSecretsOfficer = "b86a8fe4-44ce-4948-aee5-eccb2c155cd7"
    case keyVaultContributor = "f25e0fa2-a7c8-4377-a976-54943a77a395"
    case keyVaultAdministrator = "00482a5a-887f-4fb3-b363-3b7fe8e74483"
    /// Reads secrets but cannot write them: not enough for a Key Vault connection.
    case keyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6"

    package var id: String { rawValue }

    package var displayName: String {
        switch self {
        case .keyVaultSecretsOfficer: "Key Vault Secrets Officer"
        case .keyVaultContributor: "Key Vault Contributor"
        case .keyVaultAdministrator: "Key Vault Administrator"
        case .keyVaultSecretsUser: "Key Vault Secrets User"
        }
    }

    /// Lets an identity manage Key Vault secrets: what a Key Vault connection needs.
    package var managesKeyVaultSecrets: Bool {
        switch self {
        case .keyVaultSecretsOfficer, .keyVaultContributor, .keyVaultAdministrator: true
        case .keyVaultSecretsUser: false
        }
    }

    /// The first role that manages Key Vault secrets whose GUID appears in any of these strings
    /// (role definition ids, literal GUIDs), in any case.
    static func keyVaultSecretsRole(in strings: [String]) -> RoleDefinition? {
        for string in strings {
            for role in allCases where role.managesKeyVaultSecrets && ASCIICase.contains(string, role.rawValue) {
                return role
            }
        }
        return nil
    }
}

/// Connection `authType` values (rules.md role-assignment-dependson).
package enum ConnectionAuthType {
    private static let identityTypes = ["AccountManagedIdentity", "ProjectManagedIdentity", "ManagedIdentity", "AAD"]

    /// Authenticates with an identity, compared case-insensitively as the service does.
    package static func usesIdentity(_ authType: String) -> Bool {
        identityTypes.contains { ASCIICase.equal($0, authType) }
    }
}
