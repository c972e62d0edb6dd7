import Testing
@testable import ArmorBase
@testable import ArmorKit
import ArmorTestSupport

/// Hostile inputs (issue 10): each ends with a clear message and exit 2, or with findings;
/// never a hang or a crash.
@Suite struct HostileInputTests {
    private let template = "param p string = 'x'\noutput o string = p\n"

    @Test func nonRegularFilesOnTheCommandLineAreRefused() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let fifo = dir.fifo("pipe.bicep")
        for path in ["/dev/zero", fifo] {
            let result = CLIFixtures.lint(["-f", "concise", path])
            #expect(result.status == .usage)
            #expect(result.stderr.contains("cannot read '\(path)': not a regular file"))
        }
    }

    @Test func nonRegularParametersAndBaselineAreRefused() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let main = dir.write("main.bicep", template)
        let fifo = dir.fifo("pipe.json")
        let parameters = CLIFixtures.lint(["-f", "concise", "--parameters", fifo, main])
        #expect(parameters.status == .usage)
        #expect(parameters.stderr.contains("cannot read parameters file"))
        let baseline = CLIFixtures.lint(["-f", "concise", "--baseline", "/dev/zero", main])
        #expect(baseline.status == .usage)
        #expect(baseline.stderr.contains("cannot read baseline '/dev/zero': not a regular file"))
    }

    @Test func moduleThatIsAFIFOIsNotRead() {
        let dir = TempDirectory()
        defer { dir.remove() }
        dir.fifo("pipe.bicep")
        let main = dir.write("main.bicep", "module m 'pipe.bicep' = {\n  name: 'm'\n}\nmodule z '/dev/zero' = {\n  name: 'z'\n}\n")
        let result = CLIFixtures.lint(["-f", "concise", main])
        #expect(CLIFixtures.findings(result.stdout) == ["module-not-found@1", "module-not-found@4"])
    }

    @Test func symbolicLinkLoopsAreWalkedOnce() {
        let dir = TempDirectory()
        defer { dir.remove() }
        dir.write("infra/main.bicep", template)
        dir.link("infra/self", to: ".")
        dir.link("infra/again", to: ".")
        dir.link("infra/up", to: "..")
        dir.link("infra/alias.bicep", to: "main.bicep")
        let found = FileDiscovery.discover([dir.path])
        // One file, under whichever of its two names sorts first.
        #expect(found.files == [dir.path + "/infra/alias.bicep"])
        #expect(found.errors == [])
        let result = CLIFixtures.lint(["-f", "concise", dir.path])
        #expect(result.status == .success)
    }

    /// The output file, the baseline and `armor init --force` all replace their target whole.
    @Test func writtenFilesAreReplacedNotTruncated() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let main = dir.write("main.bicep", template)
        let report = dir.write("report.txt", "old report")
        let baseline = dir.write("baseline.json", "old baseline")
        let result = CLIFixtures.lint(["-f", "concise", "--output", report, "--write-baseline", baseline, main])
        #expect(result.status == .success)
        #expect(dir.read("report.txt") != "old report")
        #expect(dir.read("baseline.json")?.contains("old baseline") == false)
        dir.write("armor.json", "{}")
        #expect(ArmorCLI.run(["init", "--force", dir.path], environment: [:]).status == .success)
        #expect(dir.read("armor.json") != "{}")
        #expect((try? FileSystem.listDirectory(dir.path)) == ["armor.json", "baseline.json", "main.bicep", "report.txt"])
    }

    @Test func baselineIsNotWrittenWhenAFileCouldNotBeRead() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let main = dir.write("main.bicep", template)
        let baseline = dir.write("baseline.json", "old baseline")
        let result = CLIFixtures.lint(["-f", "concise", "--write-baseline", baseline, main, "/dev/zero"])
        #expect(result.status == .usage)
        #expect(result.stderr.contains("baseline '\(baseline)' not written"))
        #expect(dir.read("baseline.json") == "old baseline")
    }

    /// UTF-16 and UTF-32 files (with a BOM) are decoded, not lexed byte by byte.
    @Test func wideEncodingsAreLinted() throws {
        let dir = TempDirectory()
        defer { dir.remove() }
        let arm = #"{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "#
            + #""contentVersion": "1.0.0.0", "resources": []}"#
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in template.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        var utf32: [UInt8] = [0, 0, 0xFE, 0xFF]
        for scalar in arm.unicodeScalars { utf32 += [0, 0, UInt8(scalar.value >> 8), UInt8(scalar.value & 0xFF)] }
        try FileSystem.writeFile(dir.path + "/main.bicep", utf16)
        try FileSystem.writeFile(dir.path + "/main.json", utf32)
        let result = CLIFixtures.lint(["-f", "text", dir.path])
        #expect(result.status == .success)
        #expect(result.stdout.contains("No problems found in 2 files"))
    }

    /// Deep nesting and long chains end in exactly one diagnostic: no crash, and no error per
    /// level or per line beyond the cap.
    @Test(arguments: [
        ("deep.bicep", "var v = " + String(repeating: "{\n a: ", count: 5_000) + "1" + String(repeating: "\n}", count: 5_000) + "\n",
         "armor-nesting-too-deep"),
        ("chain.bicep", "var x = {}\noutput o object = x" + String(repeating: ".a", count: 20_000) + "\n", "armor-nesting-too-deep"),
        ("paren.bicep", "output o int = " + String(repeating: "(", count: 20_000) + "1" + String(repeating: ")", count: 20_000) + "\n",
         "armor-nesting-too-deep"),
        ("array.bicep", "output o array = " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000) + "\n",
         "armor-nesting-too-deep"),
        ("deep.json", #"{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": [], "variables": {"v": "#
            + String(repeating: #"{"a": "#, count: 20_000) + "1" + String(repeating: "}", count: 20_000) + "}}", "json-too-deep"),
        ("chain.json", #"{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": [], "#
            + #""outputs": {"o": {"type": "string", "value": "[variables('x')"# + String(repeating: "[0].a", count: 10_000) + #"]"}}}"#,
         "arm-expression"),
    ] as [(String, String, String)])
    func deepInputsGiveOneDiagnostic(name: String, text: String, code: String) {
        let dir = TempDirectory()
        defer { dir.remove() }
        let path = dir.write(name, text)
        let result = CLIFixtures.lint(["-f", "concise", path])
        #expect(result.status == .findings)
        #expect(CLIFixtures.findings(result.stdout).map { $0.prefix { $0 != "@" } } == [Substring(code)])
    }
}
