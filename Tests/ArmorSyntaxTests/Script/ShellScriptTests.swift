import Testing
@testable import ArmorBase
@testable import ArmorSyntax

@Suite struct ShellScriptTests {
    @Test func lineContinuationsJoinOneCommand() throws {
        let script = "#!/bin/bash\naz cognitiveservices account connection delete \\\n  --name acct \\\r\n  --connection-name kv \\\n  -g rg\necho done\n"
        let c = try #require(onlyCommand(script))
        #expect(c.name == .known("kv") && c.parentNames == [.known("acct")] && c.resourceGroup == .known("rg"))
        #expect(c.line == 2)
        let source = SourceFile(path: "t.sh", text: script)
        #expect(source.text(c.span).hasPrefix("az cognitive"))
        #expect(source.text(c.span).hasSuffix("-g rg"))
    }

    @Test func quotingForms() throws {
        let c = try #require(onlyCommand(#"az keyvault delete --name 'kv one' -g "my rg""#))
        #expect(c.name == .known("kv one") && c.resourceGroup == .known("my rg"))
        let escaped = try #require(onlyCommand(#"az keyvault delete --name "k\"v\$x" -g r\ g"#))
        #expect(escaped.name == .known("k\"v$x") && escaped.resourceGroup == .known("r g"))
        let ansi = try #require(onlyCommand(#"az keyvault delete --name $'kv\'1' -g $"rg""#))
        #expect(ansi.name == .known("kv'1") && ansi.resourceGroup == .known("rg"))
        let joined = try #require(onlyCommand(#"az keyvault delete --name kv'-'"1""#))
        #expect(joined.name == .known("kv-1"))
    }

    @Test func commentsAndSeparators() {
        let script = """
        # az keyvault delete --name commented
        az keyvault delete --name a; az keyvault delete --name b && az keyvault delete --name c # trailing
        az keyvault delete --name d || echo failed
        az keyvault delete --name e > /dev/null 2>&1 &
        az keyvault delete --name f | tee log
        az keyvault delete --name g#notacomment
        """
        let names = scanScript(script).commands.map(\.name)
        #expect(names == [.known("a"), .known("b"), .known("c"), .known("d"), .known("e"), .known("f"), .known("g#notacomment")])
        #expect(scanScript(script).commands.map(\.line) == [2, 2, 2, 3, 4, 5, 6])
    }

    @Test func variablesAssignedLiteralValues() {
        let script = """
        RG=my-rg
        export ACCOUNT="ai-acct"
        readonly CONN='kv'
        PREFIX=x SUFFIX=y
        az cognitiveservices account connection delete --name $ACCOUNT --connection-name "${CONN}" -g "$RG"
        az keyvault delete --name "$PREFIX-vault-${SUFFIX}"
        az keyvault delete --name "$UNSET_VAR"
        az keyvault delete --name "${ACCOUNT:-default}"
        NAME=$(az keyvault list --query [0].name -o tsv)
        az keyvault delete --name "$NAME"
        """
        let c = scanScript(script).commands
        #expect(c.count == 5)
        #expect(c[0].parentNames == [.known("ai-acct")] && c[0].name == .known("kv") && c[0].resourceGroup == .known("my-rg"))
        #expect(c[1].name == .known("x-vault-y"))
        #expect(c[2].name == .unknown)
        #expect(c[3].name == .known("ai-acct"))   // set in the script: the default is not used
        #expect(c[4].name == .unknown)
    }

    @Test func partiallyKnownIdsInVariables() throws {
        let script = """
        SUB=$(az account show --query id -o tsv)
        ID="/subscriptions/$SUB/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/acct/connections/kv"
        az resource delete --ids "$ID"
        """
        let c = try #require(onlyCommand(script))
        #expect(c.kind == .connection && c.name == .known("kv") && c.parentNames == [.known("acct")])
        #expect(c.resourceGroup == .known("rg"))
        let unknownType = try #require(onlyCommand("az resource delete --ids \"/subscriptions/s/resourceGroups/rg/providers/$NS/accounts/a\""))
        #expect(unknownType.resourceType == nil && unknownType.name == .unknown)
    }

