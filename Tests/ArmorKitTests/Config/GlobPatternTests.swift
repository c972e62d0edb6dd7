import Testing
@testable import ArmorBase
@testable import ArmorKit

@Suite struct GlobPatternTests {
    private func matches(_ pattern: String, _ path: String) throws -> Bool {
        try GlobPattern(pattern).matches(path)
    }

    @Test(arguments: [
        ("*.bicep", "main.bicep", true),
        ("*.bicep", "infra/modules/kv.bicep", true),     // no slash: any depth
        ("*.bicep", "main.json", false),
        ("infra/*.bicep", "infra/main.bicep", true),
        ("infra/*.bicep", "infra/modules/kv.bicep", false),  // `*` stays in one segment
        ("infra/**/*.bicep", "infra/main.bicep", true),      // `**/` may match no folder
        ("infra/**/*.bicep", "infra/a/b/c.bicep", true),
        ("**/legacy/**", "x/legacy/y/z.json", true),
        ("legacy", "legacy/old.bicep", true),              // a folder matches what is inside
        ("legacy/", "a/legacy/old.bicep", true),
        ("infra/legacy", "other/infra/legacy/x.bicep", false),
        ("?.bicep", "a.bicep", true),
        ("?.bicep", "ab.bicep", false),
        ("[abc].json", "b.json", true),
        ("[abc].json", "d.json", false),
        ("[a-c]x.json", "bx.json", true),
        ("[!a-c]x.json", "bx.json", false),
        ("[!a-c]x.json", "dx.json", true),
        ("*.{bicep,bicepparam}", "main.bicepparam", true),
        ("*.{bicep,bicepparam}", "main.json", false),
        ("{infra,deploy}/{a,b{c,d}}.bicep", "deploy/bd.bicep", true),
        ("./infra/main.bicep", "infra/main.bicep", true),
        ("**", "anything/at/all.sh", true),
        ("infra/*", "infra/a/b.bicep", true),   // `infra/a` matches, and holds the file
    ])
    func matching(_ pattern: String, _ path: String, _ expected: Bool) throws {
        #expect(try matches(pattern, path) == expected, "\(pattern) vs \(path)")
    }

    @Test(arguments: ["", "[abc", "{a,b", "a}b"])
    func invalidPatternsAreErrors(_ pattern: String) {
        #expect(throws: GlobPattern.Failure.self) { try GlobPattern(pattern) }
    }

    @Test func multiByteNamesMatchByteWise() throws {
        #expect(try matches("é*.bicep", "dir/étude.bicep"))
        #expect(try matches("?.bicep", "é.bicep"))   // `?` is one character, é is two bytes
        #expect(try !matches("?.bicep", "éé.bicep"))
    }

    /// Patterns that took exponential time with plain backtracking still give the right answer
    /// (the memo makes them polynomial; a regression shows as a test that never finishes).
    @Test func pathologicalPatternsMatchCorrectly() throws {
        let name = String(repeating: "a", count: 40)
        #expect(try !matches("*a*a*a*a*a*a*a*a*b", name))
        #expect(try matches("*a*a*a*a*a*a*a*a*b", name + "b"))
        let deep = (0..<30).map { "d\($0)" }.joined(separator: "/")
        #expect(try !matches("**/**/**/legacy/**", deep + "/main.bicep"))
        #expect(try matches("**/**/**/legacy/**", deep + "/legacy/main.bicep"))
    }

    /// Groups side by side are not nesting: sixteen of them compile; nine nested do not.
    @Test func sequentialBraceGroupsAreNotNesting() throws {
        let sequential = "{a,b}" + String(repeating: "{c}", count: 15) + ".bicep"
        #expect(try matches(sequential, "b" + String(repeating: "c", count: 15) + ".bicep"))
        let nested = String(repeating: "{a,", count: 9) + "b" + String(repeating: "}", count: 9)
        #expect(throws: GlobPattern.Failure(message: "braces nested too deeply in glob pattern")) { try GlobPattern(nested) }
        let wide = String(repeating: "{a,b}", count: 16)
        #expect(throws: GlobPattern.Failure(message: "glob pattern expands to too many alternatives")) { try GlobPattern(wide) }
    }
}
