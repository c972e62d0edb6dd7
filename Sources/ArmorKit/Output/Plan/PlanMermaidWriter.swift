import ArmorBase
import ArmorAnalysis

/// `armor plan --format mermaid`: the waves as subgraphs joined in order, or the teardown as a
/// numbered chain. Resources at other scopes (not deleted by the scripts) are drawn dashed.
public enum PlanMermaidWriter {
    public static func waves(_ report: PlanReport) -> String {
        var out = "flowchart LR\n"
        for (w, wave) in report.waves.enumerated() {
            out += "  subgraph wave\(w + 1) [\(text("Wave \(w + 1)"))]\n    direction TB\n"
            for (i, entry) in wave.enumerated() {
                out += "    w\(w + 1)_\(i + 1)[\(text(label(entry)))]\(style(entry))\n"
            }
            out += "  end\n"
        }
        if report.waves.count > 1 {
            out += "  " + (1...report.waves.count).map { "wave\($0)" }.joined(separator: " --> ") + "\n"
        }
        return out + classes(report.waves.flatMap { $0 })
    }

    public static func teardown(_ report: PlanReport) -> String {
        var out = "flowchart TD\n"
        for (i, step) in report.teardown.enumerated() {
            out += "  s\(i + 1)[\(text("\(i + 1). " + label(step.entry)))]\(style(step.entry))\n"
        }
        if report.teardown.count > 1 {
            out += "  " + (1...report.teardown.count).map { "s\($0)" }.joined(separator: " --> ") + "\n"
        }
        return out + classes(report.teardown.map(\.entry))
    }

    private static func label(_ entry: PlanEntry) -> String {
        var lines = [entry.symbol, Paths.fileName(of: entry.type)]
        if !entry.modules.isEmpty { lines.append("module " + entry.modules.joined(separator: " > ")) }
        let markers = entry.markers
        if !markers.isEmpty { lines.append(markers.joined(separator: " ")) }
        return lines.joined(separator: "\n")
    }

    private static func style(_ entry: PlanEntry) -> String {
        entry.otherScope == nil ? "" : ":::otherScope"
    }

    private static func classes(_ entries: [PlanEntry]) -> String {
        entries.contains { $0.otherScope != nil } ? "  classDef otherScope stroke-dasharray: 5 5\n" : ""
    }

    /// Mermaid labels: quoted, `"` as an entity, line breaks as `<br/>`.
    private static func text(_ s: String) -> String {
        "\"" + s.replacing("\"", with: "#quot;").replacing("\n", with: "<br/>") + "\""
    }
}
