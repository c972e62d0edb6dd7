import Testing
import ArmorBase
import ArmorSyntax
import ArmorAnalysis

/// Lexer round-trip, clean parse, truncation robustness and CRLF stability over every corpus
/// `.bicep` file.
@Suite(.enabled(if: CorpusLocation.isPresent, CorpusLocation.absentReason))
struct BicepCorpusTests {
    static let files: [SourceFile] = {
        var paths: [String] = []
        collect(CorpusLocation.avm, into: &paths)
        return paths.sorted().compactMap { path in
            (try? FileSystem.readFile(path)).map { SourceFile(path: path, bytes: $0) }
        }
    }()

    static func collect(_ directory: String, into paths: inout [String]) {
        guard let entries = try? FileSystem.listDirectory(directory) else { return }
        for entry in entries {
            let path = directory + "/" + entry
            switch FileSystem.kind(of: path) {
            case .directory: collect(path, into: &paths)
            case .file where path.hasSuffix(".bicep"): paths.append(path)
            default: break
            }
        }
    }

    @Test func corpusIsThere() {
        #expect(Self.files.count > 1000)
    }

    @Test func tokensAndTriviaCoverEveryFile() {
        for source in Self.files {
            let lexed = BicepLexer.lex(source)
            var pieces = lexed.tokens.map { ($0.start, $0.end) } + lexed.trivia.map { ($0.start, $0.start + $0.length) }
            pieces = pieces.filter { $0.0 != $0.1 }.sorted { $0.0 < $1.0 }
            var at: UInt32 = 0
            var gap: UInt32?
            for (s, e) in pieces {
                if s != at { gap = at; break }
                at = e
            }
            if gap == nil && at != UInt32(source.bytes.count) { gap = at }
            #expect(gap == nil, "\(source.path): coverage breaks at byte \(gap ?? 0)")
        }
    }

    @Test func everyFileParsesWithoutErrors() {
        var failures: [String] = []
        for source in Self.files {
            let tree = BicepParser.parse(source)
            if let issue = tree.issues.first(where: { $0.severity == .error }) {
                let at = source.location(of: issue.span.start)
                failures.append("\(source.path):\(at.line):\(at.column) \(issue.code.rawValue) \(issue.message)")
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }

    /// Cut each file inside its first resource body and at three byte offsets: the pipeline
    /// must finish, keep what it can, and (for the body cut) report the unclosed body.
    @Test func truncatedFilesGiveDiagnosticsAndNeverCrash() {
        for source in Self.files {
            let bytes = source.bytes
            let full = Frontend.analyze(source)
            for cut in [bytes.count / 3, bytes.count / 2, bytes.count * 2 / 3] {
                let analyzed = Frontend.analyze(SourceFile(path: source.path, bytes: Array(bytes[0..<cut])))
                #expect(analyzed.graph.count == analyzed.template.resources.count)
                #expect(analyzed.template.resources.count <= full.template.resources.count + 1)
            }
            guard let body = full.template.resources.first?.span.start,
                  let brace = bytes[Int(body)...].firstIndex(of: UInt8(ascii: "{")) else { continue }
            let cut = SourceFile(path: source.path, bytes: Array(bytes[0...brace]) + Array("\n  name: 'x'\n".utf8))
            let analyzed = Frontend.analyze(cut)
            #expect(!analyzed.template.diagnostics.isEmpty, "\(source.path): no diagnostic for an unclosed body")
        }
    }

    /// The CRLF twin of every file gives the same declarations, positions and edges.
    @Test func crlfTwinsGiveTheSameGraph() {
        for source in Self.files {
            var crlf: [UInt8] = []
            crlf.reserveCapacity(source.bytes.count + source.bytes.count / 20)
            for b in source.bytes {
                if b == 0x0A && crlf.last != 0x0D { crlf.append(0x0D) }
                crlf.append(b)
            }
            let a = Frontend.analyze(source)
            let b = Frontend.analyze(SourceFile(path: source.path, bytes: crlf))
            let positions = { (t: AnalyzedTemplate) in t.template.resources.map { t.template.source.location(of: $0.span.start) } }
            #expect(a.template.resources.map(\.symbol) == b.template.resources.map(\.symbol), "\(source.path)")
            #expect(positions(a) == positions(b), "\(source.path)")
            #expect(a.graph.edges.map { $0.map(\.target) } == b.graph.edges.map { $0.map(\.target) }, "\(source.path)")
            #expect(b.template.diagnostics.isEmpty, "\(source.path)")
        }
    }
}
