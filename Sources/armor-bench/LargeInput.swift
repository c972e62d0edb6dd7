#if canImport(Glibc)
import Glibc
#endif
import ArmorBase

/// The issue's memory row: one ARM template of `megabytes` MB (storage accounts, each with an
/// expression name, a parameter reference, nested objects and a mixed array), written a chunk at
/// a time so this process stays small, then `armor lint` of it with the child's peak RSS.
///
/// It runs before the corpus is read: Linux folds the parent's resident set into the child's
/// `ru_maxrss` at exec (posix_spawn shares the parent's memory until then), so the parent must
/// still be small for the figure to be the child's own.
enum LargeInput {
    struct Result {
        var inputMiB: Double
        var peakMiB: Double
        var seconds: Double
        var exitStatus: Int32
        /// The issue's bound: twice the input plus 50 MB.
        var limitMiB: Double { 2 * inputMiB + 50 }
    }

    static func run(armor: String, folder: String, megabytes: Int) -> Result? {
        let path = folder + "/large-\(megabytes)MB.json"
        guard let written = write(path, bytes: megabytes << 20) else { return nil }
        defer { unlink(path) }
        guard let (seconds, status, peakKiB) = spawnMeasured(armor, ["lint", path]) else { return nil }
        return Result(inputMiB: Double(written) / 1_048_576, peakMiB: Double(peakKiB) / 1024,
                      seconds: seconds, exitStatus: status)
    }

    private static func write(_ path: String, bytes target: Int) -> Int? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var written = 0
        var chunk: [UInt8] = []
        func flush() -> Bool {
            defer { chunk.removeAll(keepingCapacity: true) }
            written += chunk.count
            return FileSystem.writeAll(fd: fd, chunk)
        }
        chunk += Array((Scaling.schema + #""parameters": {"location": {"type": "string", "defaultValue": "westeurope"}}, "resources": ["#).utf8)
        var index = 0
        while written + chunk.count < target {
            if index > 0 { chunk += Array(", ".utf8) }
            chunk += Array(resource(index).utf8)
            index += 1
            if chunk.count > 1 << 20, !flush() { return nil }
        }
        chunk += Array("]}\n".utf8)
        return flush() ? written : nil
    }

    private static func resource(_ i: Int) -> String {
        #"{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01", "name": "[format('sa{0}x', \#(i))]", "#
            + #""location": "[parameters('location')]", "kind": "StorageV2", "sku": {"name": "Standard_LRS"}, "#
            + #""properties": {"minimumTlsVersion": "TLS1_2", "allowBlobPublicAccess": false, "tags": ["a", "b", 1, 2.5, true, null]}}"#
    }

    /// Wall time, exit status and peak RSS (KiB) of one run, output discarded.
    private static func spawnMeasured(_ executable: String, _ args: [String]) -> (Double, Int32, Int)? {
        var pid = pid_t()
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + args).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let start = now()
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else { return nil }
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (now() - start, exit, Int(usage.ru_maxrss))
    }
}
