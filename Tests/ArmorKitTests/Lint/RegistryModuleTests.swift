import Testing
import ArmorBase
import ArmorAnalysis
import ArmorTestSupport
@testable import ArmorKit

/// Restored registry modules are read from a fake Bicep module cache and take part in the rules
/// like local modules; unrestored ones stay opaque with one info finding.
struct RegistryModuleTests {
    /// A compiled module (as `bicep restore` caches it) that adds a search connection to an account.
    static let connectionsModule = """
    {
      "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
      "contentVersion": "1.0.0.0",
      "parameters": { "accountName": { "type": "string" } },
      "resources": [
        {
          "type": "Microsoft.CognitiveServices/accounts/connections",
          "apiVersion": "2025-04-01-preview",
          "name": "[format('{0}/{1}', parameters('accountName'), 'search')]",
          "properties": { "category": "CognitiveSearch", "target": "https://x.search.windows.net", "authType": "AAD" }
        }
      ]
    }
    """
    static let cachedPath = ".bicep/br/mcr.microsoft.com/bicep$avm$ptn$test$conns/1.0.0$/main.json"

    static func template(module reference: String, dependsOn: String = "") -> String {
        """
        resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
          name: 'kv-foundry-demo'
          location: 'westeurope'
          properties: { tenantId: subscription().tenantId, sku: { family: 'A', name: 'standard' } }
        }
        resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
          name: 'foundry-demo'
          location: 'westeurope'
          kind: 'AIServices'
          sku: { name: 'S0' }
          identity: { type: 'SystemAssigned' }
          properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
        }
        resource kvConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
          parent: account
          name: 'keyvault'
          properties: {
            category: 'AzureKeyVault'
            target: vault.id
            authType: 'AccountManagedIdentity'
            metadata: { ApiType: 'Azure', ResourceId: vault.id, location: 'westeurope' }
          }
        }
        module conns '\(reference)' = {
          name: 'conns'
          \(dependsOn)
          params: { accountName: account.name }
        }
        """
    }

    /// Lints `main.bicep` written under `folder` with HOME at the temp dir.
    static func lint(_ dir: TempDirectory, _ text: String, folder: String = "app", registry: Bool = true) -> Linter.Outcome {
        let path = dir.write(folder + "/main.bicep", text)
        var options = Linter.Options()
        options.registry = registry ? ModuleRegistry(home: dir.path) : nil
        return Linter(options: options).lint([SourceFile(path: path, bytes: Array(text.utf8))])
    }

    static func codes(_ outcome: Linter.Outcome) -> [String] {
        outcome.diagnostics.map(\.code.id)
    }

    @Test func restoredModuleConnectionsAreOrderedAfterTheKeyVaultConnection() {
        let dir = TempDirectory()
        defer { dir.remove() }
        dir.write(Self.cachedPath, Self.connectionsModule)
        let reference = "br/public:avm/ptn/test/conns:1.0.0"
        let unordered = Self.lint(dir, Self.template(module: reference))
        let finding = unordered.diagnostics.first { $0.code == .rule(.keyvaultFirst) }
        #expect(finding?.message.contains("module 'conns' deploys connection") == true)
        #expect(!Self.codes(unordered).contains(SyntaxCode.moduleNotRestored.rawValue))
        let ordered = Self.lint(dir, Self.template(module: reference, dependsOn: "dependsOn: [kvConnection]"))
        #expect(!Self.codes(ordered).contains(RuleID.keyvaultFirst.rawValue))
        // The same compiled file as a local module gives the same verdicts.
        dir.write("app/conns.json", Self.connectionsModule)
        let local = Self.lint(dir, Self.template(module: "conns.json"))
        #expect(Self.codes(local) == Self.codes(unordered))
    }

