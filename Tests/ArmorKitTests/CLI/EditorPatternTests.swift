import Testing
@testable import ArmorKit
import ArmorTestSupport

/// The editor set-ups in the README parse `--format concise` output; these patterns are the
/// README's, checked against real output (VS Code's problem matcher is a JavaScript regex;
/// Tests/precommit/editors.sh also runs it in Node and the errorformat in Vim).
@Suite struct EditorPatternTests {
    /// README "Editors", VS Code `problemMatcher.pattern.regexp` (JSON-unescaped).
    static let vscode = #"^(.*):(\d+):(\d+): (error|warning|info) \[([^\]]+)\] (.*)$"#

    @Test func problemMatcherMatchesEveryConciseLine() throws {
        let dir = TempDirectory()
        defer { dir.remove() }
        let text = CLIFixtures.foundry().replacing("resource second", with: "#disable-next-line keyvault-frist\nresource second")
        let file = dir.write("in fra/main é.bicep", text)
        let result = CLIFixtures.lint(["-f", "concise", "--fail-level", "none", file])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        let regex = try Regex(Self.vscode)
        var seen: [String] = []
        for line in lines {
            let match = try #require(try regex.wholeMatch(in: line), "no match: \(line)")
            let groups = match.output.map { $0.substring.map(String.init) ?? "" }
            #expect(groups[1] == file)
            #expect(Int(groups[2]) != nil && Int(groups[3]) != nil)
            seen.append("\(groups[4]) \(groups[5])@\(groups[2])")
        }
        #expect(seen == ["warning role-assignment-dependson@11", "info unknown-rule@21", "error keyvault-first@22"])
        #expect(result.status == .success)   // --fail-level none: editors read findings, not the status
    }
}
