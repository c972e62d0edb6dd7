import Testing
@testable import ArmorKit

@Suite struct VersionTests {
    @Test func versionNamesTheReleaseAndTheCommitItWasBuiltFrom() {
        let result = ArmorCLI.run(["--version"])
        #expect(result.status == .success)
        #expect(result.stdout.hasPrefix("armor \(ArmorCLI.version)"))
        #expect(ArmorCLI.run(["version"]).stdout == result.stdout)
        if BuildInfo.commit.isEmpty {
            #expect(result.stdout == "armor \(ArmorCLI.version)\n")
        } else {
            #expect(BuildInfo.commit.allSatisfy { $0.isHexDigit })
            #expect(result.stdout == "armor \(ArmorCLI.version) (commit \(BuildInfo.commit))\n")
        }
    }

    @Test func lspIsACommandWithItsOwnHelp() {
        #expect(ArmorCLI.help.contains("armor lsp"))
        let help = ArmorCLI.run(["lsp", "--help"])
        #expect(help.status == .success)
        #expect(help.stdout.contains("--stdio"))
        #expect(ArmorCLI.run(["lsp", "--bogus"]).status == .usage)
    }
}
