import Testing
@testable import ArmorBase
@testable import ArmorKit
import ArmorTestSupport

/// `--write-baseline` says one line and exits 0; `armor graph` refuses a file that is not a template.
@Suite struct BaselineAndGraphCommandTests {
    @Test func writeBaselinePrintsOneLineAndExitsZero() throws {
        let dir = TempDirectory()
        defer { dir.remove() }
        let file = dir.write("main.bicep", CLIFixtures.foundry())
        let baseline = dir.path + "/baseline.json"
        let result = CLIFixtures.lint(["--write-baseline", baseline, file])
        #expect(result.status == .success)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "armor: wrote 2 finding(s) to baseline '\(baseline)' (1 file linted)\n")
        #expect(try Baseline.parse(try FileSystem.readFile(baseline), path: baseline).entries.count == 2)
        // The baseline then hides them.
        let next = CLIFixtures.lint(["--baseline", baseline, file])
        #expect(next.status == .success)
        // A report asked for with --output is still written.
        let report = dir.path + "/report.txt"
        let withOutput = CLIFixtures.lint(["-f", "concise", "--write-baseline", baseline, "-o", report, file])
        #expect(withOutput.status == .success && withOutput.stdout.isEmpty)
        #expect(dir.read("report.txt")?.contains("[keyvault-first]") == true)
        #expect(CLIFixtures.lint(["-q", "--write-baseline", baseline, file]).stderr.isEmpty)
    }

    @Test func graphRefusesFilesThatAreNotTemplates() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let cases = [
            (dir.write("notes.txt", "hello\n"), "is not a template"),
            (dir.write("data.json", #"{"a": 1}"#), "is not a template"),
            (dir.write("broken.json", #"{"a":"#), "is not a template"),
            (dir.write("main.parameters.json", #"{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "parameters": {}}"#),
             "is a parameters file"),
            (dir.write("main.bicepparam", "using 'main.bicep'\n"), "is a parameters file"),
            (dir.write("teardown.sh", "az group delete -n rg\n"), "is a teardown script"),
        ]
        for (path, reason) in cases {
            let result = ArmorCLI.run(["graph", path])
            #expect(result.status == .usage, "\(path)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(result.stderr.contains("'\(path)' \(reason)"), "\(result.stderr)")
        }
        // A template, even a broken one, still gets its graph (exit 1 for syntax errors).
        let truncated = dir.write("t.json", #"{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": ["#)
        #expect(ArmorCLI.run(["graph", truncated]).status == .findings)
        #expect(ArmorCLI.run(["graph", dir.write("ok.bicep", "param p string\n")]).status == .success)
    }

    /// A template cut short anywhere gives one json-syntax error, at the end of its text.
    @Test func truncatedTemplatesGiveOneErrorAtTheEnd() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let full = #"{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "#
            + #""resources": [{"type": "Microsoft.KeyVault/vaults", "apiVersion": "2023-07-01", "name": "kv", "#
            + #""properties": {"tenantId": "t", "sku": {"family": "A", "name": "standard"}}}]}"#
        let bytes = Array(full.utf8)
        for cut in stride(from: 96, to: bytes.count - 1, by: 3) {
            let file = dir.write("t.json", String(decoding: bytes[..<cut], as: UTF8.self))
            let result = CLIFixtures.lint(["-f", "concise", file])
            let errors = result.stdout.split(separator: "\n").filter { $0.contains("error [json-syntax]") }
            #expect(errors.count == 1, "cut at \(cut): \(result.stdout)")
            // Just after the last non-blank byte: where the missing text goes.
            let end = (bytes[..<cut].lastIndex { $0 != UInt8(ascii: " ") } ?? 0) + 1
            #expect(errors.first?.hasPrefix("\(file):1:\(end + 1):") == true
                    || errors.first?.contains("unterminated string") == true, "cut at \(cut): \(result.stdout)")
        }
    }
}
