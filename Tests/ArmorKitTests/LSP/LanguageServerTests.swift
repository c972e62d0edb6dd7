import Testing
import ArmorBase
import ArmorSyntax
import ArmorTestSupport
@testable import ArmorKit

/// The template of `Rules/unnecessary-dependson.md`'s bad example: two unnecessary dependsOn
/// entries (on `project`, line 16, and `searchConnection`, line 25, 1-based).
let unnecessaryDependsOn = """
param location string = resourceGroup().location

resource search 'Microsoft.Search/searchServices@2023-11-01' existing = {
  name: 'srch-foundry-demo'
}

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
  name: 'foundry-demo'
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
}

resource project 'Microsoft.CognitiveServices/accounts/projects@2025-04-01-preview' = {
  parent: account
  name: 'demo-project'
  location: location
  identity: { type: 'SystemAssigned' }
  properties: {}
  dependsOn: [account]
}

resource searchConnection 'Microsoft.CognitiveServices/accounts/projects/connections@2025-04-01-preview' = {
  parent: project
  name: 'search'
  properties: {
    category: 'CognitiveSearch'
    target: 'https://srch-foundry-demo.search.windows.net'
    authType: 'AAD'
  }
  dependsOn: [search]
}

"""

@Suite struct LSPFramingTests {
    @Test func messagesArriveWholeWhateverTheChunking() {
        let one = LSPFramer.frame(#"{"a":1}"#), two = LSPFramer.frame(#"{"b":"é"}"#)
        var framer = LSPFramer()
        var bodies: [String] = []
        for byte in one + two {
            framer.append([byte])
            while case .message(let body)? = framer.next() { bodies.append(String(decoding: body, as: UTF8.self)) }
        }
        #expect(bodies == [#"{"a":1}"#, #"{"b":"é"}"#])
        // Content-Length counts bytes, not characters.
        #expect(String(decoding: two.prefix(18), as: UTF8.self) == "Content-Length: 10")
    }

    @Test func otherHeadersAreIgnoredAndNamesAreCaseInsensitive() {
        var framer = LSPFramer()
        framer.append(Array("content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}".utf8))
        #expect(framer.next() == .message(Array("{}".utf8)))
        #expect(framer.next() == nil)
    }

    @Test func malformedHeadersAreDroppedAndTheStreamGoesOn() {
        var framer = LSPFramer()
        framer.append(Array("Content-Length: x\r\n\r\nGarbage: yes\r\n\r\n".utf8) + LSPFramer.frame("{}"))
        guard case .malformedHeader(let first)? = framer.next() else { Issue.record("no error"); return }
        #expect(first.contains("'x'"))
        guard case .malformedHeader(let second)? = framer.next() else { Issue.record("no error"); return }
        #expect(second.contains("no Content-Length"))
        #expect(framer.next() == .message(Array("{}".utf8)))
    }

    @Test func anEndlessHeaderIsRefusedNotBuffered() {
        var framer = LSPFramer()
        framer.append([UInt8](repeating: UInt8(ascii: "a"), count: LSPFramer.maxHeaderBytes + 1))
        guard case .malformedHeader? = framer.next() else { Issue.record("no error"); return }
        framer.append(LSPFramer.frame("[]"))
        #expect(framer.next() == .message(Array("[]".utf8)))
    }
}

@Suite struct LanguageServerProtocolTests {
    @Test func initializeAdvertisesIncrementalSyncHoverAndSymbols() {
        var client = LSPTestClient()
        let reply = client.initialize()
        #expect(reply.count == 1)
        let capabilities = reply.first?.path("result", "capabilities")
        #expect(capabilities?.path("textDocumentSync", "change")?.intValue == 2)
        #expect(capabilities?.path("textDocumentSync", "openClose")?.boolValue == true)
        #expect(capabilities?.field("hoverProvider")?.boolValue == true)
        #expect(capabilities?.field("documentSymbolProvider")?.boolValue == true)
        #expect(capabilities?.field("positionEncoding")?.stringValue == "utf-16")
        #expect(reply.first?.path("result", "serverInfo", "name")?.stringValue == "armor")
    }

