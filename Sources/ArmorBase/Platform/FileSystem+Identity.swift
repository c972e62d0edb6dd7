#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension FileSystem {
    /// What a path is, after following links: (device, inode) names the file itself, so two
    /// paths through symbolic links to one folder compare equal.
    public struct FileID: Hashable, Sendable {
        public var device: UInt64
        public var inode: UInt64
    }

    public static func status(of path: String) -> (kind: Kind, id: FileID)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let id = FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return (.directory, id)
        case S_IFREG: return (.file, id)
        default: return (.other, id)
        }
    }
}
