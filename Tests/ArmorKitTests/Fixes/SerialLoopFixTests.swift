import Testing
@testable import ArmorBase
@testable import ArmorKit

/// keyvault-first's fix for a loop that creates the Key Vault connection first, in parallel with
/// ordinary ones: serialise it. A Key Vault element that is not first gets no such fix or help.
@Suite struct SerialLoopFixTests {
    static let head: [String] = [
        "resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {",
        "  name: 'kv-foundry-demo'",
        "  location: 'westeurope'",
        "  properties: {",
        "    tenantId: subscription().tenantId",
        "    sku: { family: 'A', name: 'standard' }",
        "    enableRbacAuthorization: true",
        "    enableSoftDelete: true",
        "    enablePurgeProtection: true",
        "  }",
        "}",
        "",
    ] + AccountFixture.bicep + [
        "",
        "resource kvGrant 'Microsoft.Authorization/roleAssignments@2022-04-01' = {",
        "  name: guid(vault.id, account.id, 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')",
        "  scope: vault",
        "  properties: {",
        "    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')",
        "    principalId: account.identity.principalId",
        "    principalType: 'ServicePrincipal'",
        "  }",
        "}",
        "",
    ]

    static func connections(keyVaultFirst: Bool) -> [String] {
        let kv = "  { name: 'keyvault', category: 'AzureKeyVault', target: vault.id }"
        let search = "  { name: 'search', category: 'CognitiveSearch', target: 'https://srch-demo.search.windows.net' }"
        return ["var connections = ["] + (keyVaultFirst ? [kv, search] : [search, kv]) + ["]", ""]
    }

    static let loop = [
        "resource conns 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = [for c in connections: {",
        "  parent: account",
        "  name: c.name",
        "  properties: { category: c.category, target: c.target, authType: 'AAD', metadata: { ApiType: 'Azure' } }",
        "  dependsOn: [kvGrant]",
        "}]",
    ]

    static func bicep(decorators: [String] = [], keyVaultFirst: Bool = true, newline: String = "\n") -> String {
        (head + connections(keyVaultFirst: keyVaultFirst) + decorators + loop).joined(separator: newline) + newline
    }

    @Test(arguments: ["\n", "\r\n"])
    func bicepLoopGetsBatchSizeOne(_ newline: String) throws {
        let text = Self.bicep(newline: newline)
        let finding = try #require(FixTestSupport.findings(.keyvaultFirst, text, path: "/virtual/main.bicep").first)
        let fix = try #require(finding.fix)
        #expect(fix.applicability == .safe)
        #expect(finding.help == fix.title)
        #expect(fix.title.hasPrefix("add @batchSize(1) to 'conns'"))
        let fixed = FixTestSupport.fixed(text, path: "/virtual/main.bicep")
        #expect(fixed == Self.bicep(decorators: ["@batchSize(1)"], newline: newline))
        #expect(FixTestSupport.findings(.keyvaultFirst, fixed, path: "/virtual/main.bicep").isEmpty)
        let check = FixTestSupport.honesty(text, path: "/virtual/main.bicep")
        #expect(check.problems.isEmpty, "\(check.problems)")
        #expect(check.applied == 1)
    }

    /// Other decorators stay; a batch size other than 1 is set to 1 in place.
    @Test func bicepKeepsDecoratorsAndSetsTheBatchSize() {
        let text = Self.bicep(decorators: ["@description('connections')", "@batchSize(2)"])
        let fixed = FixTestSupport.fixed(text, path: "/virtual/main.bicep")
        #expect(fixed == Self.bicep(decorators: ["@description('connections')", "@batchSize(1)"]))
        let added = FixTestSupport.fixed(Self.bicep(decorators: ["@description('connections')"]), path: "/virtual/main.bicep")
        #expect(added == Self.bicep(decorators: ["@description('connections')", "@batchSize(1)"]))
        // A pragma for the keyword's line stays right above it.
        let pragma = FixTestSupport.fixed(Self.bicep(decorators: ["#disable-next-line BCP081"]), path: "/virtual/main.bicep")
        #expect(pragma == Self.bicep(decorators: ["@batchSize(1)", "#disable-next-line BCP081"]))
    }

    /// Serialising would not help when the Key Vault element comes later: no fix, no such help.
    @Test func keyVaultNotFirstHasNoFix() throws {
        for text in [Self.bicep(keyVaultFirst: false), Self.bicep(decorators: ["@batchSize(1)"], keyVaultFirst: false)] {
            let finding = try #require(FixTestSupport.findings(.keyvaultFirst, text, path: "/virtual/main.bicep").first)
            #expect(finding.fix == nil)
            #expect(finding.help?.contains("batchSize") == false)
        }
    }

    /// A batch size written as an expression was chosen on purpose: no fix.
    @Test func batchSizeExpressionHasNoFix() throws {
        let text = "param size int = 2\n" + Self.bicep(decorators: ["@batchSize(size)"])
        let finding = try #require(FixTestSupport.findings(.keyvaultFirst, text, path: "/virtual/main.bicep").first)
        #expect(finding.fix == nil)
    }

    @Test func bicepModuleLoopGetsBatchSizeOne() {
        let result = CLIFixtures.lint(["--diff", ScenarioTests.fixtures + "/bicep-module-loop-parallel"])
        #expect(result.stdout.contains("\n+@batchSize(1)\n module connections 'modules/connection.bicep'"))
    }
}
