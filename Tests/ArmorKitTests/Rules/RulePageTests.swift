import Testing
#if canImport(Glibc)
import Glibc
#endif
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

    @Test func generatedPagesMatchFolder() throws {
        var body = "// Generated from Rules/*.md by RulePageTests (ARMOR_UPDATE_GOLDEN=1 swift test). Do not edit.\n"
        body += "extension RulePages {\n    static let generated: [String: String] = [\n"
        var entries: [String] = []
        for id in RuleID.allCases {
            guard let text = PackageRoot.read("Rules/\(id.rawValue).md") else { continue }
            entries.append("        \"\(id.rawValue)\": ##\"\"\"\n\(text.hasSuffix("\n") ? String(text.dropLast()) : text)\n\"\"\"##,\n")
        }
        body += entries.isEmpty ? "        :\n" : entries.joined()
        body += "    ]\n}\n"
        let path = "Sources/ArmorKit/Docs/RulePages+Generated.swift"
        let current = PackageRoot.read(path) ?? ""
        if current != body, updateGolden {
            try FileSystem.writeFile(PackageRoot.file(path), Array(body.utf8))
            return
        }
        #expect(current == body, "\(path) is stale: run ARMOR_UPDATE_GOLDEN=1 swift test")
    }
}

private var updateGolden: Bool {
    guard let value = getenv("ARMOR_UPDATE_GOLDEN") else { return false }
    return String(cString: value) == "1"
}
