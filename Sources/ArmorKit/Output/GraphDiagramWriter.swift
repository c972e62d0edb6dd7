/// `armor graph --format dot|mermaid`: diagrams to paste into a pull request. An arrow points
/// from a declaration to what it waits for; nested deployments are clusters / subgraphs.
public enum GraphDiagramWriter {
    public static func dot(_ analyzed: AnalyzedTemplate) -> String {
        var out = "digraph armor {\n  rankdir=BT;\n  node [shape=box, fontname=\"Helvetica\"];\n"
        var counter = 0
        dotBody(analyzed, prefix: "n", indent: "  ", counter: &counter, into: &out)
        return out + "}\n"
    }

    private static func dotBody(_ analyzed: AnalyzedTemplate, prefix: String, indent: String,
                                counter: inout Int, into out: inout String) {
        let resources = analyzed.template.resources
        for (index, resource) in resources.enumerated() {
            let style = resource.existing ? ", style=dashed" : ""
            out += "\(indent)\(prefix)_\(index) [label=\(quoted(label(resource)))\(style)];\n"
            if case .inline(let nestedIndex, _)? = resource.module, nestedIndex < analyzed.nested.count {
                counter += 1
                out += "\(indent)subgraph cluster_\(counter) {\n\(indent)  label=\(quoted(resource.symbol));\n"
                dotBody(analyzed.nested[nestedIndex], prefix: "\(prefix)_\(index)", indent: indent + "  ",
                        counter: &counter, into: &out)
                out += "\(indent)}\n"
            }
        }
        for (index, edges) in analyzed.graph.edges.enumerated() {
            for edge in edges {
                let style = edge.isWritten ? "" : " [style=dashed, label=\"inferred\"]"
                out += "\(indent)\(prefix)_\(index) -> \(prefix)_\(edge.target)\(style);\n"
            }
        }
    }

    public static func mermaid(_ analyzed: AnalyzedTemplate) -> String {
        var out = "flowchart BT\n"
        mermaidBody(analyzed, prefix: "n", indent: "  ", into: &out)
        return out
    }

    private static func mermaidBody(_ analyzed: AnalyzedTemplate, prefix: String, indent: String,
                                    into out: inout String) {
        let resources = analyzed.template.resources
        for (index, resource) in resources.enumerated() {
            let text = mermaidText(label(resource))
            out += "\(indent)\(prefix)_\(index)\(resource.existing ? "([\(text)])" : "[\(text)]")\n"
            if case .inline(let nestedIndex, _)? = resource.module, nestedIndex < analyzed.nested.count {
                out += "\(indent)subgraph \(prefix)_\(index)_inner [\(mermaidText(resource.symbol))]\n"
                mermaidBody(analyzed.nested[nestedIndex], prefix: "\(prefix)_\(index)", indent: indent + "  ",
                            into: &out)
                out += "\(indent)end\n"
            }
        }
        for (index, edges) in analyzed.graph.edges.enumerated() {
            for edge in edges {
                out += "\(indent)\(prefix)_\(index) \(edge.isWritten ? "-->" : "-.->") \(prefix)_\(edge.target)\n"
            }
        }
    }

    private static func label(_ resource: Resource) -> String {
        let type = resource.kind == .module ? "module" : Paths.fileName(of: resource.type)
        return "\(resource.symbol)\n\(type)"
    }

    private static func quoted(_ s: String) -> String {
        "\"" + s.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"").replacing("\n", with: "\\n") + "\""
    }

    /// Mermaid labels: quoted, with `"` as an entity and line breaks as `<br/>`.
    private static func mermaidText(_ s: String) -> String {
        "\"" + s.replacing("\"", with: "#quot;").replacing("\n", with: "<br/>") + "\""
    }
}
