import ArmorBase

/// How the evaluator reads the local files that `loadTextContent`, `loadJsonContent` and
/// `loadYamlContent` name (the Bicep compiler inlines them, so their content is a known value).
/// A struct of one closure so tests can serve files from memory.
public struct LocalFiles: Sendable {
    /// The bytes of the file at a resolved path; nil when it cannot be read.
    public var read: @Sendable (String) -> [UInt8]?

    public init(read: @escaping @Sendable (String) -> [UInt8]?) {
        self.read = read
    }

    /// The Bicep compiler refuses bigger files (1 MiB for JSON/YAML); so does armor, and a
    /// template cannot make the lint read a huge or endless file.
    public static let maxBytes = 1_048_576

    /// Regular files on disk only (never a FIFO or a device), at most `maxBytes`.
    public static let disk = LocalFiles { FileSystem.readRegularFile($0, maxBytes: maxBytes) }

    /// Files from memory, by path (for tests and unsaved input).
    public static func memory(_ files: [String: String]) -> LocalFiles {
        LocalFiles { path in files[path].map { Array($0.utf8) } }
    }
}
