import ArmorBase
import ArmorAnalysis

/// The deployment loader reads a root's local modules one at a time on the thread that lints
/// the root: one 45 KB template with 15 modules spent ~10 M instructions there on one core.
/// Reading and analysing them beforehand, one level of modules at a time on all cores, gives
/// the loader the same templates from the cache (and a module several roots use is analysed
/// once per run, not once per root).
extension Linter {
    /// Below this much module text a level is analysed on the calling thread.
    static let parallelModuleBytes = 16 << 10

    /// `cache` plus the local modules (Bicep `module` paths, ARM `relativePath`s) reachable from
    /// `roots`, under the normalised paths the loader looks up. Files already in `cache` and open
    /// editor buffers (`buffers`, by absolute path: read before the disk) are left to the loader.
    static func withLocalModules(_ cache: [String: AnalyzedTemplate], of roots: [AnalyzedTemplate],
                                 buffers: [String: SourceFile], serial: Bool) -> [String: AnalyzedTemplate] {
        var out = cache
        var seen = Set(cache.keys)
        var level = roots
        while !level.isEmpty {
            var paths: [String] = []
            for template in level { localModules(of: template, into: &paths, seen: &seen, buffers: buffers) }
            let texts = paths.compactMap { path in (try? FileSystem.readFile(path)).map { (path, $0) } }
            // Starting the worker threads costs about what analysing a few KB does.
            let small = texts.reduce(0) { $0 + $1.1.count } < parallelModuleBytes
            let read = Parallel.map(texts, serial: serial || small) { Frontend.analyze(SourceFile(path: $0.0, bytes: $0.1)) }
            level = []
            for (path, template) in zip(texts.map(\.0), read) {
                out[Paths.normalize(path)] = template
                level.append(template)
            }
        }
        return out
    }

    /// The loader's paths (`Paths.join` of the template's folder and the module path) of the
    /// local modules of `template` and its inline nested templates not met before.
    private static func localModules(of template: AnalyzedTemplate, into paths: inout [String], seen: inout Set<String>,
                                     buffers: [String: SourceFile]) {
        for resource in template.template.resources {
            guard case .local(let relative)? = resource.module else { continue }
            let path = Paths.join(Paths.directory(of: template.template.path), relative)
            guard seen.insert(Paths.normalize(path)).inserted else { continue }
            if !buffers.isEmpty, buffers[WorkingDirectory.absolute(path)] != nil { continue }
            paths.append(path)
        }
        for nested in template.nested { localModules(of: nested, into: &paths, seen: &seen, buffers: buffers) }
    }
}
