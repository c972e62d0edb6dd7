import Testing
import ArmorBase
import ArmorSyntax
import ArmorTestSupport
@testable import ArmorKit

/// Applies LSP text edits to `text` the way a client does: positions counted in UTF-16 code
/// units (or UTF-8 bytes), all edits against the original text. Written apart from the
/// server's own position code, so that the two check each other.
func applyLSPEdits(_ edits: [JSONValue], to text: String, utf8: Bool = false) -> String {
    let bytes = Array(text.utf8)
    var lineStarts = [0]
    for (i, b) in bytes.enumerated() where b == 0x0A { lineStarts.append(i + 1) }
    func offset(_ position: JSONValue?) -> Int {
        let line = Int(position?.field("line")?.intValue ?? 0), character = Int(position?.field("character")?.intValue ?? 0)
        guard line < lineStarts.count else { return bytes.count }
        var i = lineStarts[line], units = 0
        let lineText = String(decoding: bytes[i...].prefix { $0 != 0x0A }, as: UTF8.self)
        for scalar in lineText.unicodeScalars {
            if units >= character { break }
            units += utf8 ? scalar.utf8.count : scalar.utf16.count
            i += scalar.utf8.count
        }
        return i
    }
    let resolved = edits.map { (offset($0.path("range", "start")), offset($0.path("range", "end")), $0.field("newText")?.stringValue ?? "") }
    var out = bytes
    for (start, end, newText) in resolved.sorted(by: { $0.0 > $1.0 }) { out.replaceSubrange(start..<end, with: Array(newText.utf8)) }
    return String(decoding: out, as: UTF8.self)
}

