import Testing
@testable import ArmorSyntax

/// Loops over known lists run once per element, in order; any other loop leaves its variable
/// unknown.
@Suite struct ScriptLoopTests {
    @Test func shellLoopsOverKnownWords() {
        let script = """
        CONNS="search storage"
        for conn in $CONNS keyvault; do
          az cognitiveservices account connection delete -n acct --connection-name "$conn"
        done
        for outer in a b; do for inner in x; do az keyvault delete -n "kv-$outer-$inner"; done; done
        for x in $(az keyvault list --query [].name -o tsv); do az keyvault delete -n "$x"; done
        az keyvault delete -n "$conn"
        """
        let c = scanScript(script).commands
        #expect(c.map(\.name) == [.known("search"), .known("storage"), .known("keyvault"),
                                  .known("kv-a-x"), .known("kv-b-x"), .unknown, .unknown])
        #expect(c[0].line == 3 && c[2].line == 3 && c[5].line == 6)
    }

    @Test func powerShellForeachOverKnownStrings() {
        let script = """
        $rg = 'rg'
        foreach ($conn in @('search', "storage")) {
            Remove-AzResource -ResourceGroupName $rg -ResourceType 'Microsoft.CognitiveServices/accounts/connections' -ResourceName "acct/$conn" -Force
        }
        foreach ($v in 'kv-1', 'kv-2')
        {
            Remove-AzKeyVault -VaultName $v -Force
        }
        foreach ($x in $list) { Remove-AzKeyVault -VaultName $x -Force }
        Remove-AzKeyVault -VaultName $v -Force
        """
        let c = scanScript(script, .powerShell).commands
        #expect(c.map(\.name) == [.known("search"), .known("storage"), .known("kv-1"), .known("kv-2"), .unknown, .unknown])
        #expect(c[0].parentNames == [.known("acct")] && c[3].line == 7)
    }
}
