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
