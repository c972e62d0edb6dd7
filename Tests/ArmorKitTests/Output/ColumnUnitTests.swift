import Foundation
import Testing
@testable import ArmorBase
@testable import ArmorKit
import ArmorTestSupport

/// What CLI columns count: UTF-16 code units by default (as in Bicep, VS Code and SARIF), bytes
/// with `--column-unit byte` (Vim's `%c`, nvim-lint, efm-langserver). On `var s = '€😀' )` the
/// `)` is at UTF-16 column 15, byte column 19 (offset 18).
@Suite struct ColumnUnitTests {
    static let line = "var s = '€😀' )\n"

    @Test func cliColumnsCountUTF16CodeUnitsByDefault() throws {
        let folder = TempDirectory()
        defer { folder.remove() }
        let path = folder.write("main.bicep", Self.line)
        #expect(ArmorCLI.run(["lint", "--format", "concise", path]).stdout.hasPrefix(path + ":1:15: error [BCP019]"))
        #expect(ArmorCLI.run(["lint", path]).stdout.hasPrefix(path + ":1:15: error [BCP019]"))
        let start = try Self.jsonStart(ArmorCLI.run(["lint", "--format", "json", path]).stdout)
        #expect(start["column"] as? Int == 15 && start["offset"] as? Int == 18)
    }

    @Test func byteColumnsOnRequest() throws {
        let folder = TempDirectory()
        defer { folder.remove() }
        let path = folder.write("main.bicep", Self.line)
        let bytes = ["--column-unit", "byte"]
        #expect(ArmorCLI.run(["lint", "--format", "concise", path] + bytes).stdout.hasPrefix(path + ":1:19: error [BCP019]"))
        #expect(ArmorCLI.run(["lint", path] + bytes).stdout.hasPrefix(path + ":1:19: error [BCP019]"))
        #expect(ArmorCLI.run(["lint", "--format", "github", path] + bytes).stdout.contains("line=1,col=19"))
        let start = try Self.jsonStart(ArmorCLI.run(["lint", "--format", "json", path] + bytes).stdout)
        #expect(start["column"] as? Int == 19 && start["offset"] as? Int == 18)
    }

    /// SARIF declares `columnKind: utf16CodeUnits`, so its regions stay UTF-16 whatever the option.
    @Test func sarifStaysUTF16() throws {
        let folder = TempDirectory()
        defer { folder.remove() }
        let path = folder.write("main.bicep", Self.line)
        let sarif = ArmorCLI.run(["lint", "--format", "sarif", "--column-unit", "byte", path]).stdout
        #expect(sarif.contains("\"startColumn\": 15"))
        #expect(!sarif.contains("\"startColumn\": 19"))
    }

    @Test func unknownUnitIsAUsageErrorWithTheChoices() {
        let result = ArmorCLI.run(["lint", "--column-unit", "utf8", "Samples"])
        #expect(result.status == .usage)
        #expect(result.stderr.contains("utf-16") && result.stderr.contains("byte"))
    }

    /// Byte columns skip a BOM on line 1 as UTF-16 columns do, and count from each line start.
    @Test func byteLocationsOfSourceFiles() {
        let source = SourceFile(path: "x", bytes: [0xEF, 0xBB, 0xBF] + Array("é=1\nab€c".utf8))
        #expect(source.location(of: 5, unit: .byte) == LineColumn(line: 1, column: 3))
        #expect(source.location(of: 5, unit: .utf16) == LineColumn(line: 1, column: 2))
        #expect(source.location(of: 13, unit: .byte) == LineColumn(line: 2, column: 6))
        #expect(source.location(of: 13, unit: .utf16) == LineColumn(line: 2, column: 4))
    }

    static func jsonStart(_ json: String) throws -> [String: Any] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try #require((object["diagnostics"] as? [[String: Any]])?.first?["start"] as? [String: Any])
    }
}
