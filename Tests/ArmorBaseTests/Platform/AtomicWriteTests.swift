import Testing
@testable import ArmorBase
import ArmorTestSupport

/// `writeFile` replaces a file whole or not at all.
@Suite struct AtomicWriteTests {
    @Test func successReplacesTheFileAndLeavesNoTemporary() throws {
        let dir = TempDirectory()
        defer { dir.remove() }
        let path = dir.write("baseline.json", "old")
        try FileSystem.writeFile(path, Array("new contents".utf8))
        #expect(dir.read("baseline.json") == "new contents")
        #expect(try FileSystem.listDirectory(dir.path) == ["baseline.json"])
    }

    @Test func failureLeavesTheOldFileIntact() throws {
        let dir = TempDirectory()
        defer { dir.remove() }
        let path = dir.write("baseline.json", "old")
        #expect(throws: FileSystem.Failure.self) {
            try FileSystem.writeFile(path, Array("new".utf8), beforeRename: { false })
        }
        #expect(dir.read("baseline.json") == "old")
        #expect(try FileSystem.listDirectory(dir.path) == ["baseline.json"])
    }

    @Test func missingFolderIsAnError() {
        let dir = TempDirectory()
        defer { dir.remove() }
        #expect(throws: FileSystem.Failure.self) {
            try FileSystem.writeFile(dir.path + "/absent/out.txt", Array("x".utf8))
        }
    }
}
