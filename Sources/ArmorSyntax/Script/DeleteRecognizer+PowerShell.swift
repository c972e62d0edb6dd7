/// Azure PowerShell cmdlets that delete. Parameter names ignore case and may be abbreviated
/// to any unique prefix, as PowerShell allows.
extension DeleteRecognizer {
    private struct Cmdlet {
        /// Canonical parameter → aliases (all lowercased).
        var parameters: [String: [String]]
        var switches: Set<String>
        /// Parameters bound by position, in order.
        var positional: [String]
    }

    private static let cmdlets: [String: Cmdlet] = [
        "remove-azcognitiveservicesaccount": Cmdlet(
            parameters: ["resourcegroupname": [], "name": [], "location": []],
            switches: ["force", "inremovedstate", "whatif", "confirm", "asjob"], positional: ["resourcegroupname", "name"]),
        "remove-azkeyvault": Cmdlet(
            parameters: ["vaultname": ["name"], "resourcegroupname": [], "location": [], "inputobject": [], "resourceid": []],
            switches: ["force", "inremovedstate", "whatif", "confirm", "asjob", "passthru"],
            positional: ["vaultname", "resourcegroupname"]),
        "remove-azresourcegroup": Cmdlet(
            parameters: ["name": ["resourcegroupname"], "id": ["resourcegroupid", "resourceid"]],
            switches: ["force", "asjob", "whatif", "confirm"], positional: ["name"]),
        "remove-azprivateendpoint": Cmdlet(
            parameters: ["name": ["resourcename"], "resourcegroupname": []],
            switches: ["force", "asjob", "whatif", "confirm", "passthru"], positional: []),
        "remove-azresource": Cmdlet(
            parameters: ["resourceid": ["id"], "resourcename": ["name"], "resourcetype": [], "resourcegroupname": [],
                         "extensionresourcename": [], "extensionresourcetype": [], "apiversion": [], "odataquery": []],
            switches: ["force", "asjob", "whatif", "confirm", "pre", "tenantlevel"], positional: []),
        "invoke-azrestmethod": Cmdlet(
            parameters: ["method": [], "path": [], "uri": [], "payload": [], "resourcegroupname": [],
                         "resourceprovidername": [], "resourcetype": [], "name": [], "apiversion": [], "subscriptionid": []],
            switches: ["asjob", "waitforcompletion"], positional: []),
    ]

    mutating func powerShell(_ head: String) -> [DeleteCommand] {
        guard let cmdlet = Self.cmdlets[head] else { return [] }
        let (bound, switches) = bind(cmdlet)
        let command = words.first?.text.value ?? head
        let name = bound["name"] ?? .unknown
        let group = bound["resourcegroupname"]?.known
        switch head {
        case "remove-azcognitiveservicesaccount":
            // Purging an account that is already deleted deletes nothing live.
            guard !switches.contains("inremovedstate") else { return [] }
            return [make(.account, type: "Microsoft.CognitiveServices/accounts", name: name, group: group, command: command)]
        case "remove-azkeyvault":
            if let id = bound["resourceid"] { return [fromId(id, command: command, kind: .keyVault)] }
            let kind: DeleteCommand.Kind = switches.contains("inremovedstate") ? .keyVaultPurge : .keyVault
            return [make(kind, type: "Microsoft.KeyVault/vaults", name: bound["vaultname"] ?? .unknown,
                         group: group, command: command)]
        case "remove-azresourcegroup":
            if let id = bound["id"] { return [fromId(id, command: command, kind: .resourceGroup)] }
            return [make(.resourceGroup, type: "Microsoft.Resources/resourceGroups", name: name, group: name.known, command: command)]
        case "remove-azprivateendpoint":
            return [make(.privateEndpoint, type: "Microsoft.Network/privateEndpoints", name: name, group: group, command: command)]
        case "remove-azresource":
            return [removeResource(bound, group: group, command: command)]
        default:
            guard bound["method"]?.value?.lowercased() == "delete" else { return [] }
            return [fromId(bound["path"] ?? bound["uri"] ?? .unknown, command: command)]
        }
    }

    private func removeResource(_ bound: [String: ScriptText], group: KnownString?, command: String) -> DeleteCommand {
        if let id = bound["resourceid"] { return fromId(id, command: command) }
        guard let written = bound["resourcetype"]?.value, ResourceTypeText.isFull(written) else {
            return make(.resource, type: nil, name: bound["resourcename"] ?? .unknown, group: group, command: command)
        }
        let names = bound["resourcename"].map { $0.textSegments(separator: "/") } ?? [.unknown]
        let (type, fitted) = Self.typed(written.split(separator: "/").map(String.init), names: names)
        return make(DeleteCommand.kind(ofType: type), type: type, name: fitted.last ?? .unknown,
                    parents: Array(fitted.dropLast()), group: group, command: command)
    }

    /// Binds named, attached (`-Name:x`) and positional arguments. Splats, unknown positional
    /// words and pipeline input make the command opaque.
    private mutating func bind(_ cmdlet: Cmdlet) -> ([String: ScriptText], Set<String>) {
        var bound: [String: ScriptText] = [:]
        var switches: Set<String> = []
        var positional: [ResolvedWord] = []
        var i = 1
        while i < words.count {
            let word = words[i]
            if word.mayExpand { opaque = true }
            guard word.isParameter, let written = word.text.value?.dropFirst().lowercased() else {
                positional.append(word)
                i += 1
                continue
            }
            let parameter = Self.match(written, in: cmdlet)
            let takesValue = word.hasAttachedValue
                || (parameter.map { !cmdlet.switches.contains($0) } ?? true) && i + 1 < words.count && !words[i + 1].isParameter
            if let parameter, cmdlet.switches.contains(parameter) { switches.insert(parameter) }
            if takesValue, i + 1 < words.count {
                if let parameter, !cmdlet.switches.contains(parameter) { bound[parameter] = words[i + 1].text }
                i += 2
            } else {
                i += 1
            }
        }
        for name in cmdlet.positional where bound[name] == nil {
            guard !positional.isEmpty else { break }
            bound[name] = positional.removeFirst().text
        }
        if !positional.isEmpty { opaque = true }
        return (bound, switches)
    }

    /// Exact name or alias first, else a unique prefix of the names and aliases.
    private static func match(_ written: String, in cmdlet: Cmdlet) -> String? {
        var candidates: Set<String> = []
        for (name, aliases) in cmdlet.parameters {
            if name == written || aliases.contains(written) { return name }
            if name.hasPrefix(written) || aliases.contains(where: { $0.hasPrefix(written) }) { candidates.insert(name) }
        }
        for name in cmdlet.switches {
            if name == written { return name }
            if name.hasPrefix(written) { candidates.insert(name) }
        }
        return candidates.count == 1 ? candidates.first : nil
    }
}

enum ResourceTypeText {
    /// `Namespace.Provider/type[/child…]`.
    static func isFull(_ s: String) -> Bool {
        let parts = s.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts[0].contains(".") && parts.allSatisfy { !$0.isEmpty }
    }
}
