import Testing
@testable import ArmorAnalysis

@Suite struct ResourceIdFunctionTests {
    @Test func theTableNamesEveryFunction() {
        #expect(ResourceIdFunction.allCases.map(\.name) == [
            "resourceId", "subscriptionResourceId", "managementGroupResourceId", "tenantResourceId", "extensionResourceId",
        ])
    }

    @Test(arguments: ResourceIdFunction.allCases)
    func armLooksUpIgnoringCase(function: ResourceIdFunction) {
        #expect(ResourceIdFunction.arm(function.name) == function)
        #expect(ResourceIdFunction.arm(function.name.lowercased()) == function)
        #expect(ResourceIdFunction.arm(function.name.uppercased()) == function)
        #expect(ResourceIdFunction.named(function.name.lowercased(), in: .arm) == function)
    }

    @Test(arguments: ResourceIdFunction.allCases)
    func bicepLooksUpByExactName(function: ResourceIdFunction) {
        #expect(ResourceIdFunction.bicep(function.name) == function)
        #expect(ResourceIdFunction.bicep(function.name.uppercased()) == nil)
        #expect(ResourceIdFunction.named(function.name, in: .bicep) == function)
        #expect(ResourceIdFunction.named(function.name.lowercased(), in: .bicep) == nil)
    }

    @Test func layouts() {
        #expect(ResourceIdFunction.resourceId.layout == .leadingScopes(optionalScopes: 2))
        #expect(ResourceIdFunction.subscriptionResourceId.layout == .leadingScopes(optionalScopes: 1))
        #expect(ResourceIdFunction.managementGroupResourceId.layout == .leadingScopes(optionalScopes: 1))
        #expect(ResourceIdFunction.tenantResourceId.layout == .leadingScopes(optionalScopes: 0))
        #expect(ResourceIdFunction.extensionResourceId.layout == .afterBaseId)
    }

    @Test func unknownNames() {
        #expect(ResourceIdFunction.arm("resourceIds") == nil)
        #expect(ResourceIdFunction.arm("reference") == nil)
        #expect(ResourceIdFunction.bicep("") == nil)
    }

    @Test func resourceReads() {
        #expect(ResourceIdFunction.readsResource("reference"))
        #expect(ResourceIdFunction.readsResource("listKeys"))
        #expect(ResourceIdFunction.readsResource("listsecrets"))
        #expect(!ResourceIdFunction.readsResource("resourceId"))
        #expect(!ResourceIdFunction.readsResource("references"))
    }
}

@Suite struct FullIdLiteralTests {
    @Test func fullIdsAtEveryScope() {
        #expect(ResourceIdFunction.isFullIdLiteral("/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv"))
        #expect(ResourceIdFunction.isFullIdLiteral("/providers/Microsoft.Management/managementGroups/mg"))
        #expect(!ResourceIdFunction.isFullIdLiteral("Microsoft.KeyVault/vaults/kv"))
        #expect(!ResourceIdFunction.isFullIdLiteral("kv"))
    }
}
