/// Caps on the recursive walks of the semantic model. They bound the work on cyclic or hostile
/// input (a variable that names itself, a parent chain through a module cycle); real templates
/// stay far below them. Past a cap the answer is "unknown" (or "stop walking"), never a guess.
package enum AnalysisLimits {
    /// Steps up a chain of parents, module instances or ancestors.
    package static let chainSteps = 64
    /// Levels of following one value through variables, parameters, module boundaries and loop
    /// elements (the value tracer and value origins).
    package static let traceDepth = 32
    /// Levels of resolving a name, a symbolic id or a property path through declarations.
    package static let nameDepth = 16
    /// Levels of indirection through variables when a single reference is all that is needed
    /// (a resource id held in a variable, the account a connection hangs under).
    package static let indirectionDepth = 8
}
