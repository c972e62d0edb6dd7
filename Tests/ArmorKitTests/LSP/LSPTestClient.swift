import ArmorBase
import ArmorSyntax
@testable import ArmorKit
import ArmorTestSupport

/// A scripted LSP client: frames requests for a `LanguageServer` and reads its replies back
/// with armor's JSON reader.
struct LSPTestClient {
    var server = LanguageServer(environment: [:])
    var nextID = 1

    static func frame(_ json: String) -> [UInt8] { LSPFramer.frame(json) }

    /// Sends raw bytes; returns every message the server wrote, parsed.
    mutating func send(bytes: [UInt8]) -> [JSONValue] {
        var framer = LSPFramer()
        framer.append(server.receive(bytes))
        var out: [JSONValue] = []
        while case .message(let body)? = framer.next() {
            if let root = JSONReader.read(SourceFile(path: "<reply>", bytes: body)).root { out.append(root) }
        }
        return out
    }

    mutating func request(_ method: String, _ params: String = "{}") -> [JSONValue] {
        defer { nextID += 1 }
        return send(bytes: Self.frame(#"{"jsonrpc":"2.0","id":\#(nextID),"method":"\#(method)","params":\#(params)}"#))
    }

    mutating func notify(_ method: String, _ params: String = "{}") -> [JSONValue] {
        send(bytes: Self.frame(#"{"jsonrpc":"2.0","method":"\#(method)","params":\#(params)}"#))
    }

    mutating func initialize(_ capabilities: String = "{}") -> [JSONValue] {
        let replies = request("initialize", #"{"capabilities":\#(capabilities)}"#)
        _ = notify("initialized")
        return replies
    }

    mutating func open(_ uri: String, _ text: String, version: Int = 1) -> [JSONValue] {
        notify("textDocument/didOpen",
               #"{"textDocument":{"uri":"\#(uri)","languageId":"bicep","version":\#(version),"text":\#(JSONWriter.quoted(text))}}"#)
    }

    /// Initializes, opens `text` as `name` in `folder`, and returns the document's URI: the
    /// start of most document tests.
    mutating func start(in folder: TempDirectory, opening text: String, name: String = "main.bicep") -> String {
        let uri = "file://" + folder.path + "/" + name
        _ = initialize()
        _ = open(uri, text)
        return uri
    }

    /// The `publishDiagnostics` notifications among `messages`, by URI.
    static func diagnostics(_ messages: [JSONValue]) -> [String: [JSONValue]] {
        var out: [String: [JSONValue]] = [:]
        for message in messages where message.field("method")?.stringValue == "textDocument/publishDiagnostics" {
            if let uri = message.path("params", "uri")?.stringValue {
                out[uri] = message.path("params", "diagnostics")?.arrayValue ?? []
            }
        }
        return out
    }
}

extension JSONValue {
    var errorCode: Int64? { path("error", "code")?.intValue }
}
