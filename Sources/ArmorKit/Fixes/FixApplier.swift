import ArmorBase

/// Applies fixes to texts in memory: a fix goes in whole or not at all, and only when none of
/// its edits touches an edit already taken in this pass (the next pass, after a re-lint, takes
/// the rest). Identical fixes from two findings count once.
package enum FixApplier {
    package struct Pass {
        package var texts: [String: [UInt8]]
        package var applied: [Fix]
    }

    package static func apply(_ fixes: [Fix], to texts: [String: [UInt8]]) -> Pass {
        var taken: [String: [Span]] = [:]
        var applied: [Fix] = []
        var seen = Set<Fix>()
        let ordered = fixes.sorted { a, b in
            let x = a.edits.map(\.span.start).min() ?? 0, y = b.edits.map(\.span.start).min() ?? 0
            return x != y ? x < y : a.title < b.title
        }
        for fix in ordered where !fix.edits.isEmpty && seen.insert(fix).inserted {
            let fits = fix.edits.allSatisfy { edit in
                guard let text = texts[edit.path], Int(edit.span.end) <= text.count, edit.span.start <= edit.span.end else { return false }
                return !(taken[edit.path] ?? []).contains { touches($0, edit.span) }
                    && !fix.edits.contains { $0 != edit && $0.path == edit.path && touches($0.span, edit.span) }
            }
            guard fits else { continue }
            for edit in fix.edits { taken[edit.path, default: []].append(edit.span) }
            applied.append(fix)
        }
        var result = texts
        var byPath: [String: [TextEdit]] = [:]
        for fix in applied { for edit in fix.edits { byPath[edit.path, default: []].append(edit) } }
        for (path, edits) in byPath {
            guard var bytes = result[path] else { continue }
            for edit in edits.sorted(by: { $0.span.start > $1.span.start }) {
                bytes.replaceSubrange(Int(edit.span.start)..<Int(edit.span.end), with: Array(edit.replacement.utf8))
            }
            result[path] = bytes
        }
        return Pass(texts: result, applied: applied)
    }

    /// Overlapping ranges, or two edits at one point (their order would be a guess).
    private static func touches(_ a: Span, _ b: Span) -> Bool {
        if a.isEmpty || b.isEmpty { return a.start <= b.end && b.start <= a.end }
        return a.start < b.end && b.start < a.end
    }
}
