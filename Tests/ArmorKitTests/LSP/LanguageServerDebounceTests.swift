import Testing
import ArmorBase
import ArmorSyntax
@testable import ArmorKit
import ArmorTestSupport

/// Typing sends a change per keystroke: queued changes cost one lint, and nothing the client
/// asks for next ever sees stale diagnostics.
@Suite struct LanguageServerDebounceTests {
    static func change(_ uri: String, version: Int, line: Int, text: String) -> [UInt8] {
        LSPTestClient.frame(#"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"\#(uri)","version":\#(version)},"contentChanges":[{"range":{"start":{"line":\#(line),"character":0},"end":{"line":\#(line),"character":0}},"text":"\#(text)"}]}}"#)
    }

    static func replies(_ bytes: [UInt8]) -> [JSONValue] {
        var framer = LSPFramer()
        framer.append(bytes)
        var out: [JSONValue] = []
        while case .message(let body)? = framer.next() {
            if let root = JSONReader.read(SourceFile(path: "<reply>", bytes: body)).root { out.append(root) }
        }
        return out
    }

    @Test func queuedChangesAreLintedOnce() {
        let uri = "file:///virtual/debounce/main.bicep"
        var client = LSPTestClient()
        _ = client.initialize()
        _ = client.open(uri, unnecessaryDependsOn)
        let before = client.server.lintCount
        let burst = (2...6).flatMap { Self.change(uri, version: $0, line: 0, text: "// \($0)\\n") }
        let published = LSPTestClient.diagnostics(client.send(bytes: burst))
        #expect(client.server.lintCount == before + 1)
        #expect(published[uri]?.count == 2)
        #expect(client.server.documents[uri]?.version == 6)
    }

    @Test func heldBackLintsRunBeforeAnyOtherMessage() {
        let uri = "file:///virtual/debounce/main.bicep"
        var client = LSPTestClient()
        _ = client.initialize()
        _ = client.open(uri, unnecessaryDependsOn)
        // The command's debounce: the change's lint waits for the input to go quiet.
        let held = Self.replies(client.server.receive(Self.change(uri, version: 2, line: 0, text: "// a\\n"), debounce: true))
        #expect(held.isEmpty && client.server.pendingLints == [uri])
        // A request arrives first: the diagnostics are brought up to date before it is answered.
        let hover = LSPTestClient.frame(#"{"jsonrpc":"2.0","id":99,"method":"textDocument/hover","params":{"textDocument":{"uri":"\#(uri)"},"position":{"line":0,"character":0}}}"#)
        let replies = Self.replies(client.server.receive(hover, debounce: true))
        #expect(replies.first?.field("method")?.stringValue == "textDocument/publishDiagnostics")
        #expect(replies.last?.field("id")?.intValue == 99)
        #expect(client.server.pendingLints.isEmpty)
    }
}
