import Testing
import ArmorBase
import ArmorSyntax
import ArmorTestSupport
@testable import ArmorKit

/// The editor sees what `armor lint --stdin --stdin-filename PATH` prints: same findings, same
/// places (LSP lines and UTF-16 characters are the concise format's, minus one).
@Suite struct LanguageServerLintParityTests {
    static let samples = [
        "Samples/arm-json/azuredeploy.json", "Samples/mistake-connection-before-keyvault/main.bicep",
        "Samples/mistake-missing-role-assignment/main.bicep", "Samples/mistake-not-waiting-for-grant/main.bicep",
        "Samples/mistake-two-keyvault-connections/main.bicep", "Samples/modules/main.bicep",
        "Samples/private-hub/main.bicep", "Samples/foundry-keyvault-correct/main.bicep",
    ]

    @Test(arguments: samples)
    func diagnosticsMatchTheConcisePrintout(relative: String) throws {
        let path = PackageRoot.file(relative)
        let text = try #require(PackageRoot.read(relative))
        let cli = LintCommand.run(["--stdin", "--stdin-filename", path, "--format", "concise", "--no-color"],
                                  environment: [:], stdin: { Array(text.utf8) })
        let expected = cli.stdout.split(separator: "\n").filter { $0.hasPrefix(path + ":") }.map { line -> String in
            let fields = line.dropFirst(path.count + 1).split(separator: ":", maxSplits: 2)
            let code = line.split(separator: "[", maxSplits: 1).last?.split(separator: "]").first ?? ""
            return "\(Int(fields[0])! - 1):\(Int(fields[1])! - 1) \(code)"
        }
        var client = LSPTestClient()
        _ = client.initialize()
        let uri = FileURI.uri(of: path)
        let published = try #require(LSPTestClient.diagnostics(client.open(uri, text))[uri])
        let got = published.map { d in
            "\(d.path("range", "start", "line")?.intValue ?? -1):\(d.path("range", "start", "character")?.intValue ?? -1) "
                + (d.field("code")?.stringValue ?? "")
        }
        #expect(got == expected)
        if relative.contains("mistake") { #expect(!got.isEmpty) }
    }
}
