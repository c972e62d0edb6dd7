import ArmorBase
import ArmorAnalysis
import ArmorRules

/// A template the Bicep compiler wrote (`metadata._generator.name` is `bicep`) beside its
/// source (`main.json` next to `main.bicep`) is the source's build output: a user fixes the
/// `.bicep`, never the JSON. So its findings of rules outside `deployment-order` are dropped,
/// and its ordering findings are dropped too when the `.bicep` is linted in the same run (they
/// are reported there, once). Linted alone, the JSON keeps its ordering findings.
extension Linter {
    /// Compiled JSON paths (normalised) beside their `.bicep`, each with whether that `.bicep`
    /// is among the linted templates.
    static func compiledBesideSource(_ analyzed: [AnalyzedTemplate], linted: Set<String>,
                                     exists: (String) -> Bool = { FileSystem.kind(of: $0) == .file }) -> [String: Bool] {
        var compiled: [String: Bool] = [:]
        for root in analyzed where root.template.language == .arm {
            guard let generator = root.template.generator, ASCIICase.equal(generator, "bicep"),
                  let source = bicepSource(of: root.template.path), exists(source) else { continue }
            compiled[Paths.normalize(root.template.path)] = linted.contains(Paths.normalize(source))
        }
        return compiled
    }

    /// `main.bicep` for `main.json` (or `main.jsonc`); nil for another name.
    static func bicepSource(of path: String) -> String? {
        let ext = Paths.fileExtension(of: path)
        guard ext == "json" || ext == "jsonc" else { return nil }
        return String(path.dropLast(ext.count)) + "bicep"
    }

    static func withoutCompiledDuplicates(_ diagnostics: [Diagnostic], compiled: [String: Bool]) -> [Diagnostic] {
        guard !compiled.isEmpty else { return diagnostics }
        return diagnostics.filter { diagnostic in
            guard case .rule(let id) = diagnostic.code,
                  let sourceLinted = compiled[Paths.normalize(diagnostic.location.path)] else { return true }
            return id.metadata.category == .deploymentOrder && !sourceLinted
        }
    }
}
