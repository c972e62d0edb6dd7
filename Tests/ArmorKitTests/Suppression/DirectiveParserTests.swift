import Testing
@testable import ArmorBase
@testable import ArmorSyntax
@testable import ArmorKit

@Suite struct DirectiveParserTests {
    private func ids(_ directives: [Directive]) -> [[String]] { directives.map { $0.codes.map(\.id) } }

    @Test func armCommentsBecomeNextLineDirectives() {
        let text = """
        {
          // armor-disable-next-line keyvault-first, dependency-cycle -- legacy order
          "a": 1, // armor-disable-next-line role-assignment-dependson
          /* armor-disable-next-line
             missing-dependson */
          "b": "// armor-disable-next-line not-a-comment",
          // armor-disable-next-lineX keyvault-first
          // just a comment
        }
        """
        let source = SourceFile(path: "t.json", text: text)
        let directives = DirectiveParser.armDirectives(JSONReader.read(source).comments, in: source)
        #expect(ids(directives) == [["keyvault-first", "dependency-cycle"], ["role-assignment-dependson"], ["missing-dependson"]])
        #expect(directives.map(\.line) == [1, 2, 4])   // a block comment counts from its last line
        #expect(directives.allSatisfy { $0.kind == .nextLine && $0.origin == .armComment })
        // Code spans point at the ids themselves.
        #expect(source.text(directives[0].codes[1].span) == "dependency-cycle")
    }

    @Test func scriptCommentsOnTheirOwnLine() {
        let text = "#!/bin/sh\n  # armor-disable-next-line reverse-order-deletion\naz group delete -n rg\n"
            + "echo '# armor-disable-next-line x'\n#armor-disable-next-line\n"
        let source = SourceFile(path: "t.sh", text: text)
        let directives = DirectiveParser.scriptDirectives(source)
        #expect(ids(directives) == [["reverse-order-deletion"], []])
        #expect(directives.map(\.line) == [1, 4])
    }

    @Test func quickFilterSkipsFilesWithoutDirectives() {
        #expect(!DirectiveParser.mayContainDirectives(Array("resource a 'x' = {}".utf8)))
        #expect(DirectiveParser.mayContainDirectives(Array("#disable-next-line a".utf8)))
        #expect(!DirectiveParser.mayContainDirectives([]))
    }

    @Test func bicepPragmasComeFromTheLexer() {
        let text = "#disable-next-line keyvault-first BCP081\nresource a 'A/b@1' = {}\n#disable-diagnostics dependency-cycle\n"
            + "var s = '''\n#disable-next-line in-a-string\n'''\n#restore-diagnostics dependency-cycle\n"
        let directives = Suppressor.directives(in: SourceFile(path: "t.bicep", text: text))
        #expect(ids(directives) == [["keyvault-first", "BCP081"], ["dependency-cycle"], ["dependency-cycle"]])
        #expect(directives.map(\.kind) == [.nextLine, .disable, .restore])
        #expect(directives.map(\.line) == [0, 2, 6])
    }
}
