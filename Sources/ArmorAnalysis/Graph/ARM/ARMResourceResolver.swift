import ArmorBase
import ArmorSyntax

/// Maps a `dependsOn` entry or a `reference()`/`list*()` argument to a resource of one template
/// (dependency-semantics §7.2, §8 3a): symbolic keys, copy names, `resourceId`-family calls
/// matched by type and name, `type/name` strings, plain names. Names compare by static value
/// (literals, `concat`, `format`, variables), first with parameters opaque, then with parameters
/// read from their defaults; exact case first, then ASCII-case-insensitively (ARM's rule).
struct ARMResourceResolver {
    struct Hit: Equatable {
        var index: Int
        /// Found by symbolic key (a languageVersion 2.0 entry as Bicep writes it).
        var bySymbol: Bool
    }

    private let template: Template
    private let symbolic: Bool
    private let exact: ARMNameEvaluator
    private let relaxed: ARMNameEvaluator
    private let defaults: ARMNameEvaluator
    private let types: [ResourceType]
    private let names: NameTable
    private let relaxedNames: NameTable
    private let defaultNames: NameTable
    /// Declarations by type.
    private let byType: [ResourceType: [Int]]
    private let copyNames: [String: [Int]]
    private let symbols: [String: [Int]]

    init(_ template: Template) {
        self.template = template
        symbolic = template.languageVersion?.hasPrefix("2") ?? false
        let exact = ARMNameEvaluator(template)
        var relaxed = exact
        relaxed.relaxed = true
        var defaults = exact
        defaults.useParameterDefaults = true
        self.exact = exact
        self.relaxed = relaxed
        self.defaults = defaults
        types = template.resources.map(\.resourceType)
        // Most names read the same under all three evaluators: one table then serves them all.
        let exactTexts = template.resources.map { r in r.name.map { exact.text($0) } }
        let names = NameTable(exactTexts)
        let relaxedTexts = template.resources.map { r in r.name.map { relaxed.text($0) } }
        relaxedNames = relaxedTexts == exactTexts ? names : NameTable(relaxedTexts)
        let defaultTexts = template.resources.map { r in r.name.map { defaults.text($0) } }
        defaultNames = defaultTexts == exactTexts ? names : NameTable(defaultTexts)
        self.names = names
        var byType: [ResourceType: [Int]] = [:]
        for (i, type) in types.enumerated() { byType[type, default: []].append(i) }
        self.byType = byType
        var copies: [String: [Int]] = [:]
        var keys: [String: [Int]] = [:]
        for (i, r) in template.resources.enumerated() {
            if let copy = r.loop?.copyName { copies[copy.lowercased(), default: []].append(i) }
            // Symbolic keys are looked up only in languageVersion 2.0 templates.
            if symbolic { keys[r.symbol, default: []].append(i) }
        }
        copyNames = copies
        symbols = keys
    }

    /// A `dependsOn` entry.
    func resolveDependsOn(_ entry: Value) -> Hit? {
        resolve(followVariables(entry), allowCopyNames: true, allowTypeOnly: true)
    }

    /// The first argument of `reference(…)` / `list*(…)`. No copy names and no type-only
    /// guess: a reference may well point outside the template.
    func resolveReference(_ argument: Value) -> Hit? {
        resolve(followVariables(argument), allowCopyNames: false, allowTypeOnly: false)
    }

    private func resolve(_ value: Value, allowCopyNames: Bool, allowTypeOnly: Bool) -> Hit? {
        switch value.kind {
        case .string(let s):
            if symbolic, let hit = unique(symbols[s]) { return Hit(index: hit, bySymbol: true) }
            return resolveText(s, allowCopyNames: allowCopyNames).map { Hit(index: $0, bySymbol: false) }
        case .call(let name, .none, let args) where ResourceIdFunction.arm(name) != nil:
            guard let function = ResourceIdFunction.arm(name) else { break }
            return resolveResourceId(function, args, allowTypeOnly: allowTypeOnly).map { Hit(index: $0, bySymbol: false) }
        case .call("format", .none, let args) where symbolic:
            if let symbol = Self.loopInstanceSymbol(args), let hit = unique(symbols[symbol]) {
                return Hit(index: hit, bySymbol: true)
            }
        default:
            break
        }
        for evaluator in [exact, defaults] {
            let text = evaluator.text(value)
            if let hit = resolveText(text, allowCopyNames: allowCopyNames) { return Hit(index: hit, bySymbol: false) }
        }
        return nil
    }

    /// A plain name, a `type/name` string or a copy name.
    private func resolveText(_ text: String, allowCopyNames: Bool) -> Int? {
        if allowCopyNames, let hit = unique(copyNames[text.lowercased()]) { return hit }
        if let hit = match(text, in: names, where: { _ in true }) { return hit }
        if let hit = match(text, in: defaultNames, where: { _ in true }) { return hit }
        let typed = template.resources.indices.filter { isTypeAndName(text, of: $0) }
        return typed.count == 1 ? typed[0] : nil
    }

