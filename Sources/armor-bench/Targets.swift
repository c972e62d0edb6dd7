/// The issue's table as the last lines of a run: each row's figure beside its target, so a
/// regression (or a target reached) shows at a glance.
struct Targets {
    private struct Row {
        var label: String
        var value: Double
        var target: Double
        var atMost: Bool
        var unit: String
        var met: Bool { atMost ? value <= target : value >= target }
    }

    private var rows: [Row] = []

    mutating func add(_ label: String, _ value: Double, atMost target: Double, unit: String) {
        rows.append(Row(label: label, value: value, target: target, atMost: true, unit: unit))
    }

    mutating func add(_ label: String, _ value: Double, atLeast target: Double, unit: String) {
        rows.append(Row(label: label, value: value, target: target, atMost: false, unit: unit))
    }

    func print() {
        guard !rows.isEmpty else { return }
        say("\ntargets (issue 10)")
        for row in rows {
            let pad = String(repeating: " ", count: max(0, 58 - row.label.count))
            let figure = "\(format2(row.value)) \(row.unit)"
            let figurePad = String(repeating: " ", count: max(0, 14 - figure.count))
            say("\(row.met ? "met    " : "NOT met") \(row.label)\(pad) \(figure)\(figurePad) target \(row.atMost ? "≤" : "≥") \(format2(row.target)) \(row.unit)")
        }
        say("\(rows.filter(\.met).count) of \(rows.count) targets met")
    }
}
