import ArmorAnalysis

/// azd's `main.parameters.json` holds `${VAR}` placeholders that azd substitutes from the
/// environment before deploying. armor does not know that environment: a whole-value
/// `${VAR}` is unknown, `${VAR=default}` (also `:=`, `-`, `:-`) is its default text, and a
/// placeholder inside other text makes the string unknown. Read literally, a placeholder would
/// be a non-empty string and switch branches such as `!empty(existingProjectId)` on.
enum AzdPlaceholders {
    static func resolve(_ value: KnownValue) -> KnownValue {
        switch value {
        case .string(let s): return resolve(s)
        case .array(let items): return .array(items.map(resolve))
        case .object(let object):
            var result = object
            for entry in object.entries { result[entry.key] = resolve(entry.value) }
            return .object(result)
        default: return value
        }
    }

    private static func resolve(_ text: String) -> KnownValue {
        guard text.contains("${") else { return .string(text) }
        guard text.hasPrefix("${"), text.hasSuffix("}") else { return .unknown }
        let inner = text.dropFirst(2).dropLast()
        guard !inner.contains("${"), !inner.contains("}") else { return .unknown }
        let name = inner.prefix { $0 == "_" || $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard !name.isEmpty else { return .unknown }
        let rest = inner.dropFirst(name.count)
        if rest.isEmpty { return .unknown }
        for marker in [":=", ":-", "=", "-"] where rest.hasPrefix(marker) {
            return .string(String(rest.dropFirst(marker.count)))
        }
        return .unknown
    }
}
