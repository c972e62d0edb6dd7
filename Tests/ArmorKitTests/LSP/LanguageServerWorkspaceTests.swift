import Testing
import ArmorBase
import ArmorSyntax
import ArmorTestSupport
@testable import ArmorKit

@Suite struct LanguageServerWorkspaceTests {
    @Test func aModuleChangedOnDiskRelintsTheOpenTemplatesThatUseIt() throws {
        let folder = TempDirectory()
        defer { folder.remove() }
        let mainURI = "file://" + folder.path + "/main.bicep"
        let otherURI = "file://" + folder.path + "/other.bicep"
        var client = LSPTestClient()
        _ = client.initialize()
        let main = "module m 'modules/mod.bicep' = {\n  name: 'm'\n}\n"
        #expect(LSPTestClient.diagnostics(client.open(mainURI, main))[mainURI]?.count == 1)   // module-not-found
        _ = client.open(otherURI, "param p string\n")
        folder.write("modules/mod.bicep", "param q string = 'x'\n")
        let change = #"{"changes":[{"uri":"file://\#(folder.path)/modules/mod.bicep","type":1}]}"#
        let published = LSPTestClient.diagnostics(client.notify("workspace/didChangeWatchedFiles", change))
        // Only the template that uses the module is linted again, and the module is found now.
        #expect(published.keys.sorted() == [mainURI])
        #expect(published[mainURI]?.isEmpty == true)
    }

    @Test func armorJSONChangesRelintEveryOpenDocument() throws {
        let folder = TempDirectory()
        defer { folder.remove() }
        let uri = "file://" + folder.path + "/main.bicep"
        var client = LSPTestClient()
        _ = client.initialize()
        #expect(LSPTestClient.diagnostics(client.open(uri, unnecessaryDependsOn))[uri]?.count == 2)
        folder.write("armor.json", #"{ "rules": { "unnecessary-dependson": "off" } }"#)
        let watched = #"{"changes":[{"uri":"file://\#(folder.path)/armor.json","type":1}]}"#
        #expect(LSPTestClient.diagnostics(client.notify("workspace/didChangeWatchedFiles", watched))[uri]?.isEmpty == true)
        folder.write("armor.json", #"{ "rules": { "unnecessary-dependson": "error" } }"#)
        let again = LSPTestClient.diagnostics(client.notify("workspace/didChangeConfiguration", #"{"settings":{}}"#))
        #expect(again[uri]?.compactMap { $0.field("severity")?.intValue } == [1, 1])
    }

    @Test func watchersAreRegisteredWhenTheClientCanRegisterThem() {
        var client = LSPTestClient()
        _ = client.request("initialize", #"{"capabilities":{"workspace":{"didChangeWatchedFiles":{"dynamicRegistration":true}}}}"#)
        let registration = client.notify("initialized")
        #expect(registration.first?.field("method")?.stringValue == "client/registerCapability")
        #expect(registration.first?.path("params", "registrations")?.arrayValue?.first?.field("method")?.stringValue
                == "workspace/didChangeWatchedFiles")
    }

    /// Random bytes, random frames of random JSON-ish text: every complete message gets at most
    /// one reply, and the server keeps answering afterwards.
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func garbageNeverStopsTheServer(seed: UInt64) {
        var random = SplitMix(seed: seed)
        var client = LSPTestClient()
        _ = client.initialize()
        let pieces = ["{", "}", "[", "]", "\"id\"", ":", "1", ",", "\"method\"", "\"textDocument/didChange\"", "\"params\"",
                      "\"contentChanges\"", "\"range\"", "null", "-99999999999999999999", "\"\\u0000\"", "\"text\""]
        for _ in 0..<300 {
            switch random.next() % 3 {
            case 0:
                let bytes = (0..<Int(random.next() % 64)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
                _ = client.send(bytes: bytes)
            case 1:
                let body = (0..<Int(random.next() % 24)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
                _ = client.send(bytes: LSPTestClient.frame(body))
            default:
                _ = client.send(bytes: Array("\r\n\r\n".utf8))
            }
        }
        // Whatever state the framer was left in, a fresh header block after garbage is found.
        var replies: [JSONValue] = []
        for _ in 0..<3 where replies.isEmpty {
            replies = client.send(bytes: Array("\r\n\r\n".utf8) + LSPTestClient.frame(#"{"jsonrpc":"2.0","id":"last","method":"shutdown"}"#))
                .filter { $0.field("id")?.stringValue == "last" }
        }
        #expect(replies.count == 1)
        #expect(client.server.exitStatus == nil)
    }
}
