import Testing
@testable import ArmorSyntax
@testable import ArmorAnalysis
@testable import ArmorKit
import ArmorTestSupport

/// The teardown scripts: settings from the environment checked before anything is deleted,
/// placeholders for names armor cannot compute, loops, other scopes, children left to their
/// parent. The `az` ones are run under bash with a fake `az` that logs its arguments.
@Suite struct PlanScriptTests {
    private let prefix = "resource delete --ids /subscriptions/sub-1/resourceGroups/rg-1/providers/"

    @Test func azScriptDeletesInPlanOrder() throws {
        let context = try PlanFixtures.load(PackageRoot.file("Samples/teardown/main.bicep"))
        let run = try PlanFixtures.runBash(PlanFixtures.script(context, .shell),
                                           environment: ["SUBSCRIPTION_ID": "sub-1", "RESOURCE_GROUP": "rg-1"])
        #expect(run.status == 0, "\(run.stderr)")
        let api = " --api-version 2025-04-01-preview"
        #expect(run.azCalls == [
            prefix + "Microsoft.CognitiveServices/accounts/foundry-adventure-dev/connections/search" + api,
            prefix + "Microsoft.CognitiveServices/accounts/foundry-adventure-dev/connections/keyvault" + api,
            prefix + "Microsoft.CognitiveServices/accounts/foundry-adventure-dev" + api,
            prefix + "Microsoft.KeyVault/vaults/kv-foundry-adventure-dev --api-version 2023-07-01",
        ])
    }

    @Test func azScriptRefusesToRunWithoutSettings() throws {
        let script = PlanFixtures.script(try PlanFixtures.load(PackageRoot.file("Samples/teardown/main.bicep")), .shell)
        let bare = try PlanFixtures.runBash(script, environment: [:])
        #expect(bare.status != 0)
        #expect(bare.stderr.contains("set SUBSCRIPTION_ID to the id of the subscription"))
        #expect(bare.azCalls.isEmpty)
        let noGroup = try PlanFixtures.runBash(script, environment: ["SUBSCRIPTION_ID": "sub-1"])
        #expect(noGroup.stderr.contains("RESOURCE_GROUP") && noGroup.azCalls.isEmpty)
    }

    @Test func unknownNamesBecomePlaceholders() throws {
        let (context, dir) = try PlanFixtures.bicep(PlanTemplates.unknownNames)
        defer { dir.remove() }
        let script = PlanFixtures.script(context, .shell)
        #expect(script.contains(": \"${ACCOUNT_NAME:?set ACCOUNT_NAME to the value of parameter \\'accountName\\' in main.bicep}\""))
        #expect(script.contains(": \"${VAULT_NAME:?set VAULT_NAME to the value of variable \\'vaultName\\' in main.bicep (computed at deployment)}\""))
        let settings = ["SUBSCRIPTION_ID": "sub-1", "RESOURCE_GROUP": "rg-1"]
        let refused = try PlanFixtures.runBash(script, environment: settings)
        #expect(refused.status != 0 && refused.azCalls.isEmpty)
        #expect(refused.stderr.contains("set ACCOUNT_NAME to the value of parameter 'accountName' in main.bicep"))
        let run = try PlanFixtures.runBash(script, environment: settings.merging(["ACCOUNT_NAME": "acct-9", "VAULT_NAME": "kv-9"]) { $1 })
        #expect(run.status == 0, "\(run.stderr)")
        // The connections reuse the account's placeholder.
        #expect(run.azCalls.map { $0.split(separator: " ")[3] } == [
            "/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.CognitiveServices/accounts/acct-9/connections/search",
            "/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.CognitiveServices/accounts/acct-9/connections/keyvault",
            "/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.CognitiveServices/accounts/acct-9",
            "/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.KeyVault/vaults/kv-9",
        ])
        #expect(PlanFixtures.findings(script, .shell, context).isEmpty)
        let pwsh = PlanFixtures.script(context, .powerShell)
        #expect(pwsh.contains("$ACCOUNT_NAME = $env:ACCOUNT_NAME\nif (-not $ACCOUNT_NAME) { throw 'set ACCOUNT_NAME to the value of parameter ''accountName'' in main.bicep' }"))
        #expect(pwsh.contains("Remove-AzResource -ResourceId \"/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${RESOURCE_GROUP}/providers/Microsoft.CognitiveServices/accounts/${ACCOUNT_NAME}/connections/search\" -ApiVersion '2025-04-01-preview' -Force"))
        // Soft delete without purge protection: the note says how to free the name.
        #expect(script.contains("# Soft delete keeps the vault recoverable"))
    }

    @Test func loopsDeleteEachElement() throws {
        let (context, dir) = try PlanFixtures.bicep(PlanTemplates.loops)
        defer { dir.remove() }
        let script = PlanFixtures.script(context, .shell)
        // A list may be empty (the loop created nothing); only an unset one stops the script.
        #expect(script.contains(": \"${OTHERS_NAMES?set OTHERS_NAMES to the space-separated names of the resources that loop \\'others\\'"))
        // The model deployment's condition is unknown: its delete may fail without stopping the script.
        #expect(script.contains("/deployments/gpt\" --api-version '2024-10-01' || echo 'not deleted: it may not have been deployed (its condition)' >&2\n"))
        let empty = try PlanFixtures.runBash(script, environment: ["SUBSCRIPTION_ID": "s", "RESOURCE_GROUP": "g", "OTHERS_NAMES": ""])
        #expect(empty.status == 0 && empty.azCalls.count == 4, "\(empty.stderr)")
        let unset = try PlanFixtures.runBash(script, environment: ["SUBSCRIPTION_ID": "s", "RESOURCE_GROUP": "g"])
        #expect(unset.status != 0 && unset.azCalls.isEmpty)
        let run = try PlanFixtures.runBash(script, environment: ["SUBSCRIPTION_ID": "sub-1", "RESOURCE_GROUP": "rg-1",
                                                                  "OTHERS_NAMES": "x y"])
        #expect(run.status == 0, "\(run.stderr)")
        let ids = run.azCalls.map { String($0.split(separator: " ")[3].split(separator: "/").last ?? "") }
        // Known elements in reverse creation order; the unknown loop's names from the list.
        #expect(Set(ids.prefix(5)) == ["search", "blob", "x", "y", "gpt"])
        #expect(ids.firstIndex(of: "search") ?? 9 < ids.firstIndex(of: "blob") ?? -1)
        #expect(ids.last == "acct")
        let pwsh = PlanFixtures.script(context, .powerShell)
        #expect(pwsh.contains("foreach ($name in $OTHERS_NAMES.Split(' ', [System.StringSplitOptions]::RemoveEmptyEntries)) {"))
        #expect(pwsh.contains("if ($null -eq $OTHERS_NAMES) { throw"))
        #expect(pwsh.contains("-ApiVersion '2024-10-01' -Force -ErrorAction Continue\n"))
    }

    @Test func otherScopesAreCommentsOnly() throws {
        let (context, dir) = try PlanFixtures.bicep(PlanTemplates.subscriptionScope, extra: ["inner.bicep": PlanTemplates.inner])
        defer { dir.remove() }
        for dialect in [ScriptDialect.shell, .powerShell] {
            let script = PlanFixtures.script(context, dialect)
            #expect(!script.contains("az resource delete") && !script.contains("Remove-AzResource"))
            #expect(script.contains("#    resource group 'rg-app': not deleted by this script; remove it by hand if it should go"))
            #expect(script.contains("#    subscription scope: not deleted by this script"))
        }
        let run = try PlanFixtures.runBash(PlanFixtures.script(context, .shell),
                                           environment: ["SUBSCRIPTION_ID": "sub-1", "RESOURCE_GROUP": "rg-1"])
        #expect(run.status == 0 && run.azCalls.isEmpty)
    }

    @Test func childrenGoWithTheirParentWhenSafe() throws {
        let (context, dir) = try PlanFixtures.bicep(PlanTemplates.children)
        defer { dir.remove() }
        let script = PlanScript(PlanFixtures.report(context), context)
        var actions: [String: PlanScript.Action] = [:]
        for step in script.steps { actions[step.entry.symbol] = step.action }
        #expect(actions["container"] == .skip("deleted with its parent 'store' (step 6)"))
        #expect(actions["blobs"] == .skip("deleted with its parent 'store' (step 6)"))
        // The subnet uses the security group, which goes before the virtual network: explicit.
        #expect(actions["subnet"] == .delete([[.literal("vnet-app"), .literal("apps")]]))
        #expect(script.steps.map(\.entry.symbol) == ["container", "subnet", "blobs", "nsg", "vnet", "store"])
    }
}