    @Test func unrestoredModuleIsOneInfoFindingAndNoGuess() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let outcome = Self.lint(dir, Self.template(module: "br/public:avm/ptn/test/conns:1.0.0"))
        let notRestored = outcome.diagnostics.filter { $0.code == .syntax(.moduleNotRestored) }
        #expect(notRestored.count == 1)
        #expect(notRestored.first?.severity == .info)
        #expect(notRestored.first?.message == "'br/public:avm/ptn/test/conns:1.0.0' is not restored: run `bicep restore main.bicep` to let armor see inside")
        #expect(!Self.codes(outcome).contains(RuleID.keyvaultFirst.rawValue))
    }

    @Test func aliasFromABicepconfigInAParentFolder() {
        let dir = TempDirectory()
        defer { dir.remove() }
        dir.write("bicepconfig.json", """
        { "moduleAliases": { "br": { "contoso": { "registry": "Contoso.azurecr.io", "modulePath": "shared" } } } }
        """)
        dir.write(".bicep/br/contoso.azurecr.io/shared$conns/V1$1/main.json", Self.connectionsModule)
        let outcome = Self.lint(dir, Self.template(module: "br/contoso:conns:V1"), folder: "infra/app")
        #expect(Self.codes(outcome).contains(RuleID.keyvaultFirst.rawValue))
        #expect(!Self.codes(outcome).contains(SyntaxCode.moduleNotRestored.rawValue))
    }

    @Test func noRegistryKeepsModulesOpaqueAndQuiet() {
        let dir = TempDirectory()
        defer { dir.remove() }
        dir.write(Self.cachedPath, Self.connectionsModule)
        let outcome = Self.lint(dir, Self.template(module: "br/public:avm/ptn/test/conns:1.0.0"), registry: false)
        #expect(!Self.codes(outcome).contains(RuleID.keyvaultFirst.rawValue))
        #expect(!Self.codes(outcome).contains(SyntaxCode.moduleNotRestored.rawValue))
    }

    @Test func armorJSONSetsTheCacheRootAndTheCLIFlagTurnsItOff() {
        let dir = TempDirectory()
        defer { dir.remove() }
        dir.write("team-cache/br/mcr.microsoft.com/bicep$avm$ptn$test$conns/1.0.0$/main.json", Self.connectionsModule)
        dir.write("armor.json", #"{ "registryCache": "team-cache" }"#)
        let main = dir.write("app/main.bicep", Self.template(module: "br/public:avm/ptn/test/conns:1.0.0"))
        let home = ["HOME": dir.path + "/empty-home"]
        let on = LintCommand.run([main, "--format", "concise"], environment: home)
        #expect(on.stdout.contains("[keyvault-first] module 'conns'"))
        let off = LintCommand.run([main, "--format", "concise", "--no-registry"], environment: home)
        #expect(!off.stdout.contains("keyvault-first"))
        #expect(!off.stdout.contains("module-not-restored"))
    }

    static let vaultGrant = """
    resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
      name: 'foundry-demo'
      location: 'westeurope'
      kind: 'AIServices'
      sku: { name: 'S0' }
      identity: { type: 'SystemAssigned' }
      properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
    }
    module kv 'br/public:avm/res/key-vault/vault:0.11.0' = {
      name: 'kv'
      params: {
        name: 'kv-foundry-demo'
        roleAssignments: [
          { principalId: account.identity.principalId, roleDefinitionIdOrName: 'Key Vault Secrets Officer', principalType: 'ServicePrincipal' }
        ]
      }
    }
    resource kvConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
      parent: account
      name: 'keyvault'
      properties: { category: 'AzureKeyVault', target: kv.outputs.resourceId, authType: 'AccountManagedIdentity' }
    }
    """

    /// The real AVM Key Vault module grants roles from its `roleAssignments` parameter: armor sees
    /// that grant (no "no role assignment" finding); unrestored, the rule does not guess either.
    @Test func grantInsideTheRegistryKeyVaultModuleIsNotMissing() throws {
        let compiled = PackageRoot.read("../shared/corpus/avm-res/avm/res/key-vault/vault/main.json")
        try #require(compiled != nil, "../shared/corpus/avm-res is absent: the compiled AVM Key Vault module is needed")
        let dir = TempDirectory()
        defer { dir.remove() }
        let unrestored = Self.lint(dir, Self.vaultGrant)
        #expect(!unrestored.diagnostics.contains { $0.code == .rule(.roleAssignmentDependsOn) })
        #expect(unrestored.undecided.contains { $0.message.contains("cannot see inside registry module 'kv'") })
        dir.write(".bicep/br/mcr.microsoft.com/bicep$avm$res$key-vault$vault/0.11.0$/main.json", compiled ?? "")
        let restored = Self.lint(dir, Self.vaultGrant)
        // The grant inside the module is followed element by element (copy loop, copy variable,
        // union, the module's array parameter) to `account.identity.principalId`: satisfied.
        #expect(!restored.diagnostics.contains { $0.code == .rule(.roleAssignmentDependsOn) })
        #expect(!restored.undecided.contains { $0.code == .rule(.roleAssignmentDependsOn) })
        // The same grant with a role that cannot read secrets, or to another principal, grants nothing.
        for (written, replacement) in [("'Key Vault Secrets Officer'", "'Reader'"),
                                       ("account.identity.principalId", "'00000000-0000-0000-0000-000000000000'")] {
            let other = Self.lint(dir, Self.vaultGrant.replacingOccurrences(of: written, with: replacement))
            #expect(other.diagnostics.contains { $0.code == .rule(.roleAssignmentDependsOn) }, "\(replacement)")
        }
    }
}
