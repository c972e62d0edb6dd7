import ArmorBase
import ArmorSyntax
import ArmorAnalysis

/// Pairs teardown scripts with the templates they delete (rules.md, reverse-order-deletion):
/// `--template`, else the configuration's `teardown` map, else the templates in the script's own
/// folder that no other template uses as a module. Paths are compared absolute, since the
/// configuration's are.
extension Linter {
    /// Scripts by the absolute path of the template they delete, and the scripts that no loaded
    /// template could be paired with (their deletes go unchecked).
    struct ScriptPairing {
        var byTemplate: [String: [ScannedScript]] = [:]
        var unpaired: [ScannedScript] = []
    }

    /// - Parameter explicit: script path → template path, from the flag or the configuration.
    static func pairScripts(_ scripts: [SourceFile], templates: [AnalyzedTemplate], modules: Set<String>,
                            explicit: [String: String]) -> ScriptPairing {
        var pairing = ScriptPairing()
        // Most runs have no scripts: no absolute path of every template for nothing.
        guard !scripts.isEmpty else { return pairing }
        let loaded = Set(templates.map { WorkingDirectory.absolute(Paths.normalize($0.template.path)) })
        for source in scripts {
            guard let dialect = ScriptDialect(path: source.path) else { continue }
            let scanned = ScannedScript(source: source, script: TeardownScriptScanner.scan(source, dialect: dialect))
            if let template = explicit[source.path] {
                let absolute = WorkingDirectory.absolute(template)
                // An unreadable named template is a usage error of its own (`templateProblems`).
                if loaded.contains(absolute) { pairing.byTemplate[absolute, default: []].append(scanned) }
                continue
            }
            let folder = WorkingDirectory.absolute(Paths.directory(of: source.path))
            var paired = false
            for template in templates {
                let path = Paths.normalize(template.template.path)
                let absolute = WorkingDirectory.absolute(path)
                if Paths.directory(of: absolute) == folder && !modules.contains(path) {
                    pairing.byTemplate[absolute, default: []].append(scanned)
                    paired = true
                }
            }
            if !paired { pairing.unpaired.append(scanned) }
        }
        return pairing
    }

    /// Scripts linted without their template (a pre-commit run on the script alone): read the
    /// named template, or the templates in the script's folder, from disk.
    static func templatesForLoneScripts(_ scripts: [SourceFile], linted: [String: AnalyzedTemplate],
                                        explicit: [String: String]) -> [AnalyzedTemplate] {
        guard !scripts.isEmpty else { return [] }
        let lintedPaths = Set(linted.keys.map { WorkingDirectory.absolute($0) })
        let lintedFolders = Set(lintedPaths.map { Paths.directory(of: $0) })
        var paths: [String] = []
        for script in scripts {
            if let template = explicit[script.path] {
                if !lintedPaths.contains(WorkingDirectory.absolute(template)) && !paths.contains(template) { paths.append(template) }
                continue
            }
            let folder = Paths.directory(of: script.path)
            guard !lintedFolders.contains(WorkingDirectory.absolute(folder)),
                  let names = try? FileSystem.listDirectory(folder) else { continue }
            for name in names where ["bicep", "json"].contains(Paths.fileExtension(of: name)) {
                let path = folder == "." ? name : folder + "/" + name
                if !paths.contains(path) { paths.append(path) }
            }
        }
        return paths.compactMap(DeploymentReader.template(at:))
    }
}
