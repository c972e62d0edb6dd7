#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import ArmorBase
@testable import ArmorSyntax
@testable import ArmorAnalysis

/// `load*Content` reads regular local files only, relative to the template, within a cap.
@Suite struct LocalFilesTests {
    @Test func readsRegularFilesOnly() throws {
        let dir = "/tmp/armor-localfiles-\(getpid())"
        mkdir(dir, 0o755)
        defer {
            unlink(dir + "/c.json")
            unlink(dir + "/fifo")
            unlink(dir + "/big.txt")
            rmdir(dir)
        }
        try FileSystem.writeFile(dir + "/c.json", Array(#"{"category": "AzureKeyVault"}"#.utf8))
        mkfifo(dir + "/fifo", 0o644)
        try FileSystem.writeFile(dir + "/big.txt", [UInt8](repeating: 0x61, count: LocalFiles.maxBytes + 1))
        #expect(FileSystem.readRegularFile(dir + "/c.json", maxBytes: 100) != nil)
        #expect(FileSystem.readRegularFile(dir + "/fifo", maxBytes: 100) == nil)
        #expect(FileSystem.readRegularFile("/dev/zero", maxBytes: 100) == nil)
        #expect(FileSystem.readRegularFile(dir, maxBytes: 100) == nil)
        #expect(FileSystem.readRegularFile(dir + "/missing", maxBytes: 100) == nil)

        let template = BicepFrontend.parseTemplate(SourceFile(path: dir + "/main.bicep", text: """
        var c = loadJsonContent('c.json').category
        var f = loadTextContent('fifo')
        var z = loadTextContent('/dev/zero')
        var big = loadTextContent('big.txt')
        var gone = loadTextContent('missing.txt')
        """))
        let e = Evaluator(template: template)
        #expect(e.variable("c") == .string("AzureKeyVault"))
        #expect(e.variable("f") == .unknown)
        #expect(e.variable("z") == .unknown)
        #expect(e.variable("big") == .unknown)
        #expect(e.variable("gone") == .unknown)
    }

    @Test func noReaderMeansUnknown() {
        #expect(evaluateAlone(V.call("loadTextContent", V.s("x.txt"))) == .unknown)
    }
}
