import Testing
@testable import ArmorBase
@testable import ArmorSyntax

@Suite struct PowerShellScriptTests {
    @Test func removeCognitiveServicesAccountNamedAndPositional() {
        let script = """
        Remove-AzCognitiveServicesAccount -ResourceGroupName rg -Name acct -Force
        remove-azcognitiveservicesaccount rg acct2
        Remove-AzCognitiveServicesAccount -ResourceGroup rg -N acct3
        Remove-AzCognitiveServicesAccount -ResourceGroupName rg -Name gone -Location eastus -InRemovedState
        """
        let c = scanScript(script, .powerShell).commands
        #expect(c.count == 3)
        #expect(c.map(\.kind) == [.account, .account, .account])
        #expect(c.map(\.name) == [.known("acct"), .known("acct2"), .known("acct3")])
        #expect(c.allSatisfy { $0.resourceGroup == .known("rg") })
        #expect(c[0].command == "Remove-AzCognitiveServicesAccount")
    }

    @Test func removeKeyVaultResourceGroupAndPrivateEndpoint() {
        let script = """
        Remove-AzKeyVault -VaultName kv1 -ResourceGroupName rg -Force
        Remove-AzKeyVault -Name kv1 -Location eastus -InRemovedState -Force
        Remove-AzResourceGroup -Name rg -Force
        Remove-AzPrivateEndpoint -Name pe -ResourceGroupName rg -Force
        """
        let c = scanScript(script, .powerShell).commands
        #expect(c.map(\.kind) == [.keyVault, .keyVaultPurge, .resourceGroup, .privateEndpoint])
        #expect(c.map(\.name) == [.known("kv1"), .known("kv1"), .known("rg"), .known("pe")])
    }

    @Test func removeAzResourceForms() {
        let script = """
        Remove-AzResource -ResourceId "/subscriptions/s/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/acct/connections/kv" -Force
        Remove-AzResource -ResourceGroupName rg -ResourceName acct/search -ResourceType Microsoft.CognitiveServices/accounts/connections -Force
        Get-AzResource -ResourceGroupName rg | Remove-AzResource -Force
        """
        let c = scanScript(script, .powerShell).commands
        #expect(c.count == 3)
        #expect(c[0].kind == .connection && c[0].name == .known("kv") && c[0].parentNames == [.known("acct")])
        #expect(c[1].kind == .connection && c[1].name == .known("search") && c[1].parentNames == [.known("acct")])
        #expect(c[1].resourceGroup == .known("rg"))
        #expect(c[2].resourceType == nil && c[2].name == .unknown && c[2].hasOpaqueArguments)
    }

    @Test func invokeAzRestMethodDelete() {
        let script = """
        $sub = (Get-AzContext).Subscription.Id
        Invoke-AzRestMethod -Method DELETE -Path "/subscriptions/$sub/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/acct/connections/kv?api-version=2025-04-01-preview"
        Invoke-AzRestMethod -Method GET -Path "/subscriptions/$sub/resourceGroups/rg"
        """
        let c = scanScript(script, .powerShell).commands
        #expect(c.count == 1)
        #expect(c.first?.kind == .connection && c.first?.name == .known("kv") && c.first?.line == 2)
    }

    @Test func variablesQuotingAndContinuations() {
        let script = """
        $rg = 'my-rg'
        [string]$Account = "ai-$rg"
        $env:VAULT = 'kv-env'
        Remove-AzCognitiveServicesAccount `
            -ResourceGroupName $RG `
            -Name $account -Force
        Remove-AzKeyVault -VaultName "$($account)x" -Force
        Remove-AzKeyVault -VaultName $env:VAULT -Force
        Remove-AzKeyVault -VaultName 'it''s' -ResourceGroupName "a`"b"
        Remove-AzKeyVault -VaultName:kv9
        $count += 'x'
        """
        let c = scanScript(script, .powerShell).commands
        #expect(c.count == 5)
        #expect(c[0].name == .known("ai-my-rg") && c[0].resourceGroup == .known("my-rg") && c[0].line == 4)
        #expect(c[1].name == .unknown)
        #expect(c[2].name == .known("kv-env"))
        #expect(c[3].name == .known("it's") && c[3].resourceGroup == .known("a\"b"))
        #expect(c[4].name == .known("kv9"))
    }

    @Test func nonLiteralAssignmentsAreUnknown() {
        let script = """
        $a = 'x'
        $a += 'y'
        Remove-AzKeyVault -VaultName $a
        $b = Get-Name
        Remove-AzKeyVault -VaultName $b
        $c = 'lit'
        foreach ($c in $list) { Remove-AzKeyVault -VaultName $c }
        $d = $obj.Name
        Remove-AzKeyVault -VaultName $d
        """
        #expect(scanScript(script, .powerShell).commands.map(\.name) == [.unknown, .unknown, .unknown, .unknown])
    }

    @Test func blocksCommentsAndSplats() {
        let script = """
        <# Remove-AzKeyVault -VaultName commented #>
        # Remove-AzKeyVault -VaultName commented2
        if ($true) { Remove-AzKeyVault -VaultName a -Force } else { Remove-AzKeyVault -VaultName b }
        try { Remove-AzKeyVault -VaultName c; Remove-AzKeyVault -VaultName d } catch { }
        $params = @{ VaultName = 'e'; Force = $true }
        Remove-AzKeyVault @params
        & az keyvault delete --name f
        Remove-AzKeyVault -VaultName g *> $null
        """
        let c = scanScript(script, .powerShell).commands
        #expect(c.map(\.name) == [.known("a"), .known("b"), .known("c"), .known("d"), .unknown, .known("f"), .known("g")])
        #expect(c[4].hasOpaqueArguments)
        #expect(c[5].command == "az keyvault delete")
    }

    @Test func directivesInPowerShell() {
        let script = "# armor-disable-next-line reverse-order-deletion\nRemove-AzKeyVault -VaultName a\n<# armor-disable-next-line keyvault-first #>\n"
        let directives = scanScript(script, .powerShell).directives
        #expect(directives.map(\.line) == [1, 3])
        #expect(directives.map(\.rules) == [["reverse-order-deletion"], ["keyvault-first"]])
    }
}
