@testable import ArmorKit

/// The package root, found from this file's path (Tests/ArmorKitTests/Support/PackageRoot.swift).
enum PackageRoot {
    static let path: String = Paths.directory(of: Paths.directory(of: Paths.directory(of: Paths.directory(of: #filePath))))

    static func file(_ relative: String) -> String { path + "/" + relative }

    static func read(_ relative: String) -> String? {
        guard let bytes = try? FileSystem.readFile(file(relative)) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
