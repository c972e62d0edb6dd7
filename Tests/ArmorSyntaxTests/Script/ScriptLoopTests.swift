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

    /// Loops that never close (a truncated script, fuzz input): the deletes after them are still
    /// found, and finding each loop's `done` no longer scans to the end from every header (20,000
    /// such lines took 19 s).
    @Test func unclosedShellLoopsScanInOnePass() {
        let unclosed = String(repeating: "for x in a b; do\n", count: 20_000) + "az keyvault delete -n kv\n"
        #expect(scanScript(unclosed).commands.map(\.name) == [.known("kv")])
        let stray = """
        done
        for x in a b; do az keyvault delete -n "kv-$x"; done; done
        for y in c; do
          do
          az keyvault delete -n "kv-$y"
        done
        """
        // A `done` before any loop, one too many, and an unbalanced `do` leave their loops
        // un-unrolled, as the scan ahead did.
        #expect(scanScript(stray).commands.map(\.name) == [.known("kv-a"), .known("kv-b"), .unknown])
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
