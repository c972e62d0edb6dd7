import Testing
@testable import ArmorBase
import ArmorTestSupport

/// Only regular files are read: anything else would block (a FIFO) or never end (/dev/zero).
@Suite struct FileSystemReadTests {
    private func reason(_ path: String, maxBytes: Int = FileSystem.maxFileBytes) -> String? {
        do {
            _ = try FileSystem.readFile(path, maxBytes: maxBytes)
            return nil
        } catch {
            return error.reason
        }
    }

    @Test func refusesDevicesAndFIFOs() {
        let dir = TempDirectory()
        defer { dir.remove() }
        let fifo = dir.fifo("pipe")
        #expect(reason("/dev/zero") == "not a regular file")
        #expect(reason(fifo) == "not a regular file")
        #expect(FileSystem.readRegularFile(fifo, maxBytes: 100) == nil)
        #expect(reason(dir.path) == "is a directory")
    }

    @Test func readsRegularFilesUpToTheCap() throws {
        let dir = TempDirectory()
        defer { dir.remove() }
        let file = dir.write("a.bicep", String(repeating: "x", count: 70_000))
        #expect(try FileSystem.readFile(file).count == 70_000)
        #expect(reason(file, maxBytes: 69_999) == "larger than 69999 bytes")
        #expect(FileSystem.readRegularFile(file, maxBytes: 70_000)?.count == 70_000)
    }
}
