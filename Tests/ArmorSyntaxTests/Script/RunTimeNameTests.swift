import Testing
@testable import ArmorBase
@testable import ArmorSyntax

/// Names and resource ids that a script computes partly at run time keep their known runs.
@Suite struct RunTimeNameTests {
    @Test func patternMatchesKnownRunsAroundGaps() {
        let prefix = NamePattern(parts: ["kv-fabrikam-", nil])
        #expect(prefix.matches("kv-fabrikam-dev") && prefix.matches("KV-Fabrikam-"))
        #expect(!prefix.matches("kv-logs-fabrikam-dev"))
        let infix = NamePattern(parts: [nil, "-fabrikam-", nil])
        #expect(infix.matches("kv-fabrikam-dev") && infix.matches("kv-logs-fabrikam-dev"))
        #expect(!infix.matches("kv-fabrikamdev"))
        let suffix = NamePattern(parts: ["foundry-", nil, "-dev"])
        #expect(suffix.matches("foundry-fabrikam-dev") && suffix.matches("foundry--dev"))
        #expect(!suffix.matches("foundry-fabrikam-prod") && !suffix.matches("foundry-dev"))
    }

    @Test func shellNamesKeepTheirKnownRuns() {
        let script = """
        az keyvault delete -n "kv-fabrikam-${STAGE}"
        az resource delete --ids "$(az group show -n rg --query id -o tsv)/providers/Microsoft.CognitiveServices/accounts/foundry-$STAGE/connections/kv"
        az keyvault delete -n "$VAULT"
        az keyvault delete -n kv-app
        """
        let c = scanScript(script, .shell).commands
        #expect(c.count == 4)
        #expect(c[0].name == .unknown && c[0].namePattern == NamePattern(parts: ["kv-fabrikam-", nil]))
        #expect(c[1].kind == .connection && c[1].name == .known("kv"))
        #expect(c[1].parentNames == [.unknown] && c[1].parentPatterns == [NamePattern(parts: ["foundry-", nil])])
        #expect(c[1].resourceGroup == .known("rg"))   // `az group show` prints the group's id
        #expect(c[2].namePattern == nil && c[3].namePattern == nil)
    }

    @Test func powerShellFormatOperatorBuildsIds() {
        let script = """
        $sub = (Get-AzContext).Subscription.Id
        $id = '/subscriptions/{0}/resourceGroups/{1}/providers/Microsoft.KeyVault/vaults/{2}' -f $sub, 'rg', "kv-$env:STAGE"
        Remove-AzResource -ResourceId $id -Force
        $odd = 'srch-{0:D2}' -f 1
        Remove-AzResource -ResourceId "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Search/searchServices/$odd" -Force
        """
        let c = scanScript(script, .powerShell).commands
        #expect(c.count == 2)
        #expect(c[0].kind == .keyVault && c[0].resourceType == "Microsoft.KeyVault/vaults")
        #expect(c[0].name == .unknown && c[0].namePattern == NamePattern(parts: ["kv-", nil]))
        #expect(c[0].resourceGroup == .known("rg"))
        // `{0:D2}` and an index past the arguments are unknown; `{{` is a brace.
        #expect(c[1].name == .unknown && c[1].namePattern == NamePattern(parts: ["srch-", nil]))
        #expect(ScanState.format(ScriptText("a{{b}}{0}"), [ScriptText("x")]) == ScriptText("a{b}x"))
        #expect(ScanState.format(ScriptText("a-{1}"), [ScriptText("x")]).value == nil)
    }

    @Test func powerShellConcatenationBuildsIds() {
        let script = """
        $sub = (Get-AzContext).Subscription.Id
        $accountId = "/subscriptions/" + $sub + '/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/' + 'acct'
        Remove-AzResource -ResourceId $accountId -Force
        $n = $count + 1
        Remove-AzResource -ResourceId "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Search/searchServices/srch$n" -Force
        """
        let c = scanScript(script, .powerShell).commands
        #expect(c.count == 2)
        #expect(c[0].kind == .account && c[0].name == .known("acct"))
        // A number or variable on the left adds, it does not join text: unknown.
        #expect(c[1].name == .unknown && c[1].namePattern == NamePattern(parts: ["srch", nil]))
    }

