/// `az … delete` commands.
extension DeleteRecognizer {
    private struct AzDelete {
        var path: [String]
        var kind: DeleteCommand.Kind
        var type: String
        /// Options naming the resource, the first present wins.
        var nameOptions: [String]
        /// Options naming the parents, outermost first.
        var parentOptions: [String] = []
    }

    private static let cognitive = "Microsoft.CognitiveServices/accounts"

    private static let table: [AzDelete] = [
        AzDelete(path: ["cognitiveservices", "account", "delete"], kind: .account, type: cognitive,
                 nameOptions: ["--name"]),
        AzDelete(path: ["cognitiveservices", "account", "connection", "delete"], kind: .connection,
                 type: cognitive + "/connections", nameOptions: ["--connection-name"], parentOptions: ["--name"]),
        AzDelete(path: ["cognitiveservices", "account", "project", "delete"], kind: .project,
                 type: cognitive + "/projects", nameOptions: ["--project-name"], parentOptions: ["--name"]),
        AzDelete(path: ["cognitiveservices", "account", "project", "connection", "delete"], kind: .connection,
                 type: cognitive + "/projects/connections", nameOptions: ["--connection-name"],
                 parentOptions: ["--name", "--project-name"]),
        AzDelete(path: ["cognitiveservices", "account", "deployment", "delete"], kind: .resource,
                 type: cognitive + "/deployments", nameOptions: ["--deployment-name"], parentOptions: ["--name"]),
        AzDelete(path: ["keyvault", "delete"], kind: .keyVault, type: "Microsoft.KeyVault/vaults", nameOptions: ["--name"]),
        AzDelete(path: ["keyvault", "purge"], kind: .keyVaultPurge, type: "Microsoft.KeyVault/vaults", nameOptions: ["--name"]),
        AzDelete(path: ["network", "private-endpoint", "delete"], kind: .privateEndpoint,
                 type: "Microsoft.Network/privateEndpoints", nameOptions: ["--name"]),
        AzDelete(path: ["network", "vnet", "delete"], kind: .resource, type: "Microsoft.Network/virtualNetworks",
                 nameOptions: ["--name"]),
        AzDelete(path: ["network", "vnet", "subnet", "delete"], kind: .resource,
                 type: "Microsoft.Network/virtualNetworks/subnets", nameOptions: ["--name"], parentOptions: ["--vnet-name"]),
        AzDelete(path: ["group", "delete"], kind: .resourceGroup, type: "Microsoft.Resources/resourceGroups",
                 nameOptions: ["--name", "--resource-group"]),
        AzDelete(path: ["ml", "connection", "delete"], kind: .connection,
                 type: "Microsoft.MachineLearningServices/workspaces/connections", nameOptions: ["--name"],
                 parentOptions: ["--workspace-name"]),
        AzDelete(path: ["ml", "workspace", "delete"], kind: .resource,
                 type: "Microsoft.MachineLearningServices/workspaces", nameOptions: ["--name"]),
        AzDelete(path: ["storage", "account", "delete"], kind: .resource, type: "Microsoft.Storage/storageAccounts",
                 nameOptions: ["--name"]),
        AzDelete(path: ["search", "service", "delete"], kind: .resource, type: "Microsoft.Search/searchServices",
                 nameOptions: ["--name"]),
        AzDelete(path: ["identity", "delete"], kind: .resource,
                 type: "Microsoft.ManagedIdentity/userAssignedIdentities", nameOptions: ["--name"]),
    ]

    private static let aliases: [String: String] = [
        "-n": "--name", "-g": "--resource-group", "-m": "--method", "-u": "--url", "--uri": "--url",
        "-y": "--yes", "-w": "--workspace-name",
    ]