    @Test func utf8IsChosenWhenTheClientOffersIt() {
        var client = LSPTestClient()
        let reply = client.initialize(#"{"general":{"positionEncodings":["utf-16","utf-8"]}}"#)
        #expect(reply.first?.path("result", "capabilities", "positionEncoding")?.stringValue == "utf-8")
        #expect(client.server.encoding == .utf8)
    }

    @Test func lifecycleErrorsAndExitStatus() {
        var client = LSPTestClient()
        #expect(client.request("textDocument/hover").first?.errorCode == -32002)
        _ = client.initialize()
        #expect(client.request("initialize").first?.errorCode == -32600)
        #expect(client.request("workspace/symbolz").first?.errorCode == -32601)
        #expect(client.request("textDocument/hover", #"{"textDocument":{}}"#).first?.errorCode == -32602)
        #expect(client.request("shutdown").first?.field("result") != nil)
        #expect(client.request("textDocument/hover").first?.errorCode == -32600)
        #expect(client.server.exitStatus == nil)
        _ = client.notify("exit")
        #expect(client.server.exitStatus == 0)

        var early = LSPTestClient()
        _ = early.initialize()
        _ = early.notify("exit")
        #expect(early.server.exitStatus == 1)
    }

    @Test func malformedMessagesGetErrorsNeverACrash() {
        var client = LSPTestClient()
        _ = client.initialize()
        #expect(client.send(bytes: LSPTestClient.frame("{not json")).first?.errorCode == -32700)
        #expect(client.send(bytes: LSPTestClient.frame("[1, 2]")).first?.errorCode == -32600)
        #expect(client.send(bytes: LSPTestClient.frame(#"{"id":7}"#)).first?.errorCode == -32600)
        #expect(client.send(bytes: Array("Content-Length: nine\r\n\r\n".utf8)).first?.errorCode == -32700)
        #expect(client.send(bytes: LSPTestClient.frame(#"{"jsonrpc":"2.0","id":"a","method":"x/y"}"#))
            .first?.field("id")?.stringValue == "a")
        // A response to one of the server's own requests is taken silently.
        #expect(client.send(bytes: LSPTestClient.frame(#"{"jsonrpc":"2.0","id":1,"result":null}"#)).isEmpty)
        // Still serving.
        #expect(client.request("shutdown").first?.errorCode == nil)
    }
}

@Suite struct LanguageServerDocumentTests {
    @Test func openPublishesArmorDiagnosticsWithCodesLinksTagsAndNotes() throws {
        let folder = TempDirectory()
        defer { folder.remove() }
        let uri = "file://" + folder.path + "/main.bicep"
        var client = LSPTestClient()
        _ = client.initialize()
        let published = LSPTestClient.diagnostics(client.open(uri, unnecessaryDependsOn))
        let diagnostics = try #require(published[uri])
        #expect(diagnostics.map { $0.path("range", "start", "line")?.intValue } == [21, 32])   // the redundant entries
        let first = try #require(diagnostics.first)
        #expect(first.field("code")?.stringValue == "unnecessary-dependson")
        #expect(first.field("source")?.stringValue == "armor")
        #expect(first.field("severity")?.intValue == 2)
        #expect(first.path("codeDescription", "href")?.stringValue
                == "https://github.com/armor-lint/armor/blob/main/Rules/unnecessary-dependson.md")
        #expect(first.field("tags")?.arrayValue?.compactMap(\.intValue) == [1])
        let note = try #require(first.field("relatedInformation")?.arrayValue?.first)
        #expect(note.path("location", "uri")?.stringValue == uri)
        #expect(note.path("location", "range", "start", "line")?.intValue == 16)   // `parent: account`
        #expect(note.path("location", "range", "start", "character")?.intValue == 10)
    }

