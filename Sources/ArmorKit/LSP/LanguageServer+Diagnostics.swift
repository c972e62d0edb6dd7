import ArmorBase
import ArmorAnalysis
import ArmorRules

extension LanguageServer {
    /// Lints the documents named by `uris` (when open and `includingSelf`) and every open
    /// document that uses one of them as a module, and publishes their diagnostics.
    mutating func lintAffected(by uris: [String], includingSelf: Bool = true) -> [LSPValue] {
        let paths = Set(uris.map { WorkingDirectory.absolute(FileURI.path(of: $0) ?? $0) })
        var targets: [String] = []
        for uri in documents.keys.sorted() {
            let own = includingSelf && uris.contains(uri)
            if own || !(modules[uri] ?? []).isDisjoint(with: paths) { targets.append(uri) }
        }
        var out: [LSPValue] = []
        for uri in targets { out.append(lint(uri)) }
        return out
    }

    mutating func lintAll() -> [LSPValue] {
        var out: [LSPValue] = []
        for uri in documents.keys.sorted() { out.append(lint(uri)) }
        return out
    }

    /// Lints one open document from its buffer, the way `armor lint --stdin --stdin-filename
    /// PATH` does (modules and armor.json found from PATH), with the other open buffers taking
    /// the place of their files; returns its `publishDiagnostics`.
    mutating func lint(_ uri: String) -> LSPValue {
        guard let document = documents[uri] else { return publish(uri: uri, version: nil, []) }
        let clock = ContinuousClock()
        let started = clock.now
        let kind = Frontend.kind(ofPath: document.path, bytes: document.bytes)
        guard kind == .bicep || kind == .armTemplate || kind == .bicepParameters || kind == .teardownScript else {
            lintedDiagnostics[uri] = []
            publishedDiagnostics[uri] = []
            fixSources[uri] = [:]
            return publish(uri: uri, version: document.version, [])
        }
        var options = Linter.Options()
        options.configurations = ConfigLocator()
        options.registry = ModuleRegistry(home: environment["HOME"])
        var buffers: [String: SourceFile] = [:]
        for (other, buffer) in documents where other != uri {
            let otherKind = Frontend.kind(ofPath: buffer.path, bytes: buffer.bytes)
            if otherKind == .bicep || otherKind == .armTemplate { buffers[WorkingDirectory.absolute(buffer.path)] = buffer.source }
        }
        // Only the buffers this document reads are analysed with it (parsing the tree is cheap).
        let used = kind == .bicep || kind == .armTemplate ? moduleClosure(of: document, buffers) : []
        options.unsavedBuffers = buffers.filter { used.contains($0.key) }
        // A module is also linted through its roots (read from their buffers when open).
        options.rootTemplates = RootTemplateSearch(fallbackRoot: workspaceRoot ?? Paths.directory(of: document.path))
        options.openBuffers = buffers
        options.importerIndexes = importerIndexes
        let outcome = Linter(options: options).lint([document.source])
        importerIndexes.merge(outcome.importerIndexes) { _, new in new }
        modules[uri] = used.union(outcome.rootTemplates)
        let own = outcome.diagnostics.compactMap { Self.shown($0, in: document.path) }
        lintedDiagnostics[uri] = own
        var values = own.map { lspDiagnostic($0, in: document, sources: outcome.sources) }
        publishedDiagnostics[uri] = values
        let edited = Set(own.flatMap { $0.fix?.paths ?? [] }).subtracting([document.path])
        fixSources[uri] = outcome.sources.filter { edited.contains($0.key) }
        for problem in outcome.errors {
            values.append(.object(["range": document.range(of: .zero, encoding: encoding), "severity": .int(1),
                                   "source": .string("armor"), "message": .string(problem)]))
        }
        let elapsed = clock.now - started
        let micro = Int(elapsed.components.seconds) * 1_000_000 + Int(elapsed.components.attoseconds / 1_000_000_000_000)
        timings.append(Timing(uri: uri, microseconds: micro))
        lintCount += 1
        if timings.count > 100 { timings.removeFirst(timings.count - 100) }
        return publish(uri: uri, version: document.version, values)
    }

