import ArmorBase
import ArmorSyntax
import ArmorAnalysis

/// `armor lsp`: the Language Server Protocol state machine, without I/O. `receive` takes the
/// bytes a client sent and returns the framed bytes to send back, so the protocol is tested
/// without pipes; `LSPCommand` runs it over stdin and stdout.
///
/// Lifecycle (LSP 3.17): requests before `initialize` get -32002, requests after `shutdown`
/// -32600; `exit` ends the session with status 0 after `shutdown`, 1 otherwise. Malformed headers
/// and JSON get -32700, a message that is no request -32600, an unknown method -32601. Nothing
/// a client sends makes the server stop other than `exit` or the end of its input.
package struct LanguageServer {
    enum State { case uninitialized, running, shutDown }

    package struct Timing: Sendable {
        package var uri: String
        /// Microseconds from receiving the change to having the diagnostics ready.
        package var microseconds: Int
    }

    var state = State.uninitialized
    /// Set by `exit`: the process's exit status.
    package internal(set) var exitStatus: Int32?
    package internal(set) var encoding = PositionEncoding.utf16
    package internal(set) var documents: [String: LSPDocument] = [:]
    /// Each open document's last lint: armor's own diagnostics, kept so that a
    /// `textDocument/codeAction` handler can turn their fixes into workspace edits (the seam for
    /// the fix engine: look the diagnostic up by range and code here, not in the client's copy).
    package internal(set) var lintedDiagnostics: [String: [Diagnostic]] = [:]
    /// `lintedDiagnostics` as published (same order), for a code action's `diagnostics`.
    var publishedDiagnostics: [String: [LSPValue]] = [:]
    /// The text of the other files (modules) the fixes of a document's diagnostics edit, as
    /// the lint read it: their byte offsets become positions in it.
    var fixSources: [String: [String: SourceFile]] = [:]
    /// Each open document's local modules, transitively (absolute paths): a change to one of
    /// them re-lints the document.
    var modules: [String: Set<String>] = [:]
    /// The workspace folder (`rootUri` or the first of `workspaceFolders`): where root templates
    /// are looked for when a file has no `.git` above it.
    var workspaceRoot: String?
    /// Each repository's scan for module paths on disk, kept until a file changes on disk
    /// (saved, or reported by the client's watcher); unsaved buffers are laid over it per lint.
    var importerIndexes: [String: ModuleImporters] = [:]
    /// How long each lint took, newest last (for `--log` and the timing test).
    package internal(set) var timings: [Timing] = []
    /// Lints run since the start (`timings` keeps the last 100).
    package internal(set) var lintCount = 0
    var framer = LSPFramer()
    let environment: [String: String]
    var nextRequestID = 1
    var watchRegistration = false
    /// Documents changed since their last lint, in the order they changed (see `receive`).
    package internal(set) var pendingLints: [String] = []

    package init(environment: [String: String] = [:]) {
        self.environment = environment
    }

    /// Feeds bytes from the client; returns the framed messages to write. With `debounce`, the
    /// lints that `didChange` asks for wait (`pendingLints`) until `flushPendingLints()` or
    /// any other message: a burst of keystrokes costs one lint, not one per change.
    package mutating func receive(_ bytes: [UInt8], debounce: Bool = false) -> [UInt8] {
        framer.append(bytes)
        var out: [UInt8] = []
        while exitStatus == nil, let frame = framer.next() {
            var replies: [LSPValue] = []
            switch frame {
            case .malformedHeader(let why): replies = [Self.error(id: .null, code: -32700, "malformed header: \(why)")]
            case .message(let body): replies = handle(body)
            }
            for reply in replies { out += LSPFramer.frame(reply.serialized) }
        }
        if !debounce { for reply in flushPendingLints() { out += LSPFramer.frame(reply.serialized) } }
        return out
    }

    /// Lints the documents whose changes were held back, and publishes their diagnostics.
    package mutating func flushPendingLints() -> [LSPValue] {
        guard !pendingLints.isEmpty else { return [] }
        let uris = pendingLints
        pendingLints = []
        return lintAffected(by: uris)
    }

    /// One message body; the replies and notifications it causes, unframed.
    package mutating func handle(_ body: [UInt8]) -> [LSPValue] {
        let document = JSONReader.read(SourceFile(path: "<lsp>", bytes: body))
        guard let root = document.root, !document.hasErrors else {
            return [Self.error(id: .null, code: -32700, "parse error: the message is not JSON")]
        }
        guard case .object = root.kind else {
            return [Self.error(id: .null, code: -32600, "invalid request: a message is a JSON object")]
        }
        let id = root.field("id").map(LSPValue.init)
        guard let method = root.field("method")?.stringValue else {
            // A response to one of our requests (client/registerCapability): nothing to do.
            if id != nil, root.field("result") != nil || root.field("error") != nil { return [] }
            return [Self.error(id: id ?? .null, code: -32600, "invalid request: no method")]
        }
        let params = root.field("params")
        // Held-back lints run before any other message, so nothing is answered from stale diagnostics.
        let flushed = method == "textDocument/didChange" ? [] : flushPendingLints()
        if let id { return flushed + request(method, id: id, params: params) }
        return flushed + notification(method, params: params)
    }

    // MARK: Requests

    mutating func request(_ method: String, id: LSPValue, params: JSONValue?) -> [LSPValue] {
        switch state {
        case .uninitialized where method != "initialize":
            return [Self.error(id: id, code: -32002, "server not initialized: send 'initialize' first")]
        case .shutDown:
            return [Self.error(id: id, code: -32600, "invalid request: the server is shut down")]
        case .running where method == "initialize":
            return [Self.error(id: id, code: -32600, "invalid request: 'initialize' was sent already")]
        default: break
        }
        switch method {
        case "initialize":
            state = .running
            return [Self.result(id: id, initialize(params))]
        case "shutdown":
            state = .shutDown
            return [Self.result(id: id, .null)]
        case "textDocument/hover":
            guard let (document, position) = target(params) else { return [invalidParams(id)] }
            return [Self.result(id: id, hover(document, at: position) ?? .null)]
        case "textDocument/documentSymbol":
            guard let uri = params?.path("textDocument", "uri")?.stringValue else { return [invalidParams(id)] }
            guard let document = documents[uri] else { return [Self.result(id: id, .array([]))] }
            return [Self.result(id: id, .array(documentSymbols(document)))]
        case "textDocument/codeAction":
            guard let actions = codeActions(params) else { return [invalidParams(id)] }
            return [Self.result(id: id, .array(actions))]
        default:
            return [Self.error(id: id, code: -32601, "method not found: '\(method)'")]
        }
    }

    mutating func initialize(_ params: JSONValue?) -> LSPValue {
        let offered = params?.path("capabilities", "general", "positionEncodings")?.arrayValue?.compactMap(\.stringValue) ?? []
        encoding = offered.contains(PositionEncoding.utf8.rawValue) ? .utf8 : .utf16
        watchRegistration = params?.path("capabilities", "workspace", "didChangeWatchedFiles", "dynamicRegistration")?.boolValue == true
        let folder = params?.field("workspaceFolders")?.arrayValue?.first?.field("uri")?.stringValue ?? params?.field("rootUri")?.stringValue
        workspaceRoot = folder.flatMap { FileURI.path(of: $0) }
        return .object([
            "capabilities": .object([
                "positionEncoding": .string(encoding.rawValue),
                "textDocumentSync": .object([
                    "openClose": .bool(true),
                    "change": .int(2),
                    "save": .object(["includeText": .bool(false)]),
                ]),
                "hoverProvider": .bool(true),
                "documentSymbolProvider": .bool(true),
                "codeActionProvider": .object(["codeActionKinds": .array([.string("quickfix")])]),
            ]),
            "serverInfo": .object(["name": .string("armor"), "version": .string(ArmorCLI.version)]),
        ])
    }

    func invalidParams(_ id: LSPValue) -> LSPValue {
        Self.error(id: id, code: -32602, "invalid params")
    }

    /// `textDocument` + `position` of a request on an open document, as a byte offset.
    func target(_ params: JSONValue?) -> (LSPDocument, Int)? {
        guard let uri = params?.path("textDocument", "uri")?.stringValue,
              let line = params?.path("position", "line")?.intValue,
              let character = params?.path("position", "character")?.intValue,
              let document = documents[uri] else { return nil }
        let position = LSPPosition(line: Int(line), character: Int(character))
        return (document, document.offset(of: position, encoding: encoding))
    }

    // MARK: Notifications

    mutating func notification(_ method: String, params: JSONValue?) -> [LSPValue] {
        if method == "exit" {
            exitStatus = state == .shutDown ? 0 : 1
            return []
        }
        guard state == .running else { return [] }
        switch method {
        case "initialized":
            return watchRegistration ? [registerWatchers()] : []
        case "textDocument/didOpen":
            guard let item = params?.field("textDocument"), let uri = item.field("uri")?.stringValue,
                  let text = item.field("text")?.stringValue else { return [] }
            let path = FileURI.path(of: uri) ?? uri
            documents[uri] = LSPDocument(uri: uri, path: path, version: Int(item.field("version")?.intValue ?? 0),
                                         text: Array(text.utf8))
            return lintAffected(by: [uri])
        case "textDocument/didChange":
            guard let uri = params?.path("textDocument", "uri")?.stringValue, var document = documents[uri] else { return [] }
            for change in params?.field("contentChanges")?.arrayValue ?? [] {
                guard let text = change.field("text")?.stringValue else { continue }
                if let range = change.field("range"), let from = Self.position(range.field("start")),
                   let to = Self.position(range.field("end")) {
                    document.replace(from: from, to: to, with: Array(text.utf8), encoding: encoding)
                } else {
                    document.replaceAll(Array(text.utf8))
                }
            }
            if let version = params?.path("textDocument", "version")?.intValue { document.version = Int(version) }
            documents[uri] = document
            if !pendingLints.contains(uri) { pendingLints.append(uri) }
            return []
        case "textDocument/didSave":
            guard let uri = params?.path("textDocument", "uri")?.stringValue, documents[uri] != nil else { return [] }
            importerIndexes = [:]
            return lintAffected(by: [uri])
        case "textDocument/didClose":
            guard let uri = params?.path("textDocument", "uri")?.stringValue,
                  documents.removeValue(forKey: uri) != nil else { return [] }
            lintedDiagnostics[uri] = nil
            publishedDiagnostics[uri] = nil
            fixSources[uri] = nil
            modules[uri] = nil
            // Other open documents that used its buffer as a module read the disk again.
            return [publish(uri: uri, version: nil, [])] + lintAffected(by: [uri], includingSelf: false)
        case "workspace/didChangeWatchedFiles":
            let uris = params?.field("changes")?.arrayValue?.compactMap { $0.field("uri")?.stringValue } ?? []
            importerIndexes = [:]
            // A file that names modules may have made an open document a module (or stopped):
            // every open document's roots may have changed.
            if uris.contains(where: { $0.hasSuffix("/armor.json") }) || Self.namesModules(uris) { return lintAll() }
            return lintAffected(by: uris, includingSelf: false)
        case "workspace/didChangeConfiguration":
            // armor.json is read afresh on every lint: re-linting is re-reading it.
            return lintAll()
        default:
            return []
        }
    }

    static func position(_ value: JSONValue?) -> LSPPosition? {
        guard let line = value?.field("line")?.intValue, let character = value?.field("character")?.intValue else { return nil }
        return LSPPosition(line: Int(line), character: Int(character))
    }

    /// Asks the client to report changes to templates and armor.json (when it can register).
    mutating func registerWatchers() -> LSPValue {
        let id = nextRequestID
        nextRequestID += 1
        let globs = ["**/*.bicep", "**/*.json", "**/*.bicepparam"].map { LSPValue.object(["globPattern": .string($0)]) }
        return .object([
            "jsonrpc": .string("2.0"), "id": .int(id), "method": .string("client/registerCapability"),
            "params": .object(["registrations": .array([.object([
                "id": .string("armor-watch"), "method": .string("workspace/didChangeWatchedFiles"),
                "registerOptions": .object(["watchers": .array(globs)]),
            ])])]),
        ])
    }

    // MARK: Messages

    static func result(id: LSPValue, _ result: LSPValue) -> LSPValue {
        .object(["jsonrpc": .string("2.0"), "id": id, "result": result])
    }

    static func error(id: LSPValue, code: Int, _ message: String) -> LSPValue {
        .object(["jsonrpc": .string("2.0"), "id": id,
                 "error": .object(["code": .int(code), "message": .string(message)])])
    }

    static func notification(_ method: String, _ params: LSPValue) -> LSPValue {
        .object(["jsonrpc": .string("2.0"), "method": .string(method), "params": params])
    }
}
