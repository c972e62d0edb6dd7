/// ARM `dependsOn` resolution and Resource Manager's implicit edges (dependency-semantics §7–8).
public enum ARMDependencyBuilder {
    public static func build(_ template: Template) -> DependencyGraph {
        DependencyGraph(resourceCount: template.resources.count)
    }
}
