import Testing
@testable import ArmorBase
@testable import ArmorSyntax
import ArmorTestSupport

/// Bad bytes never crash the scanner, and whatever it reports stays inside the file.
@Suite struct ScriptScannerFuzzTests {
    static let shellSample = """
    #!/usr/bin/env bash
    set -euo pipefail
    # armor-disable-next-line reverse-order-deletion
    RG="${RG:-my-rg}"; ACCT=ai-acct
    export KV='kv-1'
    for c in search storage; do az cognitiveservices account connection delete --name "$ACCT" \\
      --connection-name "$c" -g $RG --yes; done
    az rest --method delete --url "https://management.azure.com/subscriptions/$(az account show --query id -o tsv)/resourceGroups/$RG/providers/Microsoft.CognitiveServices/accounts/$ACCT/connections/kv?api-version=x"
    az resource delete --ids $'/subscriptions/s/resourceGroups/g/providers/Microsoft.KeyVault/vaults/v' `echo x` > /dev/null 2>&1 &
    if [ -n "$KV" ]; then az keyvault delete --name=${KV} && az keyvault purge -n "$KV"; fi
    cat <<EOF
    az group delete -n rg
    EOF
    az keyvault delete --name after-heredoc
    """

    static let powerShellSample = """
    # armor-disable-next-line reverse-order-deletion
    <# block
       comment #>
    [string]$rg = 'my-rg'; $acct = "ai-$rg"
    $params = @{ Name = 'x'; Force = $true }
    foreach ($c in @('a', 'b')) { Remove-AzResource -ResourceId "/subscriptions/s/resourceGroups/$rg/providers/Microsoft.CognitiveServices/accounts/$acct/connections/$c" -Force }
    Remove-AzCognitiveServicesAccount `
      -ResourceGroupName $rg -Name:$acct -Force
    Invoke-AzRestMethod -Method DELETE -Path "/subscriptions/$($ctx.Subscription)/resourceGroups/rg?api-version=1"
    $here = @"
    Remove-AzKeyVault -VaultName inside
    "@
    Remove-AzKeyVault @params *> $null; & az keyvault delete --name "kv`n1"
    """

    static func checkBounds(_ script: TeardownScript, _ bytes: [UInt8]) {
        let lines = LineTable(bytes: bytes).lineCount
        for c in script.commands {
            #expect(Int(c.span.end) <= bytes.count && c.span.start <= c.span.end)
            #expect(c.line >= 1 && c.line <= lines)
        }
        for d in script.directives {
            #expect(Int(d.span.end) <= bytes.count && d.line >= 1 && d.line <= lines)
        }
    }

    @Test func samplesFindTheirCommands() {
        let sh = scanScript(Self.shellSample)
        // The literal loop runs twice. `--ids` takes both words: the literal id and the command
        // substitution (opaque).
        #expect(sh.commands.map(\.kind) == [.connection, .connection, .connection, .keyVault, .resource, .keyVault,
                                            .keyVaultPurge, .keyVault])
        #expect(sh.commands[4].hasOpaqueArguments)
        #expect(sh.directives.count == 1)
        let ps = scanScript(Self.powerShellSample, .powerShell)
        #expect(ps.commands.map(\.kind) == [.connection, .connection, .account, .resourceGroup, .keyVault, .keyVault])
        #expect(ps.directives.count == 1)
    }

    @Test(arguments: [ScriptDialect.shell, .powerShell])
    func everyTruncationOfTheSamples(_ dialect: ScriptDialect) {
        for sample in [Self.shellSample, Self.powerShellSample] {
            let bytes = Array(sample.utf8)
            for n in 0...bytes.count {
                let prefix = Array(bytes[0..<n])
                Self.checkBounds(TeardownScriptScanner.scan(bytes: prefix, dialect: dialect), prefix)
            }
        }
    }

    @Test(arguments: [ScriptDialect.shell, .powerShell])
    func randomBytes(_ dialect: ScriptDialect) {
        var rng = SplitMix(seed: dialect == .shell ? 11 : 12)
        let interesting = Array("az delete --name -n $ { } ( ) ' \" ` \\ \n \r # <# #> @ = ; | & > < -Name: Remove-AzKeyVault".utf8)
        for round in 0..<2_000 {
            let n = Int(rng.next() % 120)
            let bytes: [UInt8] = (0..<n).map { _ in
                round % 2 == 0 ? UInt8(truncatingIfNeeded: rng.next()) : interesting[Int(rng.next() % UInt64(interesting.count))]
            }
            Self.checkBounds(TeardownScriptScanner.scan(bytes: bytes, dialect: dialect), bytes)
        }
    }
}
