import Testing
@testable import ArmorAnalysis
@testable import ArmorKit
import ArmorTestSupport

/// Waves and the teardown order of the samples, with the reasons for non-obvious steps.
@Suite struct PlanOrderTests {
    private func symbols(_ entries: [PlanEntry]) -> [String] { entries.map(\.symbol) }

    @Test func wavesFollowDependencies() throws {
        let report = PlanFixtures.report(try PlanFixtures.load(PackageRoot.file("Samples/teardown/main.bicep")))
        #expect(report.waves.map(symbols) == [["vault", "account"], ["kvGrant", "kvConnection"], ["searchConnection"]])
    }

    @Test func teardownReversesCreationWithFoundryRules() throws {
        let report = PlanFixtures.report(try PlanFixtures.load(PackageRoot.file("Samples/foundry-keyvault-correct/main.bicep")))
        let order = symbols(report.teardown.map(\.entry))
        func position(_ symbol: String) -> Int { order.firstIndex(of: symbol) ?? -1 }
        #expect(order.count == 9)
        // Ordinary connections, the Key Vault connection, its grant and the project, the account, the vault.
        #expect(position("searchConnection") < position("kvConnection"))
        #expect(position("storageConnection") < position("kvConnection"))
        #expect(position("kvConnection") < position("project"))
        #expect(position("kvConnection") < position("kvGrant"))
        #expect(position("project") < position("account"))
        #expect(position("account") < position("vault"))
        #expect(order.last == "vault")
        let vault = try #require(report.teardown.last)
        #expect(vault.reasons == ["after account 'account': its Key Vault connection 'kvConnection' stores secrets here, and deleting the vault first breaks the account"])
        // The connections wait for the Key Vault connection in the template: no reason to print.
        #expect(report.teardown[position("kvConnection")].reasons.isEmpty)
        #expect(report.teardown[position("searchConnection")].reasons.isEmpty)
    }

    @Test func ordinaryConnectionsGoBeforeASecondKeyVaultConnection() throws {
        let path = PackageRoot.file("Tests/ArmorKitTests/Scenarios/Fixtures/bicep-two-keyvault-connections-project/main.bicep")
        let order = symbols(PlanFixtures.report(try PlanFixtures.load(path)).teardown.map(\.entry))
        func position(_ symbol: String) -> Int { order.firstIndex(of: symbol) ?? -1 }
        // The project-level Key Vault connection declared before the storage connection still goes after it.
        #expect(position("storageConnection") >= 0 && position("storageConnection") < position("projectKv"))
        #expect(position("storageConnection") < position("kvConnection"))
    }

    @Test func modulesSampleOrdersAcrossModules() throws {
        let report = PlanFixtures.report(try PlanFixtures.load(PackageRoot.file("Samples/modules/main.bicep")))
        let steps = report.teardown
        #expect(symbols(steps.map(\.entry)) == ["searchConnection", "storageConnection", "kvConnection", "kvGrant", "account", "vault"])
        // The connections module does not wait for the Key Vault connection: the order is armor's.
        #expect(steps[2].reasons == ["after the other connections of account 'account' ('searchConnection', 'storageConnection'): their secrets live in the vault this connection points at, so it goes last"])
        // The Key Vault connection module names the vault `existing`; the deployed one goes last.
        #expect(steps[5].entry.modules == ["foundry"])
        #expect(steps[5].reasons.count == 1)
        #expect(steps[0].entry.modules == ["connections"])
        #expect(steps[0].entry.path.hasSuffix("Samples/modules/modules/connections.bicep") && steps[0].entry.line == 20)
    }

    @Test func parametersFileSuppliesNames() throws {
        let context = try PlanFixtures.load(PackageRoot.file("Samples/arm-json/azuredeploy.json"),
                                            parameters: PackageRoot.file("Samples/arm-json/azuredeploy.parameters.json"))
        let report = PlanFixtures.report(context)
        #expect(symbols(report.teardown.map(\.entry)).first == "foundry-northwind-prod/search")
        // The `.bicepparam` beside a Bicep template is used as `armor lint` does.
        let bicep = PlanFixtures.script(try PlanFixtures.load(PackageRoot.file("Samples/foundry-keyvault-correct/main.bicep")), .shell)
        #expect(bicep.contains("/accounts/foundry-contoso-prod/connections/search\""))
    }

    @Test func markersForConditionsLoopsAndScopes() throws {
        let (context, dir) = try PlanFixtures.bicep(PlanTemplates.loops)
        defer { dir.remove() }
        let entries = PlanFixtures.report(context).waves.flatMap { $0 }
        let bySymbol = Dictionary(uniqueKeysWithValues: entries.map { ($0.symbol, $0) })
        #expect(bySymbol["listed"]?.loop == .known(2))
        #expect(bySymbol["others"]?.loop == .unknown)
        #expect(bySymbol["model"]?.conditional == true)
        #expect(bySymbol["account"]?.markers == [])
        #expect(bySymbol["listed"]?.markers == ["[loop ×2]"])
        #expect(bySymbol["model"]?.markers == ["[if]"])
    }

    @Test func otherScopesAreMarked() throws {
        let (context, dir) = try PlanFixtures.bicep(PlanTemplates.subscriptionScope, extra: ["inner.bicep": PlanTemplates.inner])
        defer { dir.remove() }
        let entries = PlanFixtures.report(context).teardown.map(\.entry)
        #expect(symbols(entries) == ["store", "group"])
        #expect(entries.allSatisfy { $0.otherScope != nil })
        #expect(entries.first?.otherScope == "resource group 'rg-app'")
        #expect(entries.last?.otherScope == "subscription scope")
    }
}
