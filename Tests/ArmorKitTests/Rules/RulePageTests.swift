import Testing
@testable import ArmorBase
@testable import ArmorRules
@testable import ArmorKit
import ArmorTestSupport

/// Every rule has exactly one page whose facts match its metadata, and every page example
/// behaves as marked: bad blocks raise exactly the marked lines, good blocks nothing.
@Suite struct RulePageTests {
    static func page(_ id: RuleID) -> RulePage? {
        PackageRoot.read("Rules/\(id.rawValue).md").flatMap(RulePage.init)
    }

    @Test(arguments: RuleID.allCases)
    func registryKnowsEveryRule(_ id: RuleID) {
        #expect(type(of: id.rule).metadata.id == id)
        let summary = id.metadata.summary
        #expect(summary.first?.isUppercase == true && summary.hasSuffix("."), "summary must be one capitalised sentence")
    }

    @Test(arguments: RuleID.allCases)
    func pageMatchesMetadata(_ id: RuleID) throws {
        let page = try #require(Self.page(id), "Rules/\(id.rawValue).md is missing or malformed")
        #expect(page.id == id.rawValue)
        #expect(page.severity == id.metadata.severity.rawValue)
        #expect(page.summary == id.metadata.summary)
        for section in ["Why", "How to fix", "Examples"] {
            #expect(page.sections.contains(section), "missing section \(section)")
        }
        #expect(page.examples.contains { $0.verdict == "bad" })
        #expect(page.examples.contains { $0.verdict == "good" })
        if id.metadata.languages.contains(.arm) && id != .reverseOrderDeletion {
            #expect(page.examples.contains { $0.language == "json" && $0.verdict == "bad" }, "needs a json bad example")
            #expect(page.examples.contains { $0.language == "json" && $0.verdict == "good" }, "needs a json good example")
        }
    }

    @Test func noPageWithoutRule() throws {
        let names = try FileSystem.listDirectory(PackageRoot.file("Rules"))
        for name in names where name.hasSuffix(".md") && name != "README.md" {
            #expect(RuleID(id: String(name.dropLast(3))) != nil, "Rules/\(name) has no rule")
        }
    }

    @Test(arguments: RuleID.allCases)
    func examplesBehaveAsMarked(_ id: RuleID) throws {
        let page = try #require(Self.page(id))
        // Examples run with the context blocks before them, until the next run of context blocks.
        var context: [RulePage.Example] = []
        var afterContext = false
        for example in page.examples {
            if example.verdict == "context" {
                if !afterContext { context = [] }
                context.append(example)
                afterContext = true
                continue
            }
            afterContext = false
            for variant in ExampleVariant.allCases {
                let run = RuleExampleRunner.run(example, context: context, rule: id, variant: variant)
                let expected = example.verdict == "bad" ? variant.shift(example.markedLines(id.rawValue)) : []
                #expect(run.syntaxErrors.isEmpty || example.verdict == "good",
                        "\(id.rawValue) example at Rules/\(id.rawValue).md:\(example.pageLine) (\(variant)) has syntax errors:\n\(run.rendered)")
                #expect(run.lines == expected,
                        "\(id.rawValue) example at Rules/\(id.rawValue).md:\(example.pageLine) (\(variant)): expected lines \(expected.sorted()), got \(run.lines.sorted())\n\(run.rendered)")
            }
        }
    }

    /// The pages `armor explain` prints are the files, byte for byte (RulePagesPlugin embeds
    /// them at build time).
    @Test(arguments: RuleID.allCases)
    func embeddedPagesMatchFolder(_ id: RuleID) throws {
        let bytes = try FileSystem.readFile(PackageRoot.file("Rules/\(id.rawValue).md"))
        #expect(Array(RulePages.page(for: id).utf8) == bytes, "Rules/\(id.rawValue).md differs from the embedded page")
    }

    @Test func explainPrintsThePage() throws {
        let page = try #require(PackageRoot.read("Rules/keyvault-first.md"))
        let result = ArmorCLI.run(["explain", "keyvault-first"])
        // The examples' `// expect:` markers are for the tests, not the reader (ExplainCommandTests).
        #expect(result.status == .success && result.stdout == RulesCommand.withoutTestMarkers(page))
        #expect(page.contains("// expect: keyvault-first") && !result.stdout.contains("expect:"))
    }
}
