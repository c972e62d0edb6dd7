import ArmorBase

import ArmorAnalysis

/// The directives of one file resolved once into covered line ranges per code (swift-format's
/// `RuleMask`), so that each finding is checked with a dictionary lookup and a short scan.
public struct SuppressionIndex: Sendable {
    /// Which directive code a range came from, for the unused-suppression audit.
    public struct Origin: Hashable, Sendable {
        public var directive: Int
        public var code: Int
    }

    struct Range: Sendable {
        /// 0-based, inclusive.
        var first: Int
        var last: Int
        var origin: Origin
    }

    public let directives: [Directive]
    /// Lower-cased code → ranges in file order.
    private var ranges: [String: [Range]] = [:]

    public init(_ directives: [Directive], lineCount: Int) {
        self.directives = directives
        var open: [String: (line: Int, origin: Origin)] = [:]
        for (d, directive) in directives.enumerated() {
            for (c, code) in directive.codes.enumerated() {
                let id = RuleID.canonicalCode(code.id.lowercased())
                let origin = Origin(directive: d, code: c)
                switch directive.kind {
                case .nextLine:
                    ranges[id, default: []].append(Range(first: directive.line + 1, last: directive.line + 1, origin: origin))
                case .disable:
                    // A second disable of a code already disabled adds nothing (and is unused).
                    if open[id] == nil { open[id] = (directive.line, origin) }
                case .restore:
                    if let start = open.removeValue(forKey: id) {
                        ranges[id, default: []].append(Range(first: start.line + 1, last: directive.line - 1, origin: start.origin))
                    }
                }
            }
        }
        for (id, start) in open {
            ranges[id, default: []].append(Range(first: start.line + 1, last: max(start.line + 1, lineCount - 1), origin: start.origin))
        }
    }

    public var isEmpty: Bool { ranges.isEmpty }

    /// The directive code that covers `line` (0-based) for `id`, if any.
    public func covering(_ id: String, line: Int) -> Origin? {
        guard let list = ranges[id] ?? ranges[id.lowercased()] else { return nil }
        return list.first { $0.first <= line && line <= $0.last }?.origin
    }
}
