import ArmorBase

/// Finds the configuration of each file: `--config FILE` when given, else the nearest
/// `armor.json` walking up from the file's folder (like `bicepconfig.json`), else the defaults.
/// Folders are cached, so a tree of files costs one lookup per folder. Used on one thread
/// (the CLI resolves every input before the parallel work starts).
public struct ConfigLocator: Sendable {
    /// `--config FILE`, applied to every file.
    public private(set) var forced: Configuration?
    /// Absolute folder → the configuration that applies there.
    private var byDirectory: [String: Configuration] = [:]
    /// Configuration files read so far (absolute path → result), each parsed once.
    private var loaded: [String: Configuration] = [:]
    /// Problems in configuration files, as `path:line:col: error: …` lines.
    public private(set) var errors: String = ""

    public init() {}

    /// Uses `path` for every file (`--config`). Missing or invalid files are errors.
    public init(forcedPath path: String) {
        forced = load(path, reportMissing: true) ?? Configuration(path: path, directory: Paths.directory(of: WorkingDirectory.absolute(path)))
    }

    /// A locator that always answers `configuration` (tests, `--stdin` callers).
    public init(fixed configuration: Configuration) {
        forced = configuration
    }

    public var hasErrors: Bool { !errors.isEmpty }

    public mutating func configuration(forFile file: String) -> Configuration {
        if let forced { return forced }
        let start = Paths.directory(of: WorkingDirectory.absolute(file))
        var visited: [String] = []
        var directory = start
        var found: Configuration?
        while true {
            if let cached = byDirectory[directory] {
                found = cached
                break
            }
            visited.append(directory)
            let candidate = directory == "/" ? "/" + ConfigFile.fileName : directory + "/" + ConfigFile.fileName
            if FileSystem.kind(of: candidate) == .file, let configuration = load(candidate, reportMissing: false) {
                found = configuration
                break
            }
            guard directory != "/", visited.count < 256 else { break }
            directory = Paths.directory(of: directory)
        }
        let result = found ?? Configuration(directory: "/")
        for folder in visited { byDirectory[folder] = result }
        return result
    }

    private mutating func load(_ path: String, reportMissing: Bool) -> Configuration? {
        let absolute = WorkingDirectory.absolute(path)
        if let cached = loaded[absolute] { return cached }
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readFile(path)
        } catch {
            if reportMissing || FileSystem.kind(of: path) == .file {
                errors += "\(path): error: cannot read configuration: \(error.reason)\n"
            }
            return nil
        }
        let source = SourceFile(path: path, bytes: bytes)
        let result = ConfigFile.parse(source, directory: Paths.directory(of: absolute))
        errors += ConfigFile.render(result.diagnostics, source: source)
        loaded[absolute] = result.configuration
        return result.configuration
    }
}
