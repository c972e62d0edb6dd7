import ArmorSyntax

/// Evaluates ARM name expressions as far as they are static: literals, `concat`, `format`,
/// `variables('x')` (and, on request, `parameters('x')` from defaults), `split(n, '/')[k]`.
/// Everything else becomes an opaque token holding the expression's canonical text, so two
/// names compare equal exactly when they are built the same way (dependency-semantics §8 3a).
struct ARMNameEvaluator {
    static let open: Character = "\u{0}"
    static let close: Character = "\u{1}"
    /// `open` and `close` as the one UTF-8 byte each is.
    static let openByte: UInt8 = 0x00, closeByte: UInt8 = 0x01
    private static let maxDepth = 20

    private let variables: [String: Value]
    private let parameterDefaults: [String: Value]
    /// Read `parameters('x')` as its default value.
    var useParameterDefaults = false
    /// `copyIndex()`, integers and indexes become `*`: all instances of one loop compare equal.
    var relaxed = false

    init(_ template: Template) {
        var variables: [String: Value] = [:]
        for v in template.variables { variables[v.name.lowercased()] = v.value }
        var defaults: [String: Value] = [:]
        for p in template.parameters {
            if let d = p.defaultValue { defaults[p.name.lowercased()] = d }
        }
        self.variables = variables
        self.parameterDefaults = defaults
    }

    /// The static text of `value`, opaque parts wrapped in `\0…\1`.
    func text(_ value: Value) -> String {
        var depth = 0
        return text(value, depth: &depth)
    }

    /// True when `text` has no opaque part.
    static func isStatic(_ text: String) -> Bool {
        !text.utf8.contains(0)
    }

    private func text(_ value: Value, depth: inout Int) -> String {
        switch value.kind {
        case .string(let s): return s
        case .int(let n): return relaxed ? "\(Self.open)*\(Self.close)" : String(n)
        case .interpolation(let parts): return parts.map { text($0, depth: &depth) }.joined()
        case .call(let name, .none, let args):
            if let result = callText(name, args, depth: &depth) { return result }
        case .variable(let name):
            if let v = variables[name.lowercased()], Self.isScalar(v), depth < Self.maxDepth {
                depth += 1
                defer { depth -= 1 }
                return text(v, depth: &depth)
            }
        case .parameter(let name):
            if useParameterDefaults, let v = parameterDefaults[name.lowercased()], Self.isScalar(v),
               depth < Self.maxDepth {
                depth += 1
                defer { depth -= 1 }
                return text(v, depth: &depth)
            }
        case .index(let base, let index, false, false):
            if case .call("split", .none, let args) = base.kind, args.count == 2,
               args[1].stringLiteral == "/", case .int(let k) = index.kind {
                let parts = text(args[0], depth: &depth).split(separator: "/", omittingEmptySubsequences: false)
                if k >= 0 && Int(k) < parts.count { return String(parts[Int(k)]) }
            }
        default: break
        }
        return "\(Self.open)\(canonical(value))\(Self.close)"
    }

    private func callText(_ name: String, _ args: [Value], depth: inout Int) -> String? {
        switch name {
        case "concat" where !args.isEmpty:
            guard args.allSatisfy(Self.isScalar) else { return nil }
            return args.map { text($0, depth: &depth) }.joined()
        case "format" where !args.isEmpty:
            guard let pattern = args[0].stringLiteral else { return nil }
            var values: [String] = []
            for arg in args.dropFirst() { values.append(text(arg, depth: &depth)) }
            return Self.format(pattern, values)
        case "tolower" where args.count == 1, "toupper" where args.count == 1:
            // Names compare case-insensitively anyway.
            return text(args[0], depth: &depth)
        default:
            return nil
        }
    }

    private static func isScalar(_ value: Value) -> Bool {
        switch value.kind {
        case .object, .array: false
        default: true
        }
    }

    /// .NET composite formatting: `{0}`, `{0:fmt}` (kept opaque), `{{` and `}}`.
    static func format(_ pattern: String, _ values: [String]) -> String? {
        let bytes = Array(pattern.utf8)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if (b == UInt8(ascii: "{") || b == UInt8(ascii: "}")) && i + 1 < bytes.count && bytes[i + 1] == b {
                out.append(b)
                i += 2
                continue
            }
            guard b == UInt8(ascii: "{") else { out.append(b); i += 1; continue }
            var j = i + 1
            var index = 0
            while j < bytes.count, bytes[j] >= 0x30, bytes[j] <= 0x39, index < 1000 {
                index = index * 10 + Int(bytes[j] - 0x30)
                j += 1
            }
            guard j > i + 1, index < values.count else { return nil }
            var spec: ArraySlice<UInt8> = []
            if j < bytes.count && bytes[j] == UInt8(ascii: ":") {
                let s = j
                while j < bytes.count && bytes[j] != UInt8(ascii: "}") { j += 1 }
                spec = bytes[s..<j]
            }
            guard j < bytes.count, bytes[j] == UInt8(ascii: "}") else { return nil }
            if spec.isEmpty {
                out.append(contentsOf: values[index].utf8)
            } else {
                out.append(0)
                out.append(contentsOf: "fmt".utf8)
                out.append(contentsOf: spec)
                out.append(UInt8(ascii: ":"))
                out.append(contentsOf: values[index].utf8)
                out.append(1)
            }
            i = j + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Canonical text of an expression: lower-cased function and member names, quoted literals.
    func canonical(_ value: Value) -> String {
        switch value.kind {
        case .string(let s): return "'" + s.replacing("'", with: "''") + "'"
        case .int(let n): return relaxed ? "*" : String(n)
        case .bool(let b): return b ? "true()" : "false()"
        case .null: return "null()"
        case .parameter(let p): return "parameters('\(p.lowercased())')"
        case .variable(let v): return "variables('\(v.lowercased())')"
        case .call(let name, let ns, let args):
            if relaxed && name == "copyindex" { return "*" }
            let prefix = ns.map { $0.lowercased() + "." } ?? ""
            return prefix + name + "(" + args.map(canonical).joined(separator: ",") + ")"
        case .member(let base, let name, _): return canonical(base) + "." + name.lowercased()
        case .index(let base, let index, _, _):
            return canonical(base) + (relaxed ? "[*]" : "[" + canonical(index) + "]")
        case .interpolation(let parts): return "concat(" + parts.map(canonical).joined(separator: ",") + ")"
        case .object(let entries): return "{" + entries.map(canonical).joined(separator: ",") + "}"
        case .array(let items): return "[" + items.map(canonical).joined(separator: ",") + "]"
        default: return "?"
        }
    }

    private func canonical(_ entry: Value.ObjectEntry) -> String {
        switch entry {
        case .property(let key, _, let value): return key.lowercased() + ":" + canonical(value)
        case .unknownKey(let key, let value): return canonical(key) + ":" + canonical(value)
        case .spread(let value): return "..." + canonical(value)
        }
    }

    private func canonical(_ entry: Value.ArrayEntry) -> String {
        switch entry {
        case .element(let value): return canonical(value)
        case .spread(let value): return "..." + canonical(value)
        }
    }
}
