import Testing
import ArmorBase
import ArmorAnalysis

/// The ARM JSON reader, front end and graph over every JSON file of the corpus.
@Suite(.enabled(if: CorpusLocation.isPresent, CorpusLocation.absentReason))
struct ARMCorpusTests {
    static func jsonFiles() -> [String] {
        var found: [String] = []
        var stack = [CorpusLocation.avm]
        while let directory = stack.popLast() {
            for entry in (try? FileSystem.listDirectory(directory)) ?? [] {
                let path = directory + "/" + entry
                switch FileSystem.kind(of: path) {
                case .directory: stack.append(path)
                case .file where Paths.fileExtension(of: path) == "json": found.append(path)
                default: break
                }
            }
        }
        return found.sorted()
    }

    static func templates() -> [SourceFile] {
        jsonFiles().filter { Paths.fileName(of: $0) == "main.json" }.compactMap { path in
            (try? FileSystem.readFile(path)).map { SourceFile(path: path, bytes: $0) }
        }
    }

    @Test func everyCompiledTemplateReadsCleanAndResolvesEveryDependsOn() {
        let files = Self.templates()
        #expect(files.count >= 500)
        var resources = 0
        for source in files {
            let analyzed = Frontend.analyze(source)
            #expect(analyzed.allDiagnostics.isEmpty, "\(source.path): \(analyzed.allDiagnostics.first?.message ?? "")")
            var stack = [analyzed]
            while let current = stack.popLast() {
                resources += current.template.resources.count
                for (i, unresolved) in current.graph.unresolved.enumerated() where !unresolved.isEmpty {
                    Issue.record("\(source.path): \(current.template.resources[i].symbol): \(unresolved[0].text)")
                }
                stack += current.nested
            }
        }
        #expect(resources > 4000)
    }

    /// Truncated templates: never a crash or a hang, always an error diagnostic.
    @Test func truncatedTemplatesNeverCrash() {
        for source in Self.templates() {
            let bytes = source.bytes
            for fraction in [1, 3, 5, 7, 9] {
                let cut = bytes.count * fraction / 10
                let truncated = SourceFile(path: source.path, bytes: Array(bytes[0..<cut]))
                let analyzed = Frontend.analyze(truncated)
                #expect(analyzed.allDiagnostics.contains { $0.severity == .error }, "\(source.path) cut at \(cut)")
            }
        }
    }
}
