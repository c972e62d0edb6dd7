import Testing
@testable import ArmorBase
@testable import ArmorKit

/// Checks that hang on an unknown value are undecided: never a finding, always counted.
@Suite struct UndecidedChecksTests {
    static let account = """
        resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
          name: 'foundry-undecided'
          location: 'westeurope'
          kind: 'AIServices'
          sku: { name: 'S0' }
          identity: { type: 'SystemAssigned' }
          properties: {}
        }

        """

    static func lint(_ text: String, showUndecided: Bool = true) -> Linter.Outcome {
        var options = Linter.Options()
        options.showUndecided = showUndecided
        return Linter(options: options).lint([SourceFile(path: "main.bicep", bytes: Array(text.utf8))])
    }

    static func core(_ outcome: Linter.Outcome) -> [Diagnostic] {
        outcome.diagnostics.filter {
            if case .rule(let id) = $0.code { return id.metadata.category == .deploymentOrder && !$0.isUndecided }
            return false
        }
    }

    static let unknownCategories = account + """
            param connections array

            resource kv 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
              parent: account
              name: 'keyvault'
              properties: { category: 'AzureKeyVault', target: 'https://kv.vault.azure.net', authType: 'ApiKey' }
            }

            resource conns 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = [for c in connections: {
              parent: account
              name: c.name
              properties: { category: c.category, target: c.target, authType: 'AAD' }
            }]
            """

    @Test func categoryFromAParameterWithoutValueIsUndecided() {
        let outcome = Self.lint(Self.unknownCategories)
        #expect(Self.core(outcome).isEmpty)
        let undecided = outcome.undecided.filter { $0.code == .rule(.keyvaultFirst) }
        #expect(undecided.count == 1)
        #expect(undecided.first?.message.contains("parameter 'connections' has no value") == true)
        #expect(undecided.first?.severity == .info)
        // Without --show-undecided they are counted, not listed.
        let quiet = Self.lint(Self.unknownCategories, showUndecided: false)
        #expect(quiet.diagnostics.filter(\.isUndecided).isEmpty)
        #expect(quiet.undecided.count == outcome.undecided.count)
    }

    @Test func ordinaryLookingPropertiesThroughAnyAreRead() {
        let outcome = Self.lint(Self.account + """
            resource kv 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
              parent: account
              name: 'keyvault'
              properties: any({ category: 'AzureKeyVault', target: 'https://kv.vault.azure.net', authType: 'ApiKey' })
            }

            resource search 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
              parent: account
              name: 'search'
              properties: any({ category: 'CognitiveSearch', target: 'https://s.search.windows.net', authType: 'AAD' })
            }
            """)
        #expect(Self.core(outcome).map(\.code) == [.rule(.keyvaultFirst)])
    }

    @Test func grantWithUnknownRoleIsUndecidedNotMissing() {
        let outcome = Self.lint(Self.account + """
            param roleId string

            resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
              name: 'kv-undecided'
              location: 'westeurope'
              properties: { tenantId: subscription().tenantId, sku: { family: 'A', name: 'standard' }, enableRbacAuthorization: true }
            }

            resource grant 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
              name: guid(vault.id, account.id, roleId)
              scope: vault
              properties: { roleDefinitionId: roleId, principalId: account.identity.principalId, principalType: 'ServicePrincipal' }
            }

            resource kv 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
              parent: account
              name: 'keyvault'
              properties: { category: 'AzureKeyVault', target: vault.id, authType: 'AccountManagedIdentity' }
              dependsOn: [grant]
            }
            """)
        #expect(Self.core(outcome).isEmpty)
        let undecided = outcome.undecided.filter { $0.code == .rule(.roleAssignmentDependsOn) }
        #expect(undecided.count == 1)
        #expect(undecided.first?.message.contains("the role cannot be read") == true)
    }

    @Test func grantWithAKnownOtherRoleIsMissing() {
        let outcome = Self.lint(Self.account + """
            resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
              name: 'kv-undecided'
              location: 'westeurope'
              properties: { tenantId: subscription().tenantId, sku: { family: 'A', name: 'standard' }, enableRbacAuthorization: true }
            }

            resource grant 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
              name: guid(vault.id, account.id, 'reader')
              scope: vault
              properties: {
                roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
                principalId: account.identity.principalId
                principalType: 'ServicePrincipal'
              }
            }

            resource kv 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
              parent: account
              name: 'keyvault'
              properties: { category: 'AzureKeyVault', target: vault.id, authType: 'AccountManagedIdentity' }
              dependsOn: [grant]
            }
            """)
        #expect(Self.core(outcome).map(\.code) == [.rule(.roleAssignmentDependsOn)])
        #expect(outcome.undecided.isEmpty)
    }
}
