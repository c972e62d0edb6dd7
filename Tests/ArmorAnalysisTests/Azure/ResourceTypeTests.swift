import Testing
@testable import ArmorAnalysis

@Suite struct ResourceTypeTests {
    @Test func equalityAndHashingIgnoreASCIICase() {
        let written = ResourceType("Microsoft.KeyVault/vaults")
        let lower = ResourceType("microsoft.keyvault/VAULTS")
        #expect(written == lower)
        #expect(written.hashValue == lower.hashValue)
        #expect(Set([written, lower]).count == 1)
        #expect([written: 1][lower] == 1)
        #expect(written != ResourceType("Microsoft.KeyVault/vault"))
        #expect(written != ResourceType("Microsoft.KeyVault/vaults/secrets"))
        // Case folding is ASCII only, as Resource Manager's ordinal-ignore-case is for type names.
        #expect(ResourceType("É/a") != ResourceType("é/a"))
        #expect(lower.written == "microsoft.keyvault/VAULTS")
        #expect(lower.description == "microsoft.keyvault/VAULTS")
    }

    @Test func segments() {
        let type = ResourceType("Microsoft.CognitiveServices/accounts/projects/connections")
        #expect(type.namespace == "Microsoft.CognitiveServices")
        #expect(type.typeNames == ["accounts", "projects", "connections"])
        #expect(type.parent == .project)
        #expect(type.parent?.parent == .account)
        #expect(ResourceType.account.parent == nil)
        #expect(ResourceType("Microsoft.KeyVault").typeNames.isEmpty)
        #expect(ResourceType("Microsoft.KeyVault").parent == nil)
    }

    @Test func childAndSuffixHelpersIgnoreCase() {
        #expect(ResourceType("microsoft.cognitiveservices/ACCOUNTS/connections").isChild(of: .account))
        #expect(!ResourceType.projectConnection.isChild(of: .account))
        #expect(ResourceType.projectConnection.isDescendant(of: .account))
        #expect(!ResourceType.account.isDescendant(of: .account))
        #expect(!ResourceType("Microsoft.CognitiveServices/accountsX/a").isDescendant(of: .account))
        #expect(ResourceType("Microsoft.KeyVault/vaults/providers/ROLEASSIGNMENTS").hasSuffix("/providers/roleAssignments"))
        #expect(!ResourceType("x").hasSuffix("/providers/roleAssignments"))
    }

    @Test func kinds() {
        #expect(ResourceType("microsoft.authorization/roleassignments").isRoleAssignment)
        #expect(ResourceType("Microsoft.KeyVault/vaults/providers/roleAssignments").isRoleAssignment)
        #expect(!ResourceType("Microsoft.Authorization/roleDefinitions").isRoleAssignment)
        #expect(ResourceType("MICROSOFT.COGNITIVESERVICES/ACCOUNTS/CONNECTIONS").isConnection)
        #expect(ResourceType.projectConnection.isConnection)
        #expect(!ResourceType("Microsoft.MachineLearningServices/workspaces/connections").isConnection)
    }

    /// The constants as the Azure REST reference spells them.
    @Test(arguments: [
        (ResourceType.account, "Microsoft.CognitiveServices/accounts"),
        (.project, "Microsoft.CognitiveServices/accounts/projects"),
        (.accountConnection, "Microsoft.CognitiveServices/accounts/connections"),
        (.projectConnection, "Microsoft.CognitiveServices/accounts/projects/connections"),
        (.roleAssignment, "Microsoft.Authorization/roleAssignments"),
        (.keyVault, "Microsoft.KeyVault/vaults"),
        (.keyVaultAccessPolicies, "Microsoft.KeyVault/vaults/accessPolicies"),
        (.userAssignedIdentity, "Microsoft.ManagedIdentity/userAssignedIdentities"),
        (.privateEndpoint, "Microsoft.Network/privateEndpoints"),
        (.virtualNetwork, "Microsoft.Network/virtualNetworks"),
        (.subnet, "Microsoft.Network/virtualNetworks/subnets"),
        (.mlWorkspace, "Microsoft.MachineLearningServices/workspaces"),
        (.resourceGroup, "Microsoft.Resources/resourceGroups"),
        (.deployment, "Microsoft.Resources/deployments"),
    ])
    func constantSpellings(type: ResourceType, spelled: String) {
        #expect(type.written == spelled)
    }

    @Test func childConstantsSitUnderTheirParents() {
        #expect(ResourceType.project.isChild(of: .account))
        #expect(ResourceType.accountConnection.isChild(of: .account))
        #expect(ResourceType.projectConnection.isChild(of: .project))
        #expect(ResourceType.keyVaultAccessPolicies.isChild(of: .keyVault))
        #expect(ResourceType.subnet.isChild(of: .virtualNetwork))
    }
}
