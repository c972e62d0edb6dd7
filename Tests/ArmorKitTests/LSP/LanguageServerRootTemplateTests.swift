import Foundation
import Testing
@testable import ArmorBase
import ArmorSyntax
@testable import ArmorKit
import ArmorTestSupport

/// A module opened in the editor shows its root's verdict: the root's finding is moved onto
/// the module's line its note points at, and the root's place becomes related information.
@Suite struct LanguageServerRootTemplateTests {
    static func ids(_ diagnostics: [JSONValue]) -> [String] {
        diagnostics.compactMap { d in
            d.field("code")?.stringValue.map { "\($0)@\(d.path("range", "start", "line")?.intValue ?? -1)" }
        }
    }

    @Test func moduleBufferGetsTheRootsVerdict() throws {
        let dir = RootTemplateTests.repository(["main.bicep": RootTemplateTests.fixture("main.bicep"),
                                                "modules/extra.bicep": RootTemplateTests.fixture("extra.bicep")])
        defer { dir.remove() }
        var client = LSPTestClient()
        _ = client.request("initialize", #"{"capabilities":{},"rootUri":"file://\#(dir.path)"}"#)
        _ = client.notify("initialized")
        let uri = "file://" + dir.path + "/modules/extra.bicep"
        let opened = try #require(LSPTestClient.diagnostics(client.open(uri, RootTemplateTests.fixture("extra.bicep")))[uri])
        // Line 15 (0-based 14) declares the second Key Vault connection.
        #expect(Self.ids(opened) == ["single-keyvault-connection@14"])
        let related = opened.first?.field("relatedInformation")?.arrayValue ?? []
        #expect(related.first?.path("location", "uri")?.stringValue == "file://" + dir.path + "/main.bicep")
        #expect(related.first?.path("location", "range", "start", "line")?.intValue == 32)
        // An edit that drops the second connection clears it (the root reads the buffer).
        let text = RootTemplateTests.fixture("extra.bicep")
        let cut = String(text[..<(text.range(of: "resource second")?.lowerBound ?? text.endIndex)])
        let change = #"{"textDocument":{"uri":"\#(uri)","version":2},"contentChanges":[{"text":\#(JSONWriter.quoted(cut))}]}"#
        let edited = try #require(LSPTestClient.diagnostics(client.notify("textDocument/didChange", change))[uri])
        #expect(Self.ids(edited) == [])
    }

    @Test func rootBufferDecidesWhetherTheModuleIsImported() throws {
        let dir = RootTemplateTests.repository(["main.bicep": RootTemplateTests.fixture("main.bicep"),
                                                "modules/extra.bicep": RootTemplateTests.fixture("extra.bicep")])
        defer { dir.remove() }
        var client = LSPTestClient()
        _ = client.initialize()
        let module = "file://" + dir.path + "/modules/extra.bicep"
        _ = client.open(module, RootTemplateTests.fixture("extra.bicep"))
        // The disk's scan is kept between lints; the root's buffer is laid over it below.
        #expect(client.server.importerIndexes.keys.sorted() == [dir.path])
        // The root's unsaved text no longer deploys the module: it is linted alone again.
        let root = "file://" + dir.path + "/main.bicep"
        let unsaved = RootTemplateTests.fixture("main.bicep").replacingOccurrences(of: "module extra", with: "// module extra")
        let replies = LSPTestClient.diagnostics(client.open(root, unsaved))
        let relinted = try #require(replies[module])
        #expect(Self.ids(relinted) == ["keyvault-first@8", "role-assignment-dependson@14"])
    }
}

extension LanguageServerRootTemplateTests {
    @Test func rootWrittenOnDiskRelintsTheOpenModule() throws {
        let dir = RootTemplateTests.repository(["modules/extra.bicep": RootTemplateTests.fixture("extra.bicep")])
        defer { dir.remove() }
        var client = LSPTestClient()
        _ = client.initialize()
        let module = "file://" + dir.path + "/modules/extra.bicep"
        let alone = try #require(LSPTestClient.diagnostics(client.open(module, RootTemplateTests.fixture("extra.bicep")))[module])
        #expect(Self.ids(alone) == ["keyvault-first@8", "role-assignment-dependson@14"])
        // A root appears on disk (a checkout, another editor): the watcher's report re-lints.
        dir.write("main.bicep", RootTemplateTests.fixture("main.bicep"))
        let change = #"{"changes":[{"uri":"file://\#(dir.path)/main.bicep","type":1}]}"#
        let relinted = try #require(LSPTestClient.diagnostics(client.notify("workspace/didChangeWatchedFiles", change))[module])
        #expect(Self.ids(relinted) == ["single-keyvault-connection@14"])
    }
}
