import ArmorAnalysis

/// `armor plan` text: waves, or numbered teardown steps, one resource per line with its
/// symbol, type and origin in aligned columns, then the markers (`[if]`, `[loop ×3]`, scope).
public enum PlanTextWriter {
    public static func waves(_ report: PlanReport) -> String {
        let entries = report.waves.flatMap { $0 }
        var out = "Deployment plan for \(report.templatePath): \(count(entries.count, "resource")) in \(count(report.waves.count, "wave"))\n"
        guard !entries.isEmpty else { return out + "Nothing to deploy.\n" + opaque(report) }
        out += "A resource starts when everything it depends on, in earlier waves, has finished.\n"
        let columns = Columns(entries)
        for (i, wave) in report.waves.enumerated() {
            out += "\nWave \(i + 1)\n"
            for entry in wave { out += "  " + columns.line(entry) + "\n" }
        }
        return out + opaque(report)
    }

    /// What the plan cannot show: modules whose template armor could not read.
    static func opaque(_ report: PlanReport) -> String {
        guard !report.opaqueModules.isEmpty else { return "" }
        let names = report.opaqueModules.map { "'\($0)'" }.joined(separator: ", ")
        return "\nNot expanded (registry, template spec or unreadable file), so not in the plan: module \(names).\n"
    }

    public static func teardown(_ report: PlanReport) -> String {
        let entries = report.teardown.map(\.entry)
        var out = "Teardown plan for \(report.templatePath): \(count(entries.count, "deletion")), in this order\n"
        guard !entries.isEmpty else { return out + "Nothing to delete.\n" + opaque(report) }
        out += "Each resource goes before everything it depends on (rule reverse-order-deletion).\n\n"
        let columns = Columns(entries)
        let numberWidth = String(entries.count).count
        for (i, step) in report.teardown.enumerated() {
            let number = pad(String(i + 1), numberWidth, right: true)
            out += "\(number). " + columns.line(step.entry) + "\n"
            let indent = String(repeating: " ", count: numberWidth + 4)
            for reason in step.reasons { out += indent + reason + "\n" }
        }
        return out + opaque(report)
    }

    private struct Columns {
        var symbol = 0
        var type = 0
        var origin = 0

        init(_ entries: [PlanEntry]) {
            for entry in entries {
                symbol = max(symbol, entry.symbol.count)
                type = max(type, entry.type.count)
                origin = max(origin, entry.origin.count)
            }
        }

        func line(_ entry: PlanEntry) -> String {
            let markers = entry.markers
            var text = pad(entry.symbol, symbol) + "  " + pad(entry.type, type) + "  "
            text += markers.isEmpty ? entry.origin : pad(entry.origin, origin) + "  " + markers.joined(separator: " ")
            return text
        }
    }

    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }

    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
