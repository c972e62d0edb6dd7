import Foundation
import Testing
@testable import ArmorBase
@testable import ArmorKit
import ArmorTestSupport

/// Notes into files armor read without linting them (a module, a teardown script's template,
/// the neighbours of `--stdin`) carry their real line and column in every format, a source
/// frame in text, and a SARIF `region`; the LSP's related information uses the same place.
@Suite struct NotePositionTests {
    static let modules = PackageRoot.file("Tests/ArmorKitTests/Scenarios/Fixtures/bicep-modules-connections-module-unordered")
    static let teardown = PackageRoot.file("Tests/ArmorKitTests/Scenarios/Fixtures/teardown-modules-existing-vault-before-account")

    /// The three ways in: a root whose finding notes its modules, a script alone whose note is
    /// in its template's module, and the root's text on stdin beside its modules.
    static func runs(_ format: String) throws -> [(String, CommandResult)] {
        let main = modules + "/main.bicep"
        let text = try FileSystem.readFile(main)
        return [
            ("module", CLIFixtures.lint(["-f", format, main])),
            ("script", CLIFixtures.lint(["-f", format, teardown + "/teardown.sh"])),
            ("stdin", CLIFixtures.lint(["-f", format, "--stdin", "--stdin-filename", main], stdin: text)),
        ]
    }

    /// (file name, line) expected for a note of each run.
    static let expected: [String: (String, Int)] = [
        "module": ("keyvault-connection.bicep", 24), "script": ("keyvault-connection.bicep", 13),
        "stdin": ("keyvault-connection.bicep", 24),
    ]

    @Test func textShowsPositionAndFrame() throws {
        for (name, result) in try Self.runs("text") {
            let (file, line) = try #require(Self.expected[name])
            #expect(result.stdout.contains("/modules/\(file):\(line):1: note: "), "\(name):\n\(result.stdout)")
            #expect(result.stdout.contains("\n\(line) | resource "), "\(name): no frame\n\(result.stdout)")
            #expect(!result.stdout.contains(":1:1: note:"), "\(name)")
        }
    }

    @Test func sarifLocationsAllHaveRegions() throws {
        for (name, result) in try Self.runs("sarif") {
            let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let run = try #require((log["runs"] as? [[String: Any]])?.first)
            let results = try #require(run["results"] as? [[String: Any]])
            #expect(!results.isEmpty, "\(name)")
            var noteLines: [String: Set<Int>] = [:]
            for result in results {
                let locations = (result["locations"] as? [[String: Any]] ?? []) + (result["relatedLocations"] as? [[String: Any]] ?? [])
                for location in locations {
                    let physical = try #require(location["physicalLocation"] as? [String: Any])
                    let region = try #require(physical["region"] as? [String: Int], "\(name): no region in \(physical)")
                    #expect(region["startLine"] != nil && region["startColumn"] != nil
                            && region["endLine"] != nil && region["endColumn"] != nil)
                    let uri = (physical["artifactLocation"] as? [String: Any])?["uri"] as? String ?? ""
                    if location["message"] != nil, let start = region["startLine"] { noteLines[Paths.fileName(of: uri), default: []].insert(start) }
                }
            }
            let (file, line) = try #require(Self.expected[name])
            #expect(noteLines[file]?.contains(line) == true, "\(name): \(noteLines)")
        }
    }

    @Test func jsonAndGitHubUseTheSamePositions() throws {
        for (name, result) in try Self.runs("json") {
            let (file, line) = try #require(Self.expected[name])
            let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let related = (log["diagnostics"] as? [[String: Any]] ?? []).flatMap { $0["related"] as? [[String: Any]] ?? [] }
            let note = try #require(related.first { ($0["file"] as? String)?.hasSuffix("/" + file) == true }, "\(name)")
            #expect((note["start"] as? [String: Any])?["line"] as? Int == line, "\(name)")
        }
        for (name, result) in try Self.runs("github") {
            let (file, line) = try #require(Self.expected[name])
            #expect(result.stdout.contains("\(file)%3A\(line)%3A1%3A ") || result.stdout.contains("\(file):\(line):1: "),
                    "\(name):\n\(result.stdout)")
        }
    }

    @Test func lspRelatedInformationPointsIntoTheModule() throws {
        let main = Self.modules + "/main.bicep"
        let text = String(decoding: try FileSystem.readFile(main), as: UTF8.self)
        var client = LSPTestClient()
        _ = client.initialize()
        let uri = "file://" + main
        let published = LSPTestClient.diagnostics(client.open(uri, text))
        let related = (published[uri] ?? []).flatMap { $0.field("relatedInformation")?.arrayValue ?? [] }
        let note = try #require(related.first {
            $0.path("location", "uri")?.stringValue?.hasSuffix("/modules/keyvault-connection.bicep") == true
        })
        #expect(note.path("location", "range", "start", "line")?.intValue == 23)   // 0-based line 24
        #expect(note.path("location", "range", "start", "character")?.intValue == 0)
    }
}
