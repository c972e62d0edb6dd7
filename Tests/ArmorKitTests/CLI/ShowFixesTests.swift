import Testing
@testable import ArmorBase
@testable import ArmorKit
import ArmorTestSupport

/// `--show-fixes` (per file and rule, on stderr) and the text summary's "[*] N fixable" line.
@Suite struct ShowFixesTests {
    static let template = AccountFixture.text(AccountFixture.unfixed)

    @Test func textSummarySaysHowManyFindingsAreFixable() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let path = dir.write("main.bicep", Self.template)
        #expect(CLIFixtures.lint([path]).stdout.hasSuffix("[*] 2 fixable with `armor lint --fix`\n"))
        // An unsafe fix alone (a principalType written with another value) needs --unsafe-fixes.
        let other = AccountFixture.text(AccountFixture.projectAndGrant(dependsOn: false, principalType: "User"))
        let unsafe = dir.write("other.bicep", other)
        #expect(CLIFixtures.lint([unsafe]).stdout.hasSuffix("[*] 1 fixable with `armor lint --fix --unsafe-fixes`\n"))
        #expect(!CLIFixtures.lint(["--quiet", path]).stdout.contains("fixable"))
        let clean = dir.write("clean.bicep", AccountFixture.text(AccountFixture.fixed))
        #expect(!CLIFixtures.lint([clean]).stdout.contains("fixable"))
    }

    @Test func showFixesListsWhatFixFixedPerFileAndRule() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let path = dir.write("main.bicep", Self.template)
        let result = CLIFixtures.lint(["-f", "json", "--fix", "--show-fixes", path])
        #expect(result.stderr.contains("Fixed 2 findings:\n- \(path):\n    1 × role-assignment-principal-type\n    1 × unnecessary-dependson\n"))
        #expect(result.stdout.hasPrefix("{"))   // stdout stays the report
        let again = CLIFixtures.lint(["--fix", "--show-fixes", path])
        #expect(again.stderr.contains("No fix applied."))
    }

    @Test func withoutFixItListsWhatFixWouldFix() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let path = dir.write("main.bicep", Self.template)
        let listed = CLIFixtures.lint(["-f", "concise", "--show-fixes", path])
        #expect(listed.stderr.contains("2 findings fixable with --fix:\n- \(path):\n"))
        #expect(dir.read("main.bicep") == Self.template)
        let diff = CLIFixtures.lint(["--diff", "--show-fixes", path])
        #expect(diff.stderr.contains("Would fix 2 findings:"))
        #expect(dir.read("main.bicep") == Self.template)
    }

    /// A module linted through its root template gets the root's finding, whose fix edits the
    /// root: `--fix` on the module alone cannot apply it, so it is not counted as fixable.
    @Test func fixesOutsideTheLintedFilesAreNotCountedFixable() {
        let module = PackageRoot.path + "/Samples/modules/modules/connections.bicep"
        let root = PackageRoot.path + "/Samples/modules/main.bicep"
        let alone = CLIFixtures.lint([module])
        #expect(alone.stdout.contains("[keyvault-first]"))
        #expect(!alone.stdout.contains("fixable"))
        #expect(CLIFixtures.lint(["--show-fixes", module]).stderr.contains("Nothing fixable with --fix."))
        #expect(CLIFixtures.lint([root]).stdout.contains("fixable with `armor lint --fix`"))
    }
}