    /// A diagnostic as this document shows it: its own, or a root's finding located in the root
    /// whose note points here (the module's verdict in its deployment), moved onto that note
    /// with the root's place as its first note; nil for findings about other files only.
    static func shown(_ diagnostic: Diagnostic, in path: String) -> Diagnostic? {
        if diagnostic.location.path == path { return diagnostic }
        guard let index = diagnostic.notes.firstIndex(where: { $0.location?.path == path }),
              let place = diagnostic.notes[index].location else { return nil }
        var moved = diagnostic
        moved.location = place
        moved.notes.remove(at: index)
        moved.notes.insert(Note("reported where '\(Paths.fileName(of: diagnostic.location.path))' deploys this file",
                                at: diagnostic.location), at: 0)
        return moved
    }

    func publish(uri: String, version: Int?, _ diagnostics: [LSPValue]) -> LSPValue {
        var params: [String: LSPValue] = ["uri": .string(uri), "diagnostics": .array(diagnostics)]
        if let version { params["version"] = .int(version) }
        return Self.notification("textDocument/publishDiagnostics", .object(params))
    }

    /// An armor diagnostic as an LSP one: rule page link, notes as related information (notes
    /// without a place join the message, as does the help line), `unnecessary-dependson` greyed.
    func lspDiagnostic(_ diagnostic: Diagnostic, in document: LSPDocument, sources: [String: SourceFile]) -> LSPValue {
        let severity = switch diagnostic.severity {
        case .error: 1
        case .warning: 2
        case .info: 3
        }
        var message = diagnostic.message
        var related: [LSPValue] = []
        for note in diagnostic.notes {
            guard let location = note.location else { message += "\nnote: " + note.message; continue }
            let file: LSPDocument?
            if location.path == document.path {
                file = document
            } else if let source = sources[location.path] {
                file = LSPDocument(uri: FileURI.uri(of: location.path), path: location.path, version: 0, text: source.bytes)
            } else {
                file = nil
            }
            guard let file else { message += "\nnote: " + note.message; continue }
            related.append(.object([
                "location": .object(["uri": .string(file.uri), "range": file.range(of: location.span, encoding: encoding)]),
                "message": .string(note.message),
            ]))
        }
        if let help = diagnostic.help { message += "\nhelp: " + help }
        var value: [String: LSPValue] = [
            "range": document.range(of: diagnostic.location.span, encoding: encoding),
            "severity": .int(severity),
            "code": .string(diagnostic.code.id),
            "source": .string("armor"),
            "message": .string(message),
        ]
        if case .rule(let id) = diagnostic.code {
            value["codeDescription"] = .object(["href": .string(id.helpURL)])
            if id == .unnecessaryDependsOn { value["tags"] = .array([.int(1)]) }
        }
        if !related.isEmpty { value["relatedInformation"] = .array(related) }
        return .object(value)
    }

    /// Whether one of the files (on disk) names a local module: a cheap byte scan.
    static func namesModules(_ uris: [String]) -> Bool {
        uris.contains { uri in
            guard let path = FileURI.path(of: uri), let bytes = try? FileSystem.readFile(path) else { return false }
            switch Paths.fileExtension(of: path) {
            case "bicep": return !ModuleReferenceScan.bicep(bytes).isEmpty
            case "json", "jsonc": return !ModuleReferenceScan.arm(bytes).isEmpty
            default: return false
            }
        }
    }

    /// The local module files a document reads, transitively, by absolute path (open buffers
    /// first, then the disk; parsed only, no graphs).
    func moduleClosure(of document: LSPDocument, _ buffers: [String: SourceFile]) -> Set<String> {
        var seen = Set<String>()
        var pending = [(WorkingDirectory.absolute(document.path), document.source)]
        while let (path, source) = pending.popLast(), seen.count < 1000 {
            for resource in Frontend.template(from: source).resources {
                guard case .local(let relative)? = resource.module else { continue }
                let module = WorkingDirectory.absolute(Paths.join(Paths.directory(of: path), relative))
                guard seen.insert(module).inserted else { continue }
                if let buffer = buffers[module] {
                    pending.append((module, buffer))
                } else if FileSystem.kind(of: module) == .file, let bytes = try? FileSystem.readFile(module) {
                    pending.append((module, SourceFile(path: module, bytes: bytes)))
                }
            }
        }
        return seen
    }
}
