import Testing
@testable import ArmorSyntax

/// PowerShell variables holding a looked-up resource name what is deleted through them.
@Suite struct PowerShellLookupTests {
    @Test func heldLookupsFeedPipesInputObjectsAndIds() {
        let script = """
        $rg = 'rg'
        $kv = Get-AzKeyVault -VaultName 'kv-app' -ResourceGroupName $rg
        $account = Get-AzCognitiveServicesAccount -ResourceGroupName $rg -Name 'acct'
        $kv | Remove-AzKeyVault -Force
        Remove-AzKeyVault -InputObject $kv -Force
        Remove-AzResource -ResourceId $kv.ResourceId -Force
        Remove-AzResource -ResourceId $account.Id -Force
        Remove-AzResource -ResourceId $account.Endpoint -Force
        $kv = 'plain text'
        $kv | Remove-AzKeyVault -Force
        Remove-AzResource -ResourceId $kv.ResourceId -Force
        """
        let c = scanScript(script, .powerShell).commands
        #expect(c.count == 7)
        #expect(c[0].kind == .keyVault && c[0].name == .known("kv-app") && !c[0].hasOpaqueArguments)
        #expect(c[1].kind == .keyVault && c[1].name == .known("kv-app"))
        #expect(c[2].resourceType == "Microsoft.KeyVault/vaults" && c[2].name == .known("kv-app"))
        #expect(c[2].resourceGroup == .known("rg"))
        #expect(c[3].kind == .account && c[3].name == .known("acct"))
        // Another member, and the variable once it holds something else: unknown.
        #expect(c[4].resourceType == nil)
        #expect(c[5].name == .unknown && c[5].hasOpaqueArguments)
        #expect(c[6].resourceType == nil)
    }
}
