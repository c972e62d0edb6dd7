/// Absolute paths against the process's working directory, which is read once per process.
package enum WorkingDirectory {
    package static let path = FileSystem.currentDirectory()

    package static func absolute(_ path: String, cwd: String = WorkingDirectory.path) -> String {
        Paths.normalize(path.hasPrefix("/") ? path : cwd + "/" + path)
    }
}
