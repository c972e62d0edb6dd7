#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import ArmorBase
@testable import ArmorAnalysis
@testable import ArmorKit

/// Golden files under Tests/ArmorKitTests/Output/Snapshots/, found from `#filePath`;
/// `ARMOR_UPDATE_GOLDEN=1 swift test` rewrites them.
enum OutputGolden {
    static let directory = Paths.directory(of: #filePath) + "/Snapshots"

    static var updating: Bool {
        guard let value = getenv("ARMOR_UPDATE_GOLDEN") else { return false }
        return String(cString: value) == "1"
    }

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let path = directory + "/" + name
        if updating {
            do { try FileSystem.writeFile(path, Array(actual.utf8)) } catch {
                Issue.record("cannot write \(path): \(error.reason)", sourceLocation: sourceLocation)
            }
            return
        }
        let expected: String
        do { expected = String(decoding: try FileSystem.readFile(path), as: UTF8.self) } catch {
            Issue.record("missing snapshot \(path) (run with ARMOR_UPDATE_GOLDEN=1): \(error.reason)",
                         sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            Issue.record("\(name) differs from its snapshot: \(firstDifference(actual, expected))",
                         sourceLocation: sourceLocation)
        }
    }

    static func firstDifference(_ actual: String, _ expected: String) -> String {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, e.count) {
            let x = i < a.count ? String(a[i]) : "<end>"
            let y = i < e.count ? String(e[i]) : "<end>"
            if x != y { return "line \(i + 1)\n  actual:   \(x.debugDescription)\n  expected: \(y.debugDescription)" }
        }
        return "same lines, different bytes"
    }
}
