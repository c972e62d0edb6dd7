import ArmorSyntax

/// What an outer-scoped inline ARM template's names mean (dependency-semantics §7.4): its
/// parameters are its parent's, and a symbol it does not declare is the parent's.
extension ValueTracer {
    /// `parameters('name')` of an outer-scoped template, read in the parent (where it may be a
    /// module argument in turn).
    func outerScopeParameter(_ name: String, of instance: Int) -> (Value, Int)? {
        guard let parent = deployment.expressionParent(of: instance), let module = deployment.instances[instance].deployedBy else {
            return nil
        }
        return (Value(.parameter(name), at: deployment.resource(module).span), parent)
    }

    /// A symbolic name (`reference('account')`) that an outer-scoped template does not declare
    /// itself: the nearest enclosing template's declaration.
    func outerScopeSymbol(_ symbol: String, of instance: Int) -> ResourceRef? {
        var current = instance
        while let parent = deployment.expressionParent(of: current) {
            if let index = deployment.instances[parent].template.resourceIndex(symbol: symbol) {
                return ResourceRef(instance: parent, index: index)
            }
            current = parent
        }
        return nil
    }
}
