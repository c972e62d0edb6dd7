import ArmorBase

/// A command word after variable expansion.
struct ResolvedWord {
    var text: ScriptText
    var isParameter = false
    var hasAttachedValue = false
    /// Unquoted and not fully literal: at run time it may split into several words.
    var mayExpand = false
}

/// Recognises the delete commands of the Azure CLI and Azure PowerShell in one command line.
struct DeleteRecognizer {
    let words: [ResolvedWord]
    let span: Span
    let line: Int
    /// Input arrives from a pipe, so the target may not be in the arguments.
    var opaque: Bool

    init(words: [ResolvedWord], span: Span, line: Int, piped: Bool) {
        self.words = words
        self.span = span
        self.line = line
        self.opaque = piped
    }

    mutating func recognize() -> [DeleteCommand] {
        guard let head = words.first?.text.value?.lowercased() else { return [] }
        if head == "az" || head == "az.cmd" { return azureCLI() }
        if head.hasPrefix("remove-az") || head == "invoke-azrestmethod" { return powerShell(head) }
        return []
    }

    func make(_ kind: DeleteCommand.Kind, type: String?, name: ScriptText, parents: [ScriptText] = [],
              group: KnownString?, command: String) -> DeleteCommand {
        var made = DeleteCommand(kind: kind, resourceType: type, name: name.known, parentNames: parents.map(\.known),
                                 resourceGroup: group, command: command, span: span, line: line, hasOpaqueArguments: opaque)
        made.namePattern = name.pattern
        made.parentPatterns = parents.map(\.pattern)
        return made
    }

    /// A delete given by resource id or management URL (`--ids`, `--url`, `-ResourceId`,
    /// `-Path`): type and names from the path; unknown segments stay unknown.
    func fromId(_ text: ScriptText, command: String, kind: DeleteCommand.Kind? = nil) -> DeleteCommand {
        let unknown = make(kind ?? .resource, type: nil, name: .unknown, group: nil, command: command)
        guard let parsed = ResourcePath(text) else { return unknown }
        if parsed.type == nil {
            return make(.resourceGroup, type: "Microsoft.Resources/resourceGroups", name: parsed.resourceGroupText ?? .unknown,
                        group: parsed.resourceGroup, command: command)
        }
        let type = parsed.type ?? ""
        return make(kind ?? DeleteCommand.kind(ofType: type), type: type, name: parsed.names.last ?? .unknown,
                    parents: Array(parsed.names.dropLast()), group: parsed.resourceGroup, command: command)
    }

    /// Type plus names, from a literal type (`NS/a/b`) and a name that may carry `/`; names
    /// are all unknown when their count does not fit the type.
    static func typed(_ typeSegments: [String], names: [ScriptText]) -> (String, [ScriptText]) {
        let expected = max(1, typeSegments.count - 1)
        let fitted = names.count == expected ? names : [ScriptText](repeating: .unknown, count: expected)
        return (typeSegments.joined(separator: "/"), fitted)
    }
}

/// The resource part of an id or management URL:
/// `[https://host]/subscriptions/s/resourceGroups/g/providers/NS/t/n[/t/n…][?query]`.
struct ResourcePath {
    /// nil for a resource group itself (`…/resourceGroups/g`).
    var type: String?
    var names: [ScriptText]
    var resourceGroupText: ScriptText?
    /// Never used to pick a template resource: only type and name segments decide.
    var resourceGroup: KnownString? { resourceGroupText?.known }

    init?(_ text: ScriptText) {
        var segments = Self.pathSegments(text)
        while segments.first?.value == "" { segments.removeFirst() }
        if segments.last?.value == "" { segments.removeLast() }
        var group: ScriptText?
        var groupEnd = -1
        var providers: Int?
        for (i, segment) in segments.enumerated() {
            switch segment.value?.lowercased() {
            case "resourcegroups" where i + 1 < segments.count && providers == nil:
                group = segments[i + 1]
                groupEnd = i + 2
            case "providers": providers = i
            default: break
            }
        }
        resourceGroupText = group
        guard let p = providers else {
            guard group != nil, groupEnd == segments.count else { return nil }
            type = nil
            names = []
            return
        }
        let rest = Array(segments[(p + 1)...])
        guard rest.count >= 3, rest.count % 2 == 1, let namespace = rest[0].value else { return nil }
        var types = [namespace]
        var names: [ScriptText] = []
        var k = 1
        while k + 1 < rest.count {
            guard let t = rest[k].value, !t.isEmpty else { return nil }
            types.append(t)
            names.append(rest[k + 1])
            k += 2
        }
        self.type = types.joined(separator: "/")
        self.names = names
    }

    /// Path segments without scheme, host and query.
    private static func pathSegments(_ text: ScriptText) -> [ScriptText] {
        var trimmed = ScriptText()
        for part in text.parts {
            if let part, let q = part.firstIndex(of: "?") {
                trimmed.append(String(part[..<q]))
                break
            }
            trimmed.append(part)
        }
        var segments = trimmed.textSegments(separator: "/")
        if let scheme = segments.first?.value, scheme.hasSuffix(":"), segments.count >= 3 {
            segments.removeFirst(3)
        }
        return segments
    }
}
