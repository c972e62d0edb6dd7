import ArmorBase
import ArmorAnalysis

/// `armor graph --format dot|mermaid`: diagrams to paste into a pull request. An arrow points
/// from a declaration to what it waits for; modules and nested deployments are clusters
/// (Graphviz) or subgraphs (Mermaid) holding their own resources.
public enum GraphDiagramWriter {
    public static func dot(_ deployment: Deployment) -> String {
        var out = "digraph armor {\n  rankdir=BT;\n  node [shape=box, fontname=\"Helvetica\"];\n"
        dotInstance(0, deployment, indent: "  ", into: &out)
        for ref in deployment.allResources {
            for edge in deployment.instances[ref.instance].graph.edges[ref.index] {
                let style = edge.isWritten ? "" : " [style=dashed, label=\"inferred\"]"
                out += "  \(id(ref)) -> \(id(ResourceRef(instance: ref.instance, index: edge.target)))\(style);\n"
            }
        }
        return out + "}\n"
    }

    private static func dotInstance(_ instance: Int, _ deployment: Deployment, indent: String, into out: inout String) {
        for (index, resource) in deployment.instances[instance].template.resources.enumerated() {
            let ref = ResourceRef(instance: instance, index: index)
            let style = resource.existing ? ", style=dashed" : ""
            out += "\(indent)\(id(ref)) [label=\(quoted(label(resource)))\(style)];\n"
            if let target = deployment.moduleTargets[ref] {
                out += "\(indent)subgraph cluster_\(target) {\n\(indent)  label=\(quoted(clusterLabel(resource, deployment.instances[target])));\n"
                dotInstance(target, deployment, indent: indent + "  ", into: &out)
                out += "\(indent)}\n"
            }
        }
    }

    public static func mermaid(_ deployment: Deployment) -> String {
        var out = "flowchart BT\n"
        mermaidInstance(0, deployment, indent: "  ", into: &out)
        for ref in deployment.allResources {
            for edge in deployment.instances[ref.instance].graph.edges[ref.index] {
                out += "  \(id(ref)) \(edge.isWritten ? "-->" : "-.->") \(id(ResourceRef(instance: ref.instance, index: edge.target)))\n"
            }
        }
        return out
    }

    private static func mermaidInstance(_ instance: Int, _ deployment: Deployment, indent: String, into out: inout String) {
        for (index, resource) in deployment.instances[instance].template.resources.enumerated() {
            let ref = ResourceRef(instance: instance, index: index)
            let text = mermaidText(label(resource))
            out += "\(indent)\(id(ref))\(resource.existing ? "([\(text)])" : "[\(text)]")\n"
            if let target = deployment.moduleTargets[ref] {
                out += "\(indent)subgraph m\(target) [\(mermaidText(clusterLabel(resource, deployment.instances[target])))]\n"
                mermaidInstance(target, deployment, indent: indent + "  ", into: &out)
                out += "\(indent)end\n"
            }
        }
    }

    /// A module's cluster: its symbol, and the registry reference when restored from the cache.
    private static func clusterLabel(_ resource: Resource, _ instance: TemplateInstance) -> String {
        instance.registryReference.map { "\(resource.symbol)\nfrom registry \($0)" } ?? resource.symbol
    }

    private static func id(_ ref: ResourceRef) -> String { "n\(ref.instance)_\(ref.index)" }

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