    mutating func azureCLI() -> [DeleteCommand] {
        var path: [String] = []
        var i = 1
        while i < words.count, let t = words[i].text.value, !t.hasPrefix("-") {
            path.append(t.lowercased())
            i += 1
        }
        let options = azOptions(from: i)
        let command = "az " + path.joined(separator: " ")
        if path == ["rest"] {
            guard options["--method"]?.first?.value?.lowercased() == "delete" else { return [] }
            return [fromId(options["--url"]?.first ?? .unknown, command: command)]
        }
        if path == ["resource", "delete"] { return resourceDelete(options, command: command) }
        guard let spec = Self.table.first(where: { $0.path == path }) else { return [] }
        if let ids = options["--ids"], !ids.isEmpty {
            return ids.map { fromId($0, command: command, kind: spec.kind) }
        }
        let name = spec.nameOptions.lazy.compactMap { options[$0]?.first }.first ?? .unknown
        let parents = spec.parentOptions.map { options[$0]?.first ?? .unknown }
        let group = spec.kind == .resourceGroup ? name.known : options["--resource-group"]?.first?.known
        return [make(spec.kind, type: spec.type, name: name, parents: parents, group: group, command: command)]
    }

    /// `--option value…` (every value word up to the next option), `--option=value`, short
    /// aliases. An option name that is not literal makes the command opaque.
    private mutating func azOptions(from start: Int) -> [String: [ScriptText]] {
        var options: [String: [ScriptText]] = [:]
        var current: String?
        for word in words[min(start, words.count)...] {
            let prefix = word.text.knownPrefix
            guard prefix.hasPrefix("-"), prefix.count > 1, !prefix.dropFirst().allSatisfy(\.isNumber) else {
                // An unquoted unknown past an option's first value may be more options.
                let isFirstValue = current.map { options[$0]?.isEmpty ?? true } ?? false
                if word.text.value == nil, word.mayExpand || current == nil, !isFirstValue { opaque = true }
                if let current { options[current, default: []].append(word.text) }
                continue
            }
            var name = prefix
            var attached: ScriptText?
            if prefix.hasPrefix("--"), let eq = prefix.firstIndex(of: "=") {
                name = String(prefix[..<eq])
                var rest = ScriptText(String(prefix[prefix.index(after: eq)...]))
                for part in word.text.parts.dropFirst() { rest.append(part) }
                attached = rest
            } else if word.text.value == nil {
                opaque = true
                current = nil
                continue
            }
            let canonical = Self.aliases[name] ?? name
            options[canonical] = options[canonical] ?? []
            if let attached { options[canonical, default: []].append(attached) }
            current = canonical
        }
        return options
    }

    /// `az resource delete --ids …` or `--name/--resource-type/--namespace/--parent`.
    private func resourceDelete(_ options: [String: [ScriptText]], command: String) -> [DeleteCommand] {
        if let ids = options["--ids"], !ids.isEmpty { return ids.map { fromId($0, command: command) } }
        let group = options["--resource-group"]?.first?.known
        let name = options["--name"]?.first ?? .unknown
        guard let written = options["--resource-type"]?.first?.value, !written.isEmpty else {
            return [make(.resource, type: nil, name: name, group: group, command: command)]
        }
        var typeSegments = written.split(separator: "/").map(String.init)
        if typeSegments.count == 1 {
            guard let namespace = options["--namespace"]?.first?.value else {
                return [make(.resource, type: nil, name: name, group: group, command: command)]
            }
            typeSegments.insert(namespace, at: 0)
        }
        var names: [ScriptText] = []
        if let parent = options["--parent"]?.first {
            let parts = parent.textSegments(separator: "/")
            guard parts.count % 2 == 0, stride(from: 0, to: parts.count, by: 2).allSatisfy({ parts[$0].value != nil }) else {
                return [make(.resource, type: nil, name: name, group: group, command: command)]
            }
            var k = 0
            var parentTypes: [String] = []
            while k + 1 < parts.count {
                parentTypes.append(parts[k].value ?? "")
                names.append(parts[k + 1])
                k += 2
            }
            typeSegments.insert(contentsOf: parentTypes, at: 1)
        }
        names += name.textSegments(separator: "/")
        let (type, fitted) = Self.typed(typeSegments, names: names)
        return [make(DeleteCommand.kind(ofType: type), type: type, name: fitted.last ?? .unknown,
                     parents: Array(fitted.dropLast()), group: group, command: command)]
    }
}
