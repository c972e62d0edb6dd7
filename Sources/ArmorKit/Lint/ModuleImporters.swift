import ArmorBase
import ArmorAnalysis

/// Which templates of a repository use which as local modules, read back to front: for a file,
/// the templates that import it, and through them the roots (templates nobody imports) whose
/// deployments include it. Built once per repository and run.
///
/// Finding the edges is two steps: a byte scan of every `.bicep` and ARM `.json` for
/// `module <sym> '<path>'` and `"relativePath": "<path>"` (cheap, and loose on purpose), then,
/// only for the importers on the way up from a linted file, the front end's own reading of the
/// template's local modules, which confirms the edge (a match inside a comment or string is dropped).
struct ModuleImporters {
    /// Candidate edges from the byte scan: module absolute path → importer absolute paths.
    private var candidates: [String: Set<String>] = [:]
    /// The files scanned, by absolute path (open buffers win over the disk).
    private var files: [String: SourceFile] = [:]
    /// Confirmed local modules of each importer read so far (absolute paths).
    private var confirmed: [String: Set<String>] = [:]

    /// Scans `root` (skipping the folders file discovery skips); `buffers` are unsaved texts by
    /// absolute path, and `known` files the run has read already.
    init(root: String, buffers: [String: SourceFile], known: [String: SourceFile]) {
        let paths = FileDiscovery.discover([root]).files.filter {
            let ext = Paths.fileExtension(of: $0)
            return ext == "bicep" || ext == "json" || ext == "jsonc"
        }
        let read = Parallel.map(paths) { path -> (String, SourceFile?, [String]) in
            let absolute = WorkingDirectory.absolute(path)
            let source = buffers[absolute] ?? known[absolute]
                ?? (try? FileSystem.readFile(path)).map { SourceFile(path: absolute, bytes: $0) }
            guard let source else { return (absolute, nil, []) }
            let isBicep = Paths.fileExtension(of: path) == "bicep"
            return (absolute, source, isBicep ? ModuleReferenceScan.bicep(source.bytes) : ModuleReferenceScan.arm(source.bytes))
        }
        for (absolute, source, references) in read {
            guard let source, !references.isEmpty else { continue }
            files[absolute] = source
            let folder = Paths.directory(of: absolute)
            for reference in references {
                candidates[Paths.join(folder, reference), default: []].insert(absolute)
            }
        }
        // Buffers outside the scanned folder (an editor's other workspace) still import.
        for (absolute, source) in buffers where files[absolute] == nil {
            let references = Paths.fileExtension(of: absolute) == "bicep"
                ? ModuleReferenceScan.bicep(source.bytes) : ModuleReferenceScan.arm(source.bytes)
            guard !references.isEmpty else { continue }
            files[absolute] = source
            for reference in references {
                candidates[Paths.join(Paths.directory(of: absolute), reference), default: []].insert(absolute)
            }
        }
    }

    /// The templates that really use `module` (absolute) as a local module.
    mutating func importers(of module: String) -> [String] {
        var out: [String] = []
        for importer in (candidates[module] ?? []).sorted() where localModules(of: importer).contains(module) {
            out.append(importer)
        }
        return out
    }

    /// The roots whose deployments include `file` (absolute), through any chain of importers;
    /// empty when nobody imports it. Cycles end the walk (the loader reports them).
    mutating func roots(of file: String) -> [String] {
        var roots = Set<String>()
        var seen: Set<String> = [file]
        var pending = [file]
        while let current = pending.popLast() {
            let up = importers(of: current)
            if up.isEmpty && current != file { roots.insert(current) }
            for importer in up where seen.insert(importer).inserted { pending.append(importer) }
        }
        return roots.sorted()
    }

    private mutating func localModules(of importer: String) -> Set<String> {
        if let known = confirmed[importer] { return known }
        var modules = Set<String>()
        if let source = files[importer] {
            let folder = Paths.directory(of: importer)
            for resource in Frontend.template(from: source).resources {
                if case .local(let relative)? = resource.module { modules.insert(Paths.join(folder, relative)) }
            }
        }
        confirmed[importer] = modules
        return modules
    }
}

/// The nearest folder above a file that holds `.git` (a folder, or a worktree's file); else the
/// lint root when the file lies under it; else the file's own folder.
enum RepositoryRoot {
    /// - Parameter cache: folder → the `.git` folder above it, or "" for none (shared by a run).
    static func of(_ absolute: String, fallback: String, cache: inout [String: String]) -> String {
        let start = Paths.directory(of: absolute)
        var folder = start
        var visited: [String] = []
        var found = ""
        while true {
            if let known = cache[folder] { found = known; break }
            visited.append(folder)
            if FileSystem.kind(of: folder == "/" ? "/.git" : folder + "/.git") != .missing { found = folder; break }
            if folder == "/" { break }
            folder = Paths.directory(of: folder)
        }
        for folder in visited { cache[folder] = found }
        if !found.isEmpty { return found }
        let base = Paths.normalize(fallback)
        return start == base || start.hasPrefix(base == "/" ? "/" : base + "/") ? base : start
    }
}
