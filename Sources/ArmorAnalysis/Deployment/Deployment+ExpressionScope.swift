/// Outer-scoped inline ARM templates (dependency-semantics §7.4, ARM's default): their
/// expressions see the parent template's parameters, variables and resource names.
extension Deployment {
    /// The instance whose names the expressions of `instance` see, when `instance` is an
    /// outer-scoped inline template; nil for the root, modules and inner-scoped templates.
    public func expressionParent(of instance: Int) -> Int? {
        guard let module = instances[instance].deployedBy, case .inline(_, false)? = resource(module).module else { return nil }
        return module.instance
    }
}
