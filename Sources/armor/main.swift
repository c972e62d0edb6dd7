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
    // Split at the first `=` byte: a Character search cost ~5,000 instructions a variable.
    let pair = UnsafeRawBufferPointer(start: pointer, count: strlen(pointer))
    if let eq = pair.firstIndex(of: UInt8(ascii: "=")) {
        environment[String(decoding: pair[..<eq], as: UTF8.self)] = String(decoding: pair[(eq + 1)...], as: UTF8.self)
    }
    entry += 1
}
let result = ArmorCLI.run(Array(CommandLine.arguments.dropFirst()), environment: environment)
FileSystem.writeAll(fd: 1, Array(result.stdout.utf8))
FileSystem.writeAll(fd: 2, Array(result.stderr.utf8))
exit(result.status.rawValue)
