import Testing
@testable import ArmorBase
@testable import ArmorKit
import ArmorTestSupport

/// `armor explain CODE` answers for every code armor emits.
@Suite struct ExplainCommandTests {
    @Test(arguments: RuleID.allCases)
    func rulePagesWithoutTestMarkers(_ id: RuleID) throws {
        let page = try #require(PackageRoot.read("Rules/\(id.rawValue).md"))
        let result = ArmorCLI.run(["explain", id.rawValue])
        #expect(result.status == .success)
        #expect(!result.stdout.contains("expect:"))
        #expect(result.stdout.hasPrefix("# \(id.rawValue)\n"))
        // Only the markers go: every line is the page's line up to its marker.
        let pageLines = page.split(separator: "\n", omittingEmptySubsequences: false)
        let shown = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(pageLines.count == shown.count)
        for (original, line) in zip(pageLines, shown) {
            #expect(original.hasPrefix(line))
            if original != line { #expect(original.contains("expect: \(id.rawValue)")) }
        }
    }

    @Test(arguments: SyntaxCode.allCases)
    func syntaxCodes(_ code: SyntaxCode) {
        let result = ArmorCLI.run(["explain", code.rawValue])
        #expect(result.status == .success)
        #expect(result.stdout.hasPrefix("\(code.rawValue): \(code.explanation)\n"))
        let isBCP = code.rawValue.hasPrefix("BCP")
        #expect(result.stdout.contains("https://learn.microsoft.com/azure/azure-resource-manager/bicep/diagnostics/\(code.rawValue.lowercased())") == isBCP)
    }

    @Test func codesAreCaseInsensitiveAndOtherBCPCodesLink() {
        #expect(ArmorCLI.run(["explain", "bcp019"]).stdout.hasPrefix("BCP019: "))
        let other = ArmorCLI.run(["explain", "BCP035"])
        #expect(other.status == .success)
        #expect(other.stdout.contains("https://learn.microsoft.com/azure/azure-resource-manager/bicep/diagnostics/bcp035"))
        #expect(ArmorCLI.run(["explain", "Keyvault-First"]).status == .success)
    }

    @Test func bicepLinterIDsExplainTheirRule() {
        let result = ArmorCLI.run(["explain", "no-unnecessary-dependson"])
        #expect(result.status == .success)
        #expect(result.stdout.contains("armor's rule 'unnecessary-dependson'"))
        #expect(result.stdout.contains("# unnecessary-dependson\n"))
    }

    @Test func unknownCodesSuggest() {
        let result = ArmorCLI.run(["explain", "keyvault-frist"])
        #expect(result.status == .usage)
        #expect(result.stderr.contains("unknown code 'keyvault-frist'; did you mean 'keyvault-first'?"))
        #expect(ArmorCLI.run(["explain", "json-syntx"]).stderr.contains("did you mean 'json-syntax'?"))
        #expect(ArmorCLI.run(["explain", "BCP12345"]).status == .usage)
        #expect(ArmorCLI.run(["explain"]).status == .usage)
    }
}
