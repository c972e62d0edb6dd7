import ArmorBase
import ArmorSyntax
import ArmorAnalysis

/// Applies suppression directives to a run's findings: a rule finding is dropped when a
/// directive of its own file covers the line of its primary location. Syntax and analysis
/// diagnostics are never suppressed. Then the directives of the linted files are audited.
public enum Suppressor {
    /// The directives written in `source`, by its language.
    /// - Parameter pragmas: the Bicep lexer's pragmas of this very text, when a parse kept them.
    public static func directives(in source: SourceFile, pragmas: [BicepPragma]? = nil) -> [Directive] {
        guard DirectiveParser.mayContainDirectives(source.bytes) else { return [] }
        switch Frontend.kind(ofPath: source.path) {
        case .bicep, .bicepParameters: return pragmas.map { $0.map(directive) } ?? bicepDirectives(source)
        case .armTemplate, .armParameters: return DirectiveParser.armDirectives(JSONReader.read(source).comments, in: source)
        case .teardownScript: return DirectiveParser.scriptDirectives(source)
        case .other: return []
        }
    }

    public static func index(_ source: SourceFile, pragmas: [BicepPragma]? = nil) -> SuppressionIndex {
        SuppressionIndex(directives(in: source, pragmas: pragmas), lineCount: source.lines.lineCount)
    }

    public struct Result: Sendable {
        public var kept: [Diagnostic]
        public var audit: [Diagnostic]
    }

    /// - Parameters:
    ///   - indexes: the suppression index of every file that has findings or is audited.
    ///   - sources: the files, to turn a finding's offset into a line.
    ///   - audited: the linted files whose directives are checked for unknown and unused codes.
    ///   - isEnabled: whether a rule runs on a file (path).
    public static func apply(_ diagnostics: [Diagnostic], indexes: [String: SuppressionIndex],
                             sources: [String: SourceFile], audited: [String],
                             isEnabled: (RuleID, String) -> Bool) -> Result {
        var used: [String: Set<SuppressionIndex.Origin>] = [:]
        var kept: [Diagnostic] = []
        kept.reserveCapacity(diagnostics.count)
        for diagnostic in diagnostics {
            let path = diagnostic.location.path
            guard case .rule(let id) = diagnostic.code, let index = indexes[path], !index.isEmpty,
                  let source = sources[path] else {
                kept.append(diagnostic)
                continue
            }
            let line = source.lines.lineIndex(of: diagnostic.location.span.start)
            if let origin = index.covering(id.rawValue, line: line) {
                used[path, default: []].insert(origin)
            } else {
                kept.append(diagnostic)
            }
        }
        var audit: [Diagnostic] = []
        for path in audited {
            guard let index = indexes[path], !index.directives.isEmpty else { continue }
            audit += SuppressionAudit.audit(index, path: path, used: used[path] ?? []) { isEnabled($0, path) }
        }
        return Result(kept: kept, audit: audit)
    }
}
