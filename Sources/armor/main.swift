#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ArmorBase
import ArmorKit

// Thin shell: hand arguments and environment to ArmorKit, write what it returns, exit.

// Past a file-size limit (`ulimit -f`), a write fails with EFBIG and armor says which file it
// could not write; by default the signal would kill armor mid-write, leaving its temporary file.
signal(SIGXFSZ, SIG_IGN)
var environment: [String: String] = [:]
var entry = environ
while let pointer = entry.pointee {
    let pair = String(cString: pointer)
    if let eq = pair.firstIndex(of: "=") {
        environment[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
    }
    entry += 1
}
let result = ArmorCLI.run(Array(CommandLine.arguments.dropFirst()), environment: environment)
FileSystem.writeAll(fd: 1, Array(result.stdout.utf8))
FileSystem.writeAll(fd: 2, Array(result.stderr.utf8))
exit(result.status.rawValue)
