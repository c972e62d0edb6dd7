import Testing
@testable import ArmorBase
@testable import ArmorSyntax

@Suite struct AzureCLIScriptTests {
    static let conn = "Microsoft.CognitiveServices/accounts/connections"

    @Test func accountConnectionDelete() throws {
        let text = "az cognitiveservices account connection delete --name acct -g rg --connection-name kvconn --yes\n"
        let c = try #require(onlyCommand(text))
        #expect(c.kind == .connection)
        #expect(c.resourceType == Self.conn)
        #expect(c.name == .known("kvconn"))
        #expect(c.parentNames == [.known("acct")])
        #expect(c.accountName == .known("acct"))
        #expect(c.resourceGroup == .known("rg"))
        #expect(c.command == "az cognitiveservices account connection delete")
        #expect(c.line == 1)
        #expect(c.span == Span(0, text.utf8.count - 1))
        #expect(!c.hasOpaqueArguments)
    }

    @Test func projectConnectionProjectAndAccountDeletes() throws {
        let script = """
        az cognitiveservices account project connection delete -n acct --project-name proj --connection-name c1 -g rg
        az cognitiveservices account project delete --name acct --project-name proj -g rg
        az cognitiveservices account delete --name acct --resource-group rg
        az cognitiveservices account deployment delete -n acct --deployment-name gpt -g rg
        """
        let commands = scanScript(script).commands
        #expect(commands.map(\.kind) == [.connection, .project, .account, .resource])
        #expect(commands[0].resourceType == "Microsoft.CognitiveServices/accounts/projects/connections")
        #expect(commands[0].parentNames == [.known("acct"), .known("proj")])
        #expect(commands[1].name == .known("proj"))
        #expect(commands[1].accountName == .known("acct"))
        #expect(commands[2].name == .known("acct"))
        #expect(commands[3].resourceType == "Microsoft.CognitiveServices/accounts/deployments")
        #expect(commands.map(\.line) == [1, 2, 3, 4])
    }

    @Test func otherDeletes() {
        let script = """
        az keyvault delete --name kv1 -g rg
        az keyvault purge -n kv1
        az network private-endpoint delete -n pe1 -g rg
        az group delete --name rg --yes --no-wait
        az group delete -g rg2 -y
        az ml connection delete --name c --workspace-name hub -g rg
        az network vnet subnet delete --vnet-name vnet -n snet -g rg
        """
        let commands = scanScript(script).commands
        #expect(commands.map(\.kind) == [.keyVault, .keyVaultPurge, .privateEndpoint, .resourceGroup, .resourceGroup,
                                         .connection, .resource])
        #expect(commands[0].resourceType == "Microsoft.KeyVault/vaults")
        #expect(commands[3].name == .known("rg") && commands[3].resourceGroup == .known("rg"))
        #expect(commands[4].name == .known("rg2"))
        #expect(commands[5].parentNames == [.known("hub")])
        #expect(commands[6].parentNames == [.known("vnet")])
    }

    @Test func nonDeleteCommandsAreIgnored() {
        let script = """
        az cognitiveservices account show --name acct -g rg
        az keyvault list
        echo az keyvault delete --name kv
        az rest --method get --url https://management.azure.com/subscriptions/s/resourceGroups/g/providers/Microsoft.CognitiveServices/accounts/a/connections/c
        az rest --url https://management.azure.com/x
        """
        #expect(scanScript(script).commands.isEmpty)
    }

    @Test func resourceDeleteByIds() {
        let script = "az resource delete --ids /subscriptions/s/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/acct/connections/kv /subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/v1"
        let commands = scanScript(script).commands
        #expect(commands.count == 2)
        #expect(commands[0].kind == .connection)
        #expect(commands[0].resourceType == Self.conn)
        #expect(commands[0].name == .known("kv"))
        #expect(commands[0].parentNames == [.known("acct")])
        #expect(commands[0].resourceGroup == .known("rg"))
        #expect(commands[1].kind == .keyVault)
        #expect(commands[1].name == .known("v1"))
    }

    @Test func resourceDeleteByTypeNameParentNamespace() {
        let script = """
        az resource delete -g rg -n acct/kv --resource-type Microsoft.CognitiveServices/accounts/connections
        az resource delete -g rg --namespace Microsoft.CognitiveServices --parent accounts/acct --resource-type connections --name kv
        az resource delete -g rg --namespace Microsoft.KeyVault --resource-type vaults -n v1
        az resource delete -g rg -n thing
        az resource delete -g rg -n onlyone --resource-type Microsoft.CognitiveServices/accounts/connections
        """
        let c = scanScript(script).commands
        #expect(c.count == 5)
        #expect(c[0].resourceType == Self.conn && c[0].name == .known("kv") && c[0].parentNames == [.known("acct")])
        #expect(c[1].resourceType == Self.conn && c[1].name == .known("kv") && c[1].parentNames == [.known("acct")])
        #expect(c[2].kind == .keyVault && c[2].name == .known("v1"))
        #expect(c[3].kind == .resource && c[3].resourceType == nil && c[3].name == .known("thing"))
        // A name that does not fit the type's depth is not guessed.
        #expect(c[4].resourceType == Self.conn && c[4].name == .unknown && c[4].parentNames == [.unknown])
    }

    @Test func restDeleteOfAConnection() throws {
        let script = """
        SUB=$(az account show --query id -o tsv)
        az rest --method DELETE --url "https://management.azure.com/subscriptions/$SUB/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/acct/projects/p/connections/kv?api-version=2025-04-01-preview"
        az rest -m delete -u "/subscriptions/$SUB/resourceGroups/rg2?api-version=2021-04-01"
        """
        let c = scanScript(script).commands
        #expect(c.count == 2)
        #expect(c[0].kind == .connection)
        #expect(c[0].resourceType == "Microsoft.CognitiveServices/accounts/projects/connections")
        #expect(c[0].name == .known("kv"))
        #expect(c[0].parentNames == [.known("acct"), .known("p")])
        #expect(c[0].resourceGroup == .known("rg"))
        #expect(c[0].line == 2)
        #expect(c[1].kind == .resourceGroup && c[1].name == .known("rg2"))
    }

    @Test func optionEqualsForm() throws {
        let c = try #require(onlyCommand("az keyvault delete --name=kv1 --resource-group=rg"))
        #expect(c.name == .known("kv1") && c.resourceGroup == .known("rg"))
        let v = try #require(onlyCommand("KV=abc\naz keyvault delete --name=\"$KV-x\""))
        #expect(v.name == .known("abc-x"))
    }

    @Test func unknownOptionNamesAndSplittingWordsAreOpaque() throws {
        let c = try #require(onlyCommand("az keyvault delete $ARGS"))
        #expect(c.hasOpaqueArguments && c.name == .unknown)
        let d = try #require(onlyCommand("az keyvault delete --name kv $EXTRA"))
        #expect(d.hasOpaqueArguments)
        #expect(d.name == .known("kv"))
        let e = try #require(onlyCommand("az keyvault delete --name $NAME"))
        #expect(!e.hasOpaqueArguments && e.name == .unknown)
    }
}
