import ArmorBase

/// The package root, found from this file's path (Tests/ArmorTestSupport/PackageRoot.swift).
package enum PackageRoot {
    package static let path: String = Paths.directory(of: Paths.directory(of: Paths.directory(of: #filePath)))

    package static func file(_ relative: String) -> String { path + "/" + relative }

    package static func read(_ relative: String) -> String? {
        guard let bytes = try? FileSystem.readFile(file(relative)) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
