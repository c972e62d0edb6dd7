import Testing
@testable import ArmorAnalysis

@Suite struct RoleDefinitionTests {
    @Test func idsAreDistinctLowerCaseGuids() {
        let ids = RoleDefinition.allCases.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.count == 36 && id == id.lowercased())
            #expect(id.split(separator: "-").map(\.count) == [8, 4, 4, 4, 12])
        }
    }

    @Test func keyVaultSecretsRoleIsFoundInAnyCaseButNeverSecretsUser() {
        let officer = "/providers/Microsoft.Authorization/roleDefinitions/B86A8FE4-44CE-4948-AEE5-ECCB2C155CD7"
        #expect(RoleDefinition.keyVaultSecretsRole(in: ["x", officer]) == .keyVaultSecretsOfficer)
        #expect(RoleDefinition.keyVaultSecretsRole(in: [RoleDefinition.keyVaultAdministrator.id]) == .keyVaultAdministrator)
        #expect(RoleDefinition.keyVaultSecretsRole(in: [RoleDefinition.keyVaultSecretsUser.id]) == nil)
        #expect(RoleDefinition.keyVaultSecretsRole(in: []) == nil)
        #expect(!RoleDefinition.keyVaultSecretsUser.managesKeyVaultSecrets)
        #expect(RoleDefinition.keyVaultSecretsUser.displayName == "Key Vault Secrets User")
    }

    @Test func identityAuthTypesIgnoreCase() {
        #expect(ConnectionAuthType.usesIdentity("AAD"))
        #expect(ConnectionAuthType.usesIdentity("projectmanagedidentity"))
        #expect(ConnectionAuthType.usesIdentity("AccountManagedIdentity"))
        #expect(!ConnectionAuthType.usesIdentity("ApiKey"))
        #expect(!ConnectionAuthType.usesIdentity("AADX"))
    }
}
