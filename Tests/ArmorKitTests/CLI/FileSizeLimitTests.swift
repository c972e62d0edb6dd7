#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import ArmorBase
import ArmorTestSupport

/// A write that fails part-way (disk full; here a file-size limit, `ulimit -f 1`) must leave
/// the previous file whole and end with a clear message and exit 2. This needs the real
/// executable in its own process: the limit and its signal (SIGXFSZ) are per process.
@Suite struct FileSizeLimitTests {
    /// The `armor` executable `swift test` builds beside the test bundle.
    private static var armor: String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        let exe = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let slash = exe.lastIndex(of: "/") else { return nil }
        let candidate = exe[..<slash] + "/armor"
        return FileSystem.kind(of: String(candidate)) == .file ? String(candidate) : nil
    }

    /// Runs `sh -c script armor args...` and returns its exit status (128 + signal if killed).
    private static func shell(_ script: String, _ arguments: [String]) -> Int32 {
        let argv = ["/bin/sh", "-c", script] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        // Every signal at its default action and unblocked, as from a user's shell: the test
        // runner may ignore or block SIGXFSZ, and both survive exec.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var pid = pid_t()
        guard posix_spawn(&pid, "/bin/sh", nil, &attributes, &cArguments, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    @Test func aWriteCutShortLeavesThePreviousFile() throws {
        let armor = try #require(Self.armor, "the armor executable is not beside the test bundle: build it with `swift build`")
        let dir = TempDirectory()
        defer { dir.remove() }
        let main = dir.write("main.bicep", "param p string = 'x'\noutput o string = p\n")
        let report = dir.write("report.sarif", "old report")
        let stderr = dir.path + "/stderr.txt"
        // SARIF carries every rule's metadata: far more than the 1 KiB the limit allows.
        let status = Self.shell(#"ulimit -f 1; exec "$0" lint -f sarif --output "$1" "$2" 2>"$3""#,
                                [armor, report, main, stderr])
        #expect(status == 2)
        #expect(dir.read("report.sarif") == "old report")
        #expect(dir.read("stderr.txt")?.contains(report) == true)
        #expect((try? FileSystem.listDirectory(dir.path)) == ["main.bicep", "report.sarif", "stderr.txt"])
    }
}
