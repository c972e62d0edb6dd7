import ArmorBase

/// Why one declaration waits for another.
public struct EdgeKinds: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Written in `dependsOn` (Bicep or ARM).
    public static let explicit = EdgeKinds(rawValue: 1 << 0)
    /// Bicep: a symbolic reference the compiler turns into a `dependsOn` entry.
    public static let reference = EdgeKinds(rawValue: 1 << 1)
    /// Bicep: nesting or `parent:` (the immediate parent only).
    public static let parent = EdgeKinds(rawValue: 1 << 2)
    /// ARM JSON: inferred by Resource Manager from `reference(x)` / `list*(x)` (not written).
    public static let armInferred = EdgeKinds(rawValue: 1 << 3)
}

/// One dependency of a declaration on another declaration of the same template.
public struct Edge: Sendable, Hashable {
    /// Index into `Template.resources`.
    public var target: Int
    public var kinds: EdgeKinds
    /// Where the dependency is written (the `dependsOn` entry or the first reference).
    public var span: Span

    public init(target: Int, kinds: EdgeKinds, span: Span) {
        self.target = target
        self.kinds = kinds
        self.span = span
    }

    /// What the compiler writes / the file writes: everything but ARM's own inference.
    public var isWritten: Bool { !kinds.subtracting(.armInferred).isEmpty }
}

/// A `dependsOn` entry that names nothing in the template (ARM "not defined in the template";
/// Bicep BCP057).
public struct UnresolvedDependency: Sendable, Hashable {
    public var text: String
    public var span: Span

    public init(text: String, span: Span) {
        self.text = text
        self.span = span
    }
}

/// The dependencies of every declaration of one template: what ARM waits for.
public struct DependencyGraph: Sendable {
    /// `edges[i]`: dependencies of `template.resources[i]`, one per target, sorted by the
    /// compiler's collation of the target symbol (graph-json `dependsOn` order).
    public var edges: [[Edge]]
    /// `unresolved[i]`: `dependsOn` entries of resource i that match nothing.
    public var unresolved: [[UnresolvedDependency]]
    public var diagnostics: [Diagnostic]

    public init(resourceCount: Int) {
        edges = Array(repeating: [], count: resourceCount)
        unresolved = Array(repeating: [], count: resourceCount)
        diagnostics = []
    }

    public var count: Int { edges.count }

    /// Targets that the template writes (graph-json `dependsOn`).
    public func writtenTargets(of index: Int) -> [Int] {
        edges[index].filter(\.isWritten).map(\.target)
    }

    /// Targets only ARM infers (graph-json `implicitDependsOn`).
    public func inferredTargets(of index: Int) -> [Int] {
        edges[index].filter { !$0.isWritten }.map(\.target)
    }
}