extension LSPTestClient {
    /// The code actions for `range` (`{"start":…,"end":…}`) of `uri`.
    mutating func codeActions(_ uri: String, range: String) -> [JSONValue] {
        let reply = request("textDocument/codeAction",
                            #"{"textDocument":{"uri":"\#(uri)"},"range":\#(range),"context":{"diagnostics":[]}}"#)
        return reply.first?.field("result")?.arrayValue ?? []
    }

    /// Replaces the whole text of `uri`; returns its new diagnostics.
    mutating func replaceText(_ uri: String, _ text: String, version: Int) -> [JSONValue]? {
        let change = #"{"textDocument":{"uri":"\#(uri)","version":\#(version)},"contentChanges":[{"text":\#(JSONWriter.quoted(text))}]}"#
        return LSPTestClient.diagnostics(notify("textDocument/didChange", change))[uri]
    }
}

@Suite struct LanguageServerCodeActionTests {
    @Test func theQuickFixRemovesTheRedundantDependsOn() throws {
        let folder = TempDirectory()
        defer { folder.remove() }
        let uri = "file://" + folder.path + "/main.bicep"
        var client = LSPTestClient()
        let initialized = client.initialize()
        #expect(initialized.first?.path("result", "capabilities", "codeActionProvider", "codeActionKinds")?
            .arrayValue?.compactMap(\.stringValue) == ["quickfix"])
        let opened = client.open(uri, unnecessaryDependsOn)
        let published = try #require(LSPTestClient.diagnostics(opened)[uri])
        #expect(published.count == 2)
        let range = try #require(published.first?.field("range"))
        let actions = client.codeActions(uri, range: LSPValue(range).serialized)
        #expect(actions.compactMap { $0.field("title")?.stringValue }.last == "Disable unnecessary-dependson for this line")
        let fix = try #require(actions.first { $0.field("isPreferred")?.boolValue == true })
        #expect(fix.field("kind")?.stringValue == "quickfix")
        #expect(fix.field("diagnostics")?.arrayValue?.first?.field("code")?.stringValue == "unnecessary-dependson")
        #expect(fix.field("diagnostics")?.arrayValue?.first?.path("range", "start", "line")?.intValue == 21)
        let edits = try #require(fix.path("edit", "changes", uri)?.arrayValue)
        let fixed = applyLSPEdits(edits, to: unnecessaryDependsOn)
        #expect(!fixed.contains("dependsOn: [account]"))
        let replaced = client.replaceText(uri, fixed, version: 2)
        let after = try #require(replaced)
        #expect(after.count == 1)
        #expect(after.first?.path("range", "start", "line")?.intValue == 31)   // the other one, a line up
        // A range that meets no finding: no actions.
        let none = client.codeActions(uri, range: #"{"start":{"line":0,"character":0},"end":{"line":0,"character":3}}"#)
        #expect(none.isEmpty)
        // A client that wants only refactorings gets none.
        let only = client.request("textDocument/codeAction",
                                  #"{"textDocument":{"uri":"\#(uri)"},"range":\#(LSPValue(range).serialized),"context":{"diagnostics":[],"only":["refactor"]}}"#)
        #expect(only.first?.field("result")?.arrayValue?.isEmpty == true)
    }

    @Test func theDisableActionSuppressesTheFindingWithoutAnUnusedSuppression() throws {
        let folder = TempDirectory()
        defer { folder.remove() }
        let uri = "file://" + folder.path + "/main.bicep"
        var client = LSPTestClient()
        _ = client.initialize()
        let opened = client.open(uri, unnecessaryDependsOn)
        let published = try #require(LSPTestClient.diagnostics(opened)[uri])
        let range = try #require(published.last?.field("range"))
        let actions = client.codeActions(uri, range: LSPValue(range).serialized)
        let disable = try #require(actions.first { $0.field("title")?.stringValue == "Disable unnecessary-dependson for this line" })
        #expect(disable.field("isPreferred")?.boolValue != true)
        let edits = try #require(disable.path("edit", "changes", uri)?.arrayValue)
        let suppressed = applyLSPEdits(edits, to: unnecessaryDependsOn)
        #expect(suppressed.contains("  }\n  #disable-next-line unnecessary-dependson\n  dependsOn: [search]\n"))
        let replaced = client.replaceText(uri, suppressed, version: 2)
        let after = try #require(replaced)
        #expect(after.compactMap { $0.field("code")?.stringValue } == ["unnecessary-dependson"])
        #expect(after.first?.path("range", "start", "line")?.intValue == 21)
        let again = client.codeActions(uri, range: #"{"start":{"line":33,"character":0},"end":{"line":33,"character":40}}"#)
        #expect(again.isEmpty)   // suppressed: nothing left to act on there
        // A directive already above the line (here for Bicep's own code) gets the id added.
        let withBicep = unnecessaryDependsOn.replacingOccurrences(of: "  }\n  dependsOn: [search]",
                                                                  with: "  }\n  #disable-next-line BCP081\n  dependsOn: [search]")
        let bicepDiagnostics = client.replaceText(uri, withBicep, version: 3)
        #expect(bicepDiagnostics?.map { $0.path("range", "start", "line")?.intValue } == [21, 33])
        let joined = client.codeActions(uri, range: #"{"start":{"line":33,"character":0},"end":{"line":33,"character":40}}"#)
        let join = try #require(joined.first { $0.field("title")?.stringValue == "Disable unnecessary-dependson for this line" })
        let joinedText = applyLSPEdits(join.path("edit", "changes", uri)?.arrayValue ?? [], to: withBicep)
        #expect(joinedText.contains("  #disable-next-line unnecessary-dependson BCP081\n  dependsOn: [search]\n"))
        let final = client.replaceText(uri, joinedText, version: 4)
        #expect(final?.compactMap { $0.field("code")?.stringValue } == ["unnecessary-dependson"])
    }

    @Test func editPositionsFollowTheNegotiatedEncoding() throws {
        let text = """
        param location string = resourceGroup().location

        resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
          name: 'foundry-demo'
          location: location
          kind: 'AIServices'
          sku: { name: 'S0' }
          properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }
        }

        resource other 'Microsoft.Storage/storageAccounts@2023-05-01' = {
          name: 'stother'
          location: location
          sku: { name: 'Standard_LRS' }
          kind: 'StorageV2'
        }

        resource project 'Microsoft.CognitiveServices/accounts/projects@2025-04-01-preview' = {
          parent: account
          name: 'demo-project'
          location: location
          properties: { description: 'é😀', displayName: 'x' }, dependsOn: [other, account]
        }

        """
        let folder = TempDirectory()
        defer { folder.remove() }
        let uri = "file://" + folder.path + "/main.bicep"
        var characters: [Int64] = []
        for utf8 in [false, true] {
            var client = LSPTestClient()
            _ = client.initialize(utf8 ? #"{"general":{"positionEncodings":["utf-8","utf-16"]}}"# : "{}")
            let opened = client.open(uri, text)
            let published = try #require(LSPTestClient.diagnostics(opened)[uri])
            #expect(published.count == 1)
            let range = try #require(published.first?.field("range"))
            let actions = client.codeActions(uri, range: LSPValue(range).serialized)
            let fix = try #require(actions.first { $0.field("isPreferred")?.boolValue == true })
            let edits = try #require(fix.path("edit", "changes", uri)?.arrayValue)
            characters += edits.compactMap { $0.path("range", "start", "character")?.intValue }
            let fixed = applyLSPEdits(edits, to: text, utf8: utf8)
            #expect(fixed.contains("'x' }, dependsOn: [other]\n}"))
            let after = client.replaceText(uri, fixed, version: 2)
            #expect(after?.isEmpty == true)
        }
        // 'é😀' is 3 UTF-16 code units and 6 UTF-8 bytes.
        #expect(characters.count == 2 && characters[1] - characters[0] == 3)
    }

    @Test func inARMJSONTheDisableActionWritesArmorsCommentDirective() throws {
        let text = """
        {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "resources": [
            {
              "type": "Microsoft.Storage/storageAccounts",
              "apiVersion": "2023-05-01",
              "name": "stfoundrydata",
              "location": "[resourceGroup().location]",
              "kind": "StorageV2",
              "sku": { "name": "Standard_LRS" },
              "properties": { "minimumTlsVersion": "TLS1_2", "allowBlobPublicAccess": false }
            },
            {
              "type": "Microsoft.Storage/storageAccounts/blobServices/containers",
              "apiVersion": "2023-05-01",
              "name": "stfoundrydata/default/documents",
              "properties": { "publicAccess": "None" },
              "dependsOn": [
                "[resourceId('Microsoft.Storage/storageAccounts/blobServices', 'stfoundrydata', 'default')]"
              ]
            }
          ]
        }
        """
        let folder = TempDirectory()
        defer { folder.remove() }
        let uri = "file://" + folder.path + "/azuredeploy.json"
        var client = LSPTestClient()
        _ = client.initialize()
        let opened = client.open(uri, text)
        let published = try #require(LSPTestClient.diagnostics(opened)[uri])
        #expect(published.compactMap { $0.field("code")?.stringValue } == ["dependson-unknown"])
        let range = try #require(published.first?.field("range"))
        let actions = client.codeActions(uri, range: LSPValue(range).serialized)
        let disable = try #require(actions.first { $0.field("title")?.stringValue == "Disable dependson-unknown for this line" })
        let suppressed = applyLSPEdits(disable.path("edit", "changes", uri)?.arrayValue ?? [], to: text)
        #expect(suppressed.contains("    },\n    // armor-disable-next-line dependson-unknown\n    {\n"))
        let after = client.replaceText(uri, suppressed, version: 2)
        #expect(after?.isEmpty == true)
    }

    /// No rule's fix edits a file other than its finding's yet; the conversion is ready for one.
    @Test func editsInAnotherFileGoUnderItsOwnURIWithPositionsFromItsText() throws {
        let folder = TempDirectory()
        defer { folder.remove() }
        let uri = "file://" + folder.path + "/main.bicep"
        let modulePath = folder.path + "/modules/mod.bicep"
        folder.write("modules/mod.bicep", "param p string // é😀 x\n")
        var client = LSPTestClient()
        _ = client.initialize()
        _ = client.open(uri, "module m 'modules/mod.bicep' = {\n  name: 'm'\n}\n")
        let document = try #require(client.server.documents[uri])
        let xOffset = UInt32(Array("param p string // é😀 ".utf8).count)
        let edits = [TextEdit(path: document.path, span: Span(start: 7, end: 8), replacement: "n"),
                     TextEdit.insert("y", at: xOffset, in: modulePath)]
        let edit = try #require(client.server.workspaceEdit(edits, document: document))
        guard case .object(let top) = edit, case .object(let changes)? = top["changes"] else { Issue.record("no changes"); return }
        let moduleURI = FileURI.uri(of: modulePath)
        #expect(changes.keys.sorted() == [uri, moduleURI].sorted())
        guard case .array(let moduleEdits)? = changes[moduleURI], case .object(let first)? = moduleEdits.first,
              case .object(let range)? = first["range"], case .object(let start)? = range["start"] else { Issue.record("no module edit"); return }
        #expect(start["character"] == .int(22))   // UTF-16: é is 1 unit, 😀 2 (UTF-8: 2 and 4)
        // The module open in the editor: its buffer and its URI as the client sent it.
        let openURI = "file://" + folder.path + "/modules/%6Dod.bicep"
        _ = client.open(openURI, "// é😀😀\nparam p string // é😀 x\n")
        let again = try #require(client.server.workspaceEdit([TextEdit.insert("y", at: xOffset + 14, in: modulePath)], document: document))
        guard case .object(let top2) = again, case .object(let changes2)? = top2["changes"] else { Issue.record("no changes"); return }
        #expect(changes2.keys.sorted() == [openURI])
        guard case .array(let openEdits)? = changes2[openURI], case .object(let openEdit)? = openEdits.first else { Issue.record("no edit"); return }
        #expect(openEdit["range"] == .object(["start": .object(["line": .int(1), "character": .int(22)]),
                                              "end": .object(["line": .int(1), "character": .int(22)])]))
    }
}
