import ArmorBase

/// Expands the paths given on the command line into the files armor lints.
public enum FileDiscovery {
    /// Folders never entered.
    static let skippedFolders: Set<String> = [".git", "node_modules", ".build", ".terraform", ".venv"]

    public struct Result: Sendable {
        public var files: [String] = []
        public var errors: [String] = []
    }

    /// Files are kept when given explicitly (any extension armor reads); folders are walked
    /// recursively and contribute `.bicep`, `.bicepparam`, `.json` (ARM templates are recognised
    /// later by their `$schema`) and teardown scripts. Each folder and file is visited once by
    /// (device, inode), so a symbolic link loop (`self -> .`) neither repeats files nor hangs.
    public static func discover(_ paths: [String]) -> Result {
        var result = Result()
        var seen = Set<FileSystem.FileID>()
        for path in paths {
            guard let status = FileSystem.status(of: path) else {
                result.errors.append("cannot read '\(path)': no such file or directory")
                continue
            }
            switch status.kind {
            case .directory: walk(path, status: status, into: &result, seen: &seen)
            case .file, .other, .missing:
                // Non-regular files are kept, so that reading them reports why they are refused.
                if seen.insert(status.id).inserted { result.files.append(path) }
            }
        }
        return result
    }

    /// `status` is the directory's own, taken by the caller (one `stat` per folder).
    private static func walk(_ directory: String, status: (kind: FileSystem.Kind, id: FileSystem.FileID), into result: inout Result,
                             seen: inout Set<FileSystem.FileID>) {
        guard seen.insert(status.id).inserted else { return }
        let entries: [FileSystem.Entry]
        do {
            entries = try FileSystem.listEntries(directory)
        } catch {
            result.errors.append("cannot read '\(error.path)': \(error.reason)")
            return
        }
        for entry in entries {
            // A regular file armor does not read needs no `stat` (most of a repository's files).
            if entry.isRegularFile && !isLintable(entry.name) { continue }
            let name = entry.name
            let path = directory == "." ? name : (directory.hasSuffix("/") ? directory + name : directory + "/" + name)
            guard let status = FileSystem.status(of: path) else { continue }
            switch status.kind {
            case .directory:
                if !skippedFolders.contains(name) { walk(path, status: status, into: &result, seen: &seen) }
            case .file:
                if isLintable(name), seen.insert(status.id).inserted { result.files.append(path) }
            default:
                continue
            }
        }
    }

    static func isLintable(_ name: String) -> Bool {
        switch Paths.fileExtension(of: name) {
        case "bicep", "bicepparam", "json", "jsonc", "sh", "bash", "ps1": true
        default: false
        }
    }
}