    @Test func unquotedExpansionsWithBlanksSplit() {
        let script = """
        KV="two words"
        az keyvault delete --name "$KV"
        az keyvault delete --name $KV
        """
        #expect(scanScript(script).commands.map(\.name) == [.known("two words"), .unknown])
    }

    @Test func reassignmentInOrderAndPerCommandEnvironment() {
        let script = """
        KV=first
        az keyvault delete --name $KV
        KV=second
        az keyvault delete --name $KV
        KV=third az keyvault delete --name $KV
        """
        #expect(scanScript(script).commands.map(\.name) == [.known("first"), .known("second"), .known("second")])
    }

    @Test func conditionalAssignmentsAreNotGuessed() {
        let script = """
        if [ "$ENV" = prod ]; then
          KV=prod-kv
        else
          KV=dev-kv
        fi
        az keyvault delete --name $KV
        SAME=a
        if true; then SAME=a; fi
        az keyvault delete --name $SAME
        for N in a b; do
          az keyvault delete --name $N
        done
        """
        let c = scanScript(script).commands
        // A loop over a literal list is no guess: it runs once per word, in order.
        #expect(c.map(\.name) == [.unknown, .known("a"), .known("a"), .known("b")])
        #expect(c[2].line == 11 && c[3].line == 11)
    }

    @Test func sourceAndReadForgetVariables() {
        let script = """
        A=1
        B=2
        read B
        az keyvault delete --name $A
        az keyvault delete --name $B
        source ./env.sh
        az keyvault delete --name $A
        """
        #expect(scanScript(script).commands.map(\.name) == [.known("1"), .unknown, .unknown])
    }

    @Test func commandSubstitutionAndPositionalsAreUnknown() {
        let script = """
        az keyvault delete --name "$(cat name.txt)"
        az keyvault delete --name `cat name.txt`
        az keyvault delete --name "$1"
        az keyvault delete --name kv-$((1+2))
        """
        #expect(scanScript(script).commands.map(\.name) == [.unknown, .unknown, .unknown, .unknown])
    }

    @Test func wrappersAndBlocks() {
        let script = """
        sudo -E az keyvault delete --name a
        cleanup() {
          az keyvault delete --name b
        }
        if az keyvault show --name c; then az keyvault delete --name c; fi
        """
        #expect(scanScript(script).commands.map(\.name) == [.known("a"), .known("b"), .known("c")])
    }

    @Test func hereDocumentBodiesAreNotCommands() {
        let script = "cat > cleanup.sh <<'EOF'\naz keyvault delete --name inside\nEOF\ncat <<-END\n\taz keyvault delete --name tabbed\n\tEND\naz keyvault delete --name outside\n"
        let c = scanScript(script).commands
        #expect(c.map(\.name) == [.known("outside")])
        #expect(c.first?.line == 7)
    }

    @Test func directivesAreRecorded() {
        let script = """
        # armor-disable-next-line reverse-order-deletion
        az keyvault delete --name a
        #armor-disable-next-line keyvault-first, reverse-order-deletion
        # not armor-disable-next-line x
        """
        let directives = scanScript(script).directives
        #expect(directives.count == 2)
        #expect(directives[0].line == 1 && directives[0].rules == ["reverse-order-deletion"])
        #expect(directives[1].line == 3 && directives[1].rules == ["keyvault-first", "reverse-order-deletion"])
    }

    @Test func byteOrderMarkAndCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("KV=a\r\naz keyvault delete --name $KV\r\n".utf8)
        let script = TeardownScriptScanner.scan(bytes: bytes, dialect: .shell)
        #expect(script.commands.count == 1)
        #expect(script.commands.first?.name == .known("a"))
        #expect(script.commands.first?.line == 2)
    }

    @Test func dialectFromPath() {
        #expect(ScriptDialect(path: "teardown.sh") == .shell)
        #expect(ScriptDialect(path: "x/y.BASH") == .shell)
        #expect(ScriptDialect(path: "Teardown.ps1") == .powerShell)
        #expect(ScriptDialect(path: "main.bicep") == nil)
        #expect(ScriptDialect(path: "noext") == nil)
    }
}
