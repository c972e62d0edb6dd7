import ArmorBase

/// The language of a teardown script.
public enum ScriptDialect: String, Sendable, Equatable {
    case shell
    case powerShell

    /// By extension: `.sh`/`.bash` (and `.zsh`) are shell, `.ps1`/`.psm1` PowerShell.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: ".") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "sh", "bash", "zsh": self = .shell
        case "ps1", "psm1": self = .powerShell
        default: return nil
        }
    }
}

/// A string the script fixes (a literal, or a variable assigned literal text in the same
/// script) or one it computes at run time.
public enum KnownString: Sendable, Hashable {
    case known(String)
    case unknown

    public var value: String? {
        if case .known(let s) = self { return s }
        return nil
    }
}

/// A name the script builds partly at run time (`kv-$ENV` → `kv-`, gap): the known runs in
/// order, a gap (nil) where any text may stand. Matching ignores case, as Azure names do.
public struct NamePattern: Sendable, Hashable {
    public var parts: [String?]

    public init(parts: [String?]) { self.parts = parts }

    /// Whether `name` can be what the script computes.
    public func matches(_ name: String) -> Bool {
        let text = Array(name.lowercased())
        var position = 0
        var floating = false
        for (i, part) in parts.enumerated() {
            guard let part else {
                floating = true
                continue
            }
            let run = Array(part.lowercased())
            let isLast = i == parts.count - 1
            if !floating {
                guard text.count - position >= run.count, Array(text[position..<position + run.count]) == run else { return false }
                position += run.count
            } else if isLast {
                guard text.count - position >= run.count, Array(text[(text.count - run.count)...]) == run else { return false }
                position = text.count
            } else {
                guard let found = Self.find(run, in: text, from: position) else { return false }
                position = found + run.count
            }
            floating = false
        }
        return floating || position == text.count
    }

    private static func find(_ run: [Character], in text: [Character], from start: Int) -> Int? {
        guard !run.isEmpty else { return start }
        var i = start
        while i + run.count <= text.count {
            if Array(text[i..<i + run.count]) == run { return i }
            i += 1
        }
        return nil
    }
}

/// One command of a teardown script that deletes something.
public struct DeleteCommand: Sendable, Equatable {
    /// What the command deletes, as far as the command itself says.
    public enum Kind: String, Sendable, Equatable {
        case connection, account, project, keyVault, keyVaultPurge, privateEndpoint, resourceGroup
        /// Any other resource type, or a generic delete whose type is not known.
        case resource
    }

    public var kind: Kind
    /// Full ARM type (`Microsoft.CognitiveServices/accounts/connections`) when the command
    /// fixes it; nil for a generic delete of an unknown target.
    public var resourceType: String?
    /// The resource's own name (the last segment).
    public var name: KnownString
    /// Names of the parents, outermost first: `[account]` for an account connection or a
    /// project, `[account, project]` for a project connection.
    public var parentNames: [KnownString]
    /// `-g` / `-ResourceGroupName` / the id's group; nil when the command does not say.
    public var resourceGroup: KnownString?
    /// The command as recognised (`az keyvault delete`, `Remove-AzResource`), for messages.
    public var command: String
    /// From the command's first word to its last (continuation lines included).
    public var span: Span
    /// 1-based line where the command starts.
    public var line: Int
    /// The known runs of a name read partly at run time (nil when fully known or fully unknown),
    /// for the own name and for each parent.
    public var namePattern: NamePattern?
    public var parentPatterns: [NamePattern?] = []
    /// True when some argument could not be read (a splat, a pipeline input, an unquoted
    /// unknown that may expand to several words): the target may not be what it seems.
    public var hasOpaqueArguments: Bool

    public init(kind: Kind, resourceType: String?, name: KnownString, parentNames: [KnownString] = [],
                resourceGroup: KnownString? = nil, command: String, span: Span, line: Int,
                hasOpaqueArguments: Bool = false) {
        self.kind = kind
        self.resourceType = resourceType
        self.name = name
        self.parentNames = parentNames
        self.resourceGroup = resourceGroup
        self.command = command
        self.span = span
        self.line = line
        self.hasOpaqueArguments = hasOpaqueArguments
    }

    /// The owning Foundry account: the first parent of a connection or project, or the name of
    /// an account. nil for other kinds.
    public var accountName: KnownString? {
        switch kind {
        case .account: name
        case .connection, .project: parentNames.first
        default: resourceType?.lowercased().hasPrefix("microsoft.cognitiveservices/accounts/") == true
            ? parentNames.first : nil
        }
    }

    /// The kind a resource type implies.
    static func kind(ofType type: String) -> Kind {
        switch type.lowercased() {
        case "microsoft.cognitiveservices/accounts": .account
        case "microsoft.cognitiveservices/accounts/projects": .project
        case "microsoft.cognitiveservices/accounts/connections",
             "microsoft.cognitiveservices/accounts/projects/connections",
             "microsoft.machinelearningservices/workspaces/connections": .connection
        case "microsoft.keyvault/vaults": .keyVault
        case "microsoft.network/privateendpoints": .privateEndpoint
        case "microsoft.resources/resourcegroups": .resourceGroup
        default: .resource
        }
    }
}

/// `# armor-disable-next-line <rule> [<rule>…]` in a script. Rule ids stay strings here; the
/// suppression layer validates them (an unknown id is a diagnostic there).
public struct ScriptDirective: Sendable, Equatable {
    /// 1-based line of the comment; it applies to `line + 1`.
    public var line: Int
    public var rules: [String]
    public var span: Span

    public init(line: Int, rules: [String], span: Span) {
        self.line = line
        self.rules = rules
        self.span = span
    }
}

/// What the scanner found in one script.
public struct TeardownScript: Sendable, Equatable {
    public var dialect: ScriptDialect
    public var commands: [DeleteCommand]
    public var directives: [ScriptDirective]
}
