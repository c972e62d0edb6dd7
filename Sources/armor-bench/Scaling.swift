#if canImport(Glibc)
import Glibc
#endif
import ArmorBase
import ArmorKit

/// Generated inputs whose cost must grow linearly with their size: time per item stays flat
/// down each series, so a quadratic step shows as a growing last column.
enum Scaling {
    static let schema = #"{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "contentVersion": "1.0.0.0", "#

    static func independentBicep(_ n: Int) -> String {
        var text = "param location string = 'westeurope'\n"
        for i in 0..<n {
            text += "resource sa\(i) 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  name: 'sa\(i)x'\n  location: location\n  kind: 'StorageV2'\n}\n"
        }
        return text
    }

    static func chainBicep(_ n: Int) -> String {
        var text = "param location string = 'westeurope'\n"
        for i in 0..<n {
            let wait = i == 0 ? "" : "  dependsOn: [ sa\(i - 1) ]\n"
            text += "resource sa\(i) 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  name: 'sa\(i)x'\n  location: location\n\(wait)}\n"
        }
        return text
    }

    /// A classic ARM chain on one line (minified), each entry a `resourceId(...)` to resolve.
    static func chainARM(_ n: Int) -> String {
        var resources: [String] = []
        for i in 0..<n {
            let wait = i == 0 ? "[]" : "[\"[resourceId('Microsoft.Storage/storageAccounts', 'sa\(i - 1)x')]\"]"
            resources.append("{\"type\": \"Microsoft.Storage/storageAccounts\", \"apiVersion\": \"2023-01-01\", \"name\": \"sa\(i)x\", \"location\": \"westeurope\", \"dependsOn\": \(wait)}")
        }
        return schema + "\"resources\": [" + resources.joined(separator: ", ") + "]}"
    }

    static func nestedJSON(_ n: Int) -> String {
        schema + "\"resources\": [], \"variables\": {\"v\": " + String(repeating: "{\"a\": ", count: n) + "1"
            + String(repeating: "}", count: n) + "}}"
    }

    /// One line of NUL bytes: a diagnostic per byte, all on one line.
    static func nulLine(_ n: Int) -> [UInt8] { Array("var x = 1\n".utf8) + Array(repeating: 0, count: n) + [10] }

    struct Series: Sendable {
        var label: String
        var unit: String
        var sizes: [Int]
        var make: @Sendable (Int) -> [UInt8]
        var fileExtension: String
        var command: String
    }

    static let series: [Series] = [
        Series(label: "independent resources (Bicep)", unit: "resource", sizes: [1_000, 10_000, 100_000],
               make: { Array(independentBicep($0).utf8) }, fileExtension: "bicep", command: "lint"),
        Series(label: "dependsOn chain (Bicep)", unit: "resource", sizes: [1_000, 10_000], make: { Array(chainBicep($0).utf8) },
               fileExtension: "bicep", command: "lint"),
        Series(label: "plan of a dependsOn chain", unit: "resource", sizes: [1_000, 10_000], make: { Array(chainBicep($0).utf8) },
               fileExtension: "bicep", command: "plan"),
        Series(label: "dependsOn chain (ARM, one line)", unit: "resource", sizes: [1_000, 10_000], make: { Array(chainARM($0).utf8) },
               fileExtension: "json", command: "lint"),
        Series(label: "nested JSON objects", unit: "level", sizes: [10_000, 100_000], make: { Array(nestedJSON($0).utf8) },
               fileExtension: "json", command: "lint"),
        Series(label: "NUL bytes on one line", unit: "byte", sizes: [16_384, 65_536], make: nulLine,
               fileExtension: "bicep", command: "lint"),
    ]

    /// Runs each series through the armor executable (whole process, as a user runs it).
    struct Measured {
        var label: String
        var size: Int
        var seconds: Double
        var perItem: Double { seconds / Double(size) }
    }

    @discardableResult
    static func run(folder: String, time: ([String]) -> Double?) -> [Measured] {
        var measured: [Measured] = []
        say("\nscaling (whole process, best of runs; the last column must stay flat down a series)")
        for series in series {
            for size in series.sizes {
                let path = folder + "/\(series.command)-\(size).\(series.fileExtension)"
                guard (try? FileSystem.writeFile(path, series.make(size))) != nil else { continue }
                defer { unlink(path) }
                let label = "\(series.label) \(series.command) \(size)"
                let pad = String(repeating: " ", count: max(0, 52 - label.count))
                guard let seconds = time([series.command, path]) else { say("\(label): could not run"); continue }
                say("\(label)\(pad) \(format2(seconds * 1000)) ms  \(format2(seconds * 1e9 / Double(size))) ns/\(series.unit)")
                measured.append(Measured(label: series.label, size: size, seconds: seconds))
            }
        }
        return measured
    }

    /// The issue's rows: absolute bounds where it gives one, else "linear": time per item at the
    /// largest size at most 1.5× that at the smallest (start-up is in both, so this is generous
    /// to small sizes, never to a quadratic step).
    static func addTargets(_ measured: [Measured], to targets: inout Targets) {
        func find(_ label: String, _ size: Int) -> Measured? { measured.first { $0.label == label && $0.size == size } }
        if let m = find("independent resources (Bicep)", 10_000) {
            targets.add("lint 10,000 independent resources", m.seconds * 1000, atMost: 100, unit: "ms")
        }
        if let m = find("nested JSON objects", 100_000) {
            targets.add("lint 100,000 nested JSON objects", m.seconds * 1000, atMost: 300, unit: "ms")
        }
        for label in Set(measured.map(\.label)).sorted() {
            let sizes = measured.filter { $0.label == label }.sorted { $0.size < $1.size }
            guard let first = sizes.first, let last = sizes.last, last.size > first.size else { continue }
            targets.add("\(label): per item \(last.size) vs \(first.size)", last.perItem / first.perItem, atMost: 1.5, unit: "x")
        }
    }
}
