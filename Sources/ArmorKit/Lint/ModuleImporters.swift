import ArmorBase
import ArmorAnalysis

/// Which templates of a repository use which as local modules, read back to front: for a file,
/// the templates that import it, and through them the roots (templates nobody imports) whose
/// deployments include it. The disk's part is built once per repository and run (and kept by
/// `armor lsp` until files change on disk); texts not yet saved are laid over it.
///
/// Finding the edges is two steps: a byte scan of every `.bicep` and ARM `.json` for
/// `module <sym> '<path>'` and `"relativePath": "<path>"` (cheap, and loose on purpose), then,
/// only for the importers on the way up from a linted file, the front end's own reading of the
/// template's local modules, which confirms the edge (a match inside a comment or string is dropped).
public struct ModuleImporters: Sendable {
    /// Candidate edges from the byte scan: module absolute path → importer absolute paths.
    private var candidates: [String: Set<String>] = [:]
    /// The other way: importer → the module paths its scan found (to replace them on overlay).
    private var references: [String: [String]] = [:]
    /// The files with candidate references, by absolute path.
    private var files: [String: SourceFile] = [:]
    /// Confirmed local modules of each importer read so far (absolute paths).
    private var confirmed: [String: Set<String>] = [:]

    /// Azure Resource Manager refuses a template above 4 MB, so a larger file deploys nothing
    /// and is not read (a data file in a repository would otherwise be read whole).
    static let largestTemplate = 4 << 20

    /// Scans the disk under `root`, skipping the folders file discovery skips.
    init(root: String) {
        let discovered = FileDiscovery.discover([root]).files
        let bicep = Set(discovered.filter { Paths.fileExtension(of: $0) == "bicep" })
        // `main.json` beside `main.bicep` is the compiler's output: its modules are inline
        // templates, never a `relativePath`, so the largest files need not be read.
        let paths = discovered.filter {
            let ext = Paths.fileExtension(of: $0)
            guard ext == "json" || ext == "jsonc" else { return ext == "bicep" }
            return Linter.bicepSource(of: $0).map { !bicep.contains($0) } ?? true
        }
        // Most files import nothing: only those that do become a SourceFile (with its line table).
        let read = Parallel.map(paths) { path -> (String, SourceFile?, [String]) in
            let absolute = WorkingDirectory.absolute(path)
            guard let bytes = try? FileSystem.readFile(path, maxBytes: Self.largestTemplate) else { return (absolute, nil, []) }
            let found = Self.scan(absolute, bytes)
            return (absolute, found.isEmpty ? nil : SourceFile(path: absolute, bytes: bytes), found)
        }
        for (absolute, source, found) in read {
            if let source, !found.isEmpty { add(absolute, source, found) }
        }
    }

    /// Lays texts the run holds (unsaved buffers, `--stdin`, files read already) over the
    /// disk's: their candidate edges replace the ones scanned from the file.
    mutating func overlay(_ sources: [String: SourceFile]) {
        for (absolute, source) in sources {
            let ext = Paths.fileExtension(of: absolute)
            guard ext == "bicep" || ext == "json" || ext == "jsonc" else { continue }
            for old in references[absolute] ?? [] { candidates[old]?.remove(absolute) }
            references[absolute] = nil
            files[absolute] = nil
            confirmed[absolute] = nil
            let found = Self.scan(absolute, source.bytes)
            if !found.isEmpty { add(absolute, source, found) }
        }
    }

    private mutating func add(_ absolute: String, _ source: SourceFile, _ found: [String]) {
        files[absolute] = source
        references[absolute] = found
        for module in found { candidates[module, default: []].insert(absolute) }
    }

    /// Absolute paths of the modules a file's bytes may name.
    private static func scan(_ absolute: String, _ bytes: [UInt8]) -> [String] {
        let relative = Paths.fileExtension(of: absolute) == "bicep" ? ModuleReferenceScan.bicep(bytes) : ModuleReferenceScan.arm(bytes)
        let folder = Paths.directory(of: absolute)
        return relative.map { Paths.join(folder, $0) }
    }

    /// The text the scan holds for a template with module references (read once per run).
    func source(of absolute: String) -> SourceFile? { files[absolute] }

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
/// lint root when the file lies under it; else none: a file outside any repository and outside
/// the lint root has no set of templates to search (scanning its own folder found only test
/// templates below it, and cost a folder walk per linted file).
enum RepositoryRoot {
    /// - Parameter cache: folder → the `.git` folder above it, or "" for none (shared by a run).
    static func of(_ absolute: String, fallback: String?, cache: inout [String: String]) -> String? {
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
        guard let fallback else { return nil }
        let base = Paths.normalize(fallback)
        return start == base || start.hasPrefix(base == "/" ? "/" : base + "/") ? base : nil
    }

    /// Whether `folder` (absolute) lies in a folder that the scan below `root` never enters
    /// (`.git`, `node_modules`, `.build`, …): a file there is build output or a dependency, not
    /// one of the templates the scan reads, and is linted alone. Searching the rest of the
    /// repository for it cost 9–12 ms for a one-line file under `.build/`.
    static func isSkipped(_ folder: String, below root: String) -> Bool {
        guard folder.hasPrefix(root == "/" ? "/" : root + "/") else { return false }
        return folder.dropFirst(root.count).split(separator: "/").contains { FileDiscovery.skippedFolders.contains(String($0)) }
    }
}