    /// `Namespace/type/name` naming resource `i`: the type compared as a type, the name
    /// ignoring case (Azure resource names are case-insensitive).
    private func isTypeAndName(_ text: String, of i: Int) -> Bool {
        guard let name = names.names[i] else { return false }
        let prefix = types[i].written + "/"
        guard ASCIICase.hasPrefix(text, prefix) else { return false }
        return String(decoding: text.utf8.dropFirst(prefix.utf8.count), as: UTF8.self).lowercased() == name.lowercased()
    }

    private func resolveResourceId(_ function: ResourceIdFunction, _ args: [Value], allowTypeOnly: Bool) -> Int? {
        let typeIndex: Int?
        switch function.layout {
        case .afterBaseId: typeIndex = args.count >= 2 && isTypeLiteral(args[1]) ? 1 : nil
        case .leadingScopes: typeIndex = args.firstIndex(where: isTypeLiteral)
        }
        guard let typeIndex else { return nil }
        let type = ResourceType(exact.text(args[typeIndex]))
        let segments = args[(typeIndex + 1)...]
        guard let candidates = byType[type], !candidates.isEmpty else { return nil }
        let isCandidate = { (i: Int) in types[i] == type }
        let full = segments.map { exact.text($0) }.joined(separator: "/")
        if let hit = match(full, in: names, where: isCandidate) { return hit }
        let withDefaults = segments.map { defaults.text($0) }.joined(separator: "/")
        if let hit = match(withDefaults, in: defaultNames, where: isCandidate) { return hit }
        let loose = segments.map { relaxed.text($0) }.joined(separator: "/")
        if let hit = match(loose, in: relaxedNames, where: isCandidate) { return hit }
        return allowTypeOnly && candidates.count == 1 ? candidates[0] : nil
    }

    /// Names of the declarations, and the declarations by ASCII-folded name: one lookup per
    /// entry, not a scan (a chain of n `dependsOn` entries would be quadratic).
    struct NameTable {
        let names: [String?]
        let byFolded: PositionIndex

        init(_ names: [String?]) {
            self.names = names
            byFolded = PositionIndex(names, key: ASCIICase.folded)
        }
    }

    /// The one candidate whose name equals `text`: exact case first, then ignoring case.
    private func match(_ text: String, in table: NameTable, where isCandidate: (Int) -> Bool) -> Int? {
        var exactHits: [Int] = []
        var foldedHits: [Int] = []
        table.byFolded.forEach(ASCIICase.folded(text)) { i in
            guard isCandidate(i) else { return }
            if table.names[i] == text { exactHits.append(i) }
            foldedHits.append(i)
        }
        if exactHits.count == 1 { return exactHits[0] }
        if exactHits.isEmpty && foldedHits.count == 1 { return foldedHits[0] }
        return nil
    }

    /// `'Microsoft.Network/virtualNetworks/subnets'`: a namespace with a dot, then segments.
    private func isTypeLiteral(_ value: Value) -> Bool {
        let text = exact.text(value)
        guard ARMNameEvaluator.isStatic(text) else { return false }
        var sawSlash = false, sawDotBeforeSlash = false, segmentLength = 0
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "/"):
                if segmentLength == 0 { return false }
                sawSlash = true
                segmentLength = 0
            case UInt8(ascii: "."):
                if !sawSlash { sawDotBeforeSlash = true }
                segmentLength += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                segmentLength += 1
            default:
                return false
            }
        }
        return sawSlash && sawDotBeforeSlash && segmentLength > 0
    }

    /// `variables('x')` holding a name or an id expression, followed a few hops.
    private func followVariables(_ value: Value) -> Value {
        var current = value
        var hops = 0
        while case .variable(let name) = current.kind, hops < 10,
              let variable = template.variables.last(where: { ASCIICase.equal($0.name, name) }) {
            switch variable.value.kind {
            case .object, .array, .forLoop: return current
            default: current = variable.value
            }
            hops += 1
        }
        return current
    }

    /// `format('sym[{0}]', i)` (Bicep's one-instance entry) → `sym`.
    static func loopInstanceSymbol(_ args: [Value]) -> String? {
        guard let pattern = args.first?.stringLiteral, pattern.hasSuffix("]") else { return nil }
        guard let open = pattern.lastIndex(of: "["), pattern[open...].hasPrefix("[{") else { return nil }
        return String(pattern[..<open])
    }

    private func unique(_ hits: [Int]?) -> Int? {
        guard let hits, hits.count == 1 else { return nil }
        return hits[0]
    }
}
