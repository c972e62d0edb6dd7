import Testing
@testable import ArmorBase
@testable import ArmorKit
import ArmorTestSupport

/// Notes that point into files armor read but was not asked to lint (modules) carry their
/// line and source frame: the outcome holds those files' text for the reporters.
@Suite struct NoteSourcesTests {
    @Test func notesIntoModulesHaveTheirSource() throws {
        let folder = PackageRoot.file("Tests/ArmorKitTests/Scenarios/Fixtures/bicep-modules-connections-module-unordered")
        let path = folder + "/main.bicep"
        let source = SourceFile(path: path, bytes: try FileSystem.readFile(path))
        let outcome = Linter().lint([source])
        let finding = try #require(outcome.diagnostics.first { $0.code == .rule(.keyvaultFirst) })
        let notes = finding.notes.compactMap(\.location).filter { $0.path != path }
        #expect(!notes.isEmpty)
        for note in notes {
            let file = try #require(outcome.sources[note.path], "no source for \(note.path)")
            #expect(file.location(of: note.span.start).line > 1)
        }
    }
}
