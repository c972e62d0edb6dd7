import ArmorSyntax

/// Splitting names at `/` when only some of their parts are known: `'${account.name}/conn'`
/// with an unknown account name still tells that the last segment is `conn`.
extension Evaluator {
    /// The `/`-separated segments of a name. Written pieces come from an interpolation,
    /// `concat(...)` or `format('{0}/{1}', ...)`; a segment that touches an unknown piece is
    /// `.unknown`. Callers compare the count with the type's, since an unknown piece could
    /// itself hold a `/`.
    public func nameSegments(of value: Value) -> [KnownValue] {
        switch evaluate(value) {
        case .string(let whole):
            return whole.split(separator: "/", omittingEmptySubsequences: false).map { .string(String($0)) }
        case .unknown:
            break
        case let other:
            return [other]  // a `guid(...)` name: one symbolic segment
        }
        var segments: [KnownValue] = []
        var current = ""
        var currentUnknown = false
        for piece in pieces(of: value) {
            guard let text = piece else {
                currentUnknown = true
                continue
            }
            for c in text {
                if c == "/" {
                    segments.append(currentUnknown ? .unknown : .string(current))
                    current = ""
                    currentUnknown = false
                } else {
                    current.append(c)
                }
            }
        }
        segments.append(currentUnknown ? .unknown : .string(current))
        return segments
    }

    /// Known string fragments of a string-building expression, in order (nil = unknown piece).
    /// Lets a rule find a role GUID in `'${subscription().id}/providers/…/<guid>'`.
    public func knownFragments(of value: Value) -> [String] {
        pieces(of: value).compactMap { $0 }
    }

    private func pieces(of value: Value) -> [String?] {
        switch value.kind {
        case .interpolation(let parts):
            return parts.flatMap { pieces(of: $0) }
        case .call(let name, _, let args) where name.lowercased() == "concat":
            return args.flatMap { pieces(of: $0) }
        case .call(let name, _, let args) where name.lowercased() == "format" && !args.isEmpty:
            guard let template = evaluate(args[0]).stringValue,
                  let parts = Self.formatPieces(template) else { return [nil] }
            return parts.flatMap { part -> [String?] in
                switch part {
                case .text(let s): return [s]
                case .argument(let n): return n + 1 < args.count ? pieces(of: args[n + 1]) : [nil]
                }
            }
        default:
            return [evaluate(value).interpolatedText]
        }
    }

    enum FormatPiece: Equatable {
        case text(String)
        case argument(Int)
    }

    /// `'{0}/{1}'` → [arg 0, "/", arg 1]; nil for escapes or specifiers (not worth reproducing).
    static func formatPieces(_ template: String) -> [FormatPiece]? {
        var result: [FormatPiece] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(where: { $0 == "{" || $0 == "}" }) {
            guard rest[open] == "{", let close = rest[open...].firstIndex(of: "}"),
                  let n = Int(rest[rest.index(after: open)..<close]), n >= 0 else { return nil }
            if open > rest.startIndex { result.append(.text(String(rest[..<open]))) }
            result.append(.argument(n))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { result.append(.text(String(rest))) }
        return result
    }
}