    @Test func incrementalEditUpdatesDiagnostics() throws {
        let folder = TempDirectory()
        defer { folder.remove() }
        var client = LSPTestClient()
        let uri = client.start(in: folder, opening: unnecessaryDependsOn)
        // Delete line 22 (0-based 21), `  dependsOn: [account]`, as an editor would send it.
        let edit = #"{"textDocument":{"uri":"\#(uri)","version":2},"contentChanges":[{"range":{"start":{"line":21,"character":0},"end":{"line":22,"character":0}},"text":""}]}"#
        let reply = client.notify("textDocument/didChange", edit)
        let diagnostics = try #require(LSPTestClient.diagnostics(reply)[uri])
        #expect(diagnostics.map { $0.path("range", "start", "line")?.intValue } == [31])
        #expect(reply.first?.path("params", "version")?.intValue == 2)
        // Typing it back, with a multi-byte comment before it: positions are UTF-16 by default.
        let insert = #"{"textDocument":{"uri":"\#(uri)","version":3},"contentChanges":[{"range":{"start":{"line":21,"character":0},"end":{"line":21,"character":0}},"text":"  // ℹ️ 😀\n"},{"range":{"start":{"line":21,"character":10},"end":{"line":21,"character":10}},"text":"x\n  dependsOn: [account]"}]}"#
        let again = try #require(LSPTestClient.diagnostics(client.notify("textDocument/didChange", insert))[uri])
        #expect(again.map { $0.path("range", "start", "line")?.intValue } == [22, 33])
        #expect(client.server.documents[uri].map { String(decoding: $0.bytes, as: UTF8.self) }?
            .contains("  // ℹ️ 😀x\n  dependsOn: [account]\n}") == true)
    }

    @Test func closeClearsDiagnostics() {
        let folder = TempDirectory()
        defer { folder.remove() }
        var client = LSPTestClient()
        let uri = client.start(in: folder, opening: unnecessaryDependsOn)
        let reply = client.notify("textDocument/didClose", #"{"textDocument":{"uri":"\#(uri)"}}"#)
        #expect(LSPTestClient.diagnostics(reply)[uri]?.isEmpty == true)
        #expect(client.server.documents.isEmpty)
    }

    @Test func hoverShowsTheWaveAndWhatTheDeclarationWaitsFor() throws {
        let folder = TempDirectory()
        defer { folder.remove() }
        var client = LSPTestClient()
        let uri = client.start(in: folder, opening: unnecessaryDependsOn)
        let hover = client.request("textDocument/hover", #"{"textDocument":{"uri":"\#(uri)"},"position":{"line":15,"character":12}}"#)
        let text = try #require(hover.first?.path("result", "contents", "value")?.stringValue)
        #expect(text.contains("`project`"))
        #expect(text.contains("Deployment wave 2 of 3."))
        #expect(text.contains("Waits for: `account` (dependsOn, parent)"))
        let existing = client.request("textDocument/hover", #"{"textDocument":{"uri":"\#(uri)"},"position":{"line":2,"character":3}}"#)
        #expect(existing.first?.path("result", "contents", "value")?.stringValue?.contains("Existing") == true)
        // On a reference to a symbol (`parent: account`): that declaration, the word as the range.
        let reference = client.request("textDocument/hover", #"{"textDocument":{"uri":"\#(uri)"},"position":{"line":16,"character":12}}"#)
        #expect(reference.first?.path("result", "contents", "value")?.stringValue?.hasPrefix("**resource** `account`") == true)
        #expect(reference.first?.path("result", "range", "start", "character")?.intValue == 10)
        #expect(reference.first?.path("result", "range", "end", "character")?.intValue == 17)
        // Elsewhere in a body, nothing.
        let body = client.request("textDocument/hover", #"{"textDocument":{"uri":"\#(uri)"},"position":{"line":17,"character":4}}"#)
        #expect(body.first?.field("result")?.kind == .null)
    }

    @Test func documentSymbolsListResourcesAndModules() throws {
        let folder = TempDirectory()
        defer { folder.remove() }
        var client = LSPTestClient()
        let uri = client.start(in: folder, opening: unnecessaryDependsOn)
        let reply = client.request("textDocument/documentSymbol", #"{"textDocument":{"uri":"\#(uri)"}}"#)
        let symbols = try #require(reply.first?.field("result")?.arrayValue)
        #expect(symbols.compactMap { $0.field("name")?.stringValue } == ["search", "account", "project", "searchConnection"])
        #expect(symbols[1].path("selectionRange", "start", "line")?.intValue == 6)
        #expect(symbols[1].path("range", "end", "line")?.intValue == 13)
    }

    @Test func anOpenModuleBufferIsReadBeforeTheDiskAndItsChangesRelintItsUsers() throws {
        let folder = TempDirectory()
        defer { folder.remove() }
        let mainURI = "file://" + folder.path + "/main.bicep"
        let moduleURI = "file://" + folder.path + "/mod.bicep"
        var client = LSPTestClient()
        _ = client.initialize()
        // mod.bicep exists only as an unsaved buffer.
        let main = "module m 'mod.bicep' = {\n  name: 'm'\n  params: { name: 'x' }\n}\n"
        let alone = try #require(LSPTestClient.diagnostics(client.open(mainURI, main))[mainURI])
        #expect(alone.map { $0.field("code")?.stringValue } == ["module-not-found"])
        let opened = LSPTestClient.diagnostics(client.open(moduleURI, "param name string\n"))
        #expect(opened.keys.sorted() == [mainURI, moduleURI])
        #expect(opened[mainURI]?.isEmpty == true)
        // Closing the buffer: the template reads the disk again, where there is no module.
        let closed = LSPTestClient.diagnostics(client.notify("textDocument/didClose", #"{"textDocument":{"uri":"\#(moduleURI)"}}"#))
        #expect(closed[moduleURI]?.isEmpty == true)
        #expect(closed[mainURI]?.map { $0.field("code")?.stringValue } == ["module-not-found"])
    }

    @Test func hoverOnAModuleGivesTheWavesOfItsResources() throws {
        let folder = TempDirectory()
        defer { folder.remove() }
        folder.write("mod.bicep", """
        resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
          name: 'stmod'
          location: 'eastus'
          sku: { name: 'Standard_LRS' }
          kind: 'StorageV2'
        }

        """)
        let uri = "file://" + folder.path + "/main.bicep"
        var client = LSPTestClient()
        _ = client.initialize()
        let main = """
        resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
          name: 'kv'
          location: 'eastus'
          properties: { tenantId: subscription().tenantId, sku: { family: 'A', name: 'standard' } }
        }

        module m 'mod.bicep' = {
          name: 'm'
          dependsOn: [vault]
        }

        """
        _ = client.open(uri, main)
        let hover = client.request("textDocument/hover", #"{"textDocument":{"uri":"\#(uri)"},"position":{"line":6,"character":8}}"#)
        let text = try #require(hover.first?.path("result", "contents", "value")?.stringValue)
        #expect(text.hasPrefix("**module** `m`"))
        #expect(text.contains("Its resources deploy in wave 2 of 2."))
        #expect(text.contains("Waits for: `vault` (dependsOn)"))
    }
}