    @Test func idsLookedUpWithAzShow() {
        let script = """
        RG=rg-app
        ACCOUNT_ID=$(az cognitiveservices account show -n acct -g "$RG" --query id -o tsv)
        az resource delete --ids "$ACCOUNT_ID/connections/kv"
        az resource delete --ids "$(az keyvault show --name "kv-$STAGE" --query id -o tsv)"
        az resource delete --ids "$(az keyvault show --name kv-app --query properties.vaultUri -o tsv)"
        az resource delete --ids "$(az group show -n rg-app --query id -o tsv)/providers/Microsoft.Search/searchServices/srch"
        az resource delete --ids "$(az keyvault secret show --vault-name kv-app -n s --query id -o tsv)"
        az resource delete --ids "$((1 + 2))"
        """
        let c = scanScript(script, .shell).commands
        #expect(c.count == 6)
        #expect(c[0].kind == .connection && c[0].name == .known("kv") && c[0].parentNames == [.known("acct")])
        #expect(c[0].resourceGroup == .known("rg-app"))
        #expect(c[1].kind == .keyVault && c[1].namePattern == NamePattern(parts: ["kv-", nil]))
        // Not an id (another query), not a resource the table names, arithmetic: unknown.
        #expect(c[2].resourceType == nil && c[2].name == .unknown)
        #expect(c[3].resourceType == "Microsoft.Search/searchServices" && c[3].name == .known("srch"))
        #expect(c[4].resourceType == nil && c[5].resourceType == nil)
    }

    @Test func shellDefaultsStandForUnsetVariables() {
        let script = """
        : "${RG:=rg-app}"
        SET=kv-set
        az keyvault delete -g "$RG" -n "${VAULT:-kv-default}"
        az keyvault delete -n "${SET:-kv-default}"
        az keyvault delete -n "${VAULT:-$OTHER}"
        EMPTY=""
        az keyvault delete -n "${EMPTY:-kv-empty}"
        NAME=$(cat name.txt)
        az keyvault delete -n "${NAME:-kv-default}"
        """
        let c = scanScript(script, .shell).commands
        #expect(c.map(\.name) == [.known("kv-default"), .known("kv-set"), .unknown, .known("kv-empty"), .unknown])
        #expect(c[0].resourceGroup == .known("rg-app"))
    }

    @Test func powerShellParameterDefaults() {
        let script = """
        [CmdletBinding()]
        param(
            [Parameter(Mandatory = $false)]
            [string] $ResourceGroup = 'rg-app',
            [string]$VaultName = "kv-app",
            [Parameter(Mandatory)] [string] $AccountName
        )
        function Remove-One { param([string] $VaultName = 'kv-inner') }
        Remove-AzKeyVault -ResourceGroupName $ResourceGroup -VaultName $VaultName -Force
        Remove-AzCognitiveServicesAccount -ResourceGroupName $ResourceGroup -Name $AccountName -Force
        """
        let c = scanScript(script, .powerShell).commands
        #expect(c.count == 2)
        #expect(c[0].name == .known("kv-app") && c[0].resourceGroup == .known("rg-app"))
        #expect(c[1].name == .unknown)
    }

    @Test func pipedLookupsNameWhatTheyFeed() {
        let script = """
        Get-AzKeyVault -VaultName 'kv-app' -ResourceGroupName rg | Remove-AzKeyVault -Force
        Get-AzResource -ResourceGroupName rg -ResourceType Microsoft.Search/searchServices -Name srch | Remove-AzResource -Force
        Get-AzResource -ResourceGroupName rg | Remove-AzResource -Force
        Get-AzKeyVault -VaultName 'kv-app' | Remove-AzKeyVault -VaultName 'kv-other' -Force
        Get-AzKeyVault -VaultName 'kv-app' | Where-Object { $_.Location -eq 'eastus' } | Remove-AzKeyVault -Force
        """
        let c = scanScript(script, .powerShell).commands
        #expect(c.count == 5)
        #expect(c[0].kind == .keyVault && c[0].name == .known("kv-app") && c[0].line == 1 && !c[0].hasOpaqueArguments)
        #expect(c[1].resourceType == "Microsoft.Search/searchServices" && c[1].name == .known("srch"))
        // The whole group's resources, a remove naming its own target, a filter in between.
        #expect(c[2].hasOpaqueArguments && c[2].name == .unknown)
        #expect(c[3].name == .known("kv-other"))
        #expect(c[4].hasOpaqueArguments && c[4].name == .unknown)
    }
}
