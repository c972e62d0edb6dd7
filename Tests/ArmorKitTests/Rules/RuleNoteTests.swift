import Testing
@testable import ArmorBase
@testable import ArmorRules
@testable import ArmorKit
import ArmorTestSupport

/// Every note a rule attaches names what it points at ("Key Vault 'vault' declared here"),
/// so a reader knows which declaration the frame shows without reading it.
@Suite struct RuleNoteTests {
    @Test(arguments: RuleID.allCases)
    func notesNameTheirResource(_ id: RuleID) throws {
        let page = try #require(RulePageTests.page(id))
        var context: [RulePage.Example] = []
        var afterContext = false
        var notes: [String] = []
        for example in page.examples {
            if example.verdict == "context" {
                if !afterContext { context = [] }
                context.append(example)
                afterContext = true
                continue
            }
            afterContext = false
            guard example.verdict == "bad" else { continue }
            var sources = [SourceFile(path: "/virtual/notes/example.\(example.fileExtension)", text: example.text)]
            for (i, extra) in context.enumerated() {
                sources.append(SourceFile(path: "/virtual/notes/context\(i).\(extra.fileExtension)", text: extra.text))
            }
            let outcome = Linter().lint(sources)
            for diagnostic in outcome.diagnostics where diagnostic.code == .rule(id) {
                notes += diagnostic.notes.map(\.message)
            }
        }
        // The pages' bad examples do exercise the notes of these rules.
        let withNotes: Set<RuleID> = [.keyvaultFirst, .singleKeyvaultConnection, .dependencyCycle, .keyvaultDeleteProtection,
                                      .privateEndpointRegion, .reverseOrderDeletion, .dependsOnUnknown]
        if withNotes.contains(id) { #expect(!notes.isEmpty, "\(id.rawValue): no note to check") }
        for note in notes {
            // A name in quotes: 'vault', 'kvConnection', 'az keyvault delete …'.
            let quotes = note.filter { $0 == "'" }.count
            #expect(quotes >= 2, "\(id.rawValue): note '\(note)' names nothing")
        }
    }
}
