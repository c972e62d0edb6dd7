import Testing
@testable import ArmorBase
@testable import ArmorKit
import ArmorTestSupport

/// Teardown scripts reach reverse-order-deletion through armor.json's `teardown` map when they
/// do not sit beside their template, and through `--template` (which wins over the file).
@Suite struct LintCommandTeardownTests {
    private var packageRoot: String {
        var path = Paths.directory(of: #filePath)
        for _ in 0..<3 { path = Paths.directory(of: path) }
        return path
    }

    private func sample(_ name: String) throws -> String {
        String(decoding: try FileSystem.readFile(packageRoot + "/Samples/teardown/" + name), as: UTF8.self)
    }

    @Test func configuredPairReachesTheRule() throws {
        let dir = TempDirectory()
        defer { dir.remove() }
        dir.write("infra/main.bicep", try sample("main.bicep"))
        let script = dir.write("scripts/teardown.sh", try sample("teardown.sh"))
        // Alone in its folder, the script has no template: no verdict, only a note saying so.
        let alone = CLIFixtures.lint(["-f", "concise", script])
        #expect(!alone.stdout.contains("error [reverse-order-deletion]"))
        #expect(alone.stdout.contains("info [reverse-order-deletion]") && alone.status == .success)
        dir.write("armor.json", #"{ "teardown": { "scripts/teardown.sh": "infra/main.bicep" } }"#)
        let paired = CLIFixtures.lint(["-f", "concise", script])
        #expect(paired.stdout.contains("teardown.sh:") && paired.stdout.contains("[reverse-order-deletion]"))
        #expect(paired.status == .findings)
        // The template linted in the same run gets the script too, and its findings stay.
        let both = CLIFixtures.lint(["-f", "concise", dir.path])
        #expect(both.stdout.contains("[reverse-order-deletion]"))
        // --template beats the configuration.
        let other = dir.write("other/empty.bicep", "param x string = 'a'\n")
        let flagged = CLIFixtures.lint(["-f", "concise", "--template", other, script])
        #expect(!flagged.stdout.contains("[reverse-order-deletion]"))
    }

    @Test func scriptDirectivesSuppressAndAreAudited() throws {
        let dir = TempDirectory()
        defer { dir.remove() }
        dir.write("main.bicep", try sample("main.bicep"))
        let lines = try sample("teardown.sh").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let plain = CLIFixtures.lint(["-f", "concise", dir.write("teardown.sh", lines.joined(separator: "\n"))])
        let flagged = CLIFixtures.findings(plain.stdout).filter { $0.hasPrefix("reverse-order-deletion@") }
        let first = try #require(flagged.first.flatMap { Int($0.split(separator: "@")[1]) })
        var edited = lines
        edited.insert("# armor-disable-next-line reverse-order-deletion -- known, fixed in #123", at: first - 1)
        edited.insert("# armor-disable-next-line keyvault-first", at: 0)
        let result = CLIFixtures.lint(["-f", "concise", dir.write("teardown.sh", edited.joined(separator: "\n"))])
        let ids = CLIFixtures.findings(result.stdout)
        #expect(ids.filter { $0.hasPrefix("reverse-order-deletion@") }.count == flagged.count - 1)
        #expect(ids.contains("unused-suppression@1"))
    }
}
