import ArmorBase

/// PowerShell lookups that name what a script deletes: `Get-AzKeyVault … | Remove-AzKeyVault`,
/// a variable holding the looked-up resource (`$kv = Get-AzKeyVault …`; then `$kv | Remove-…`,
/// `-InputObject $kv`, `-ResourceId $kv.ResourceId`). The remove cmdlet is read with the lookup's
/// arguments, as if they were written on it.
extension ScanState {
    static let lookupCmdlets: [String: String] = [
        "get-azresource": "remove-azresource",
        "get-azkeyvault": "remove-azkeyvault",
        "get-azcognitiveservicesaccount": "remove-azcognitiveservicesaccount",
        "get-azprivateendpoint": "remove-azprivateendpoint",
        "get-azresourcegroup": "remove-azresourcegroup",
    ]

    /// The words to recognise, or nil when `lookup` is not a lookup feeding `remove` (another
    /// cmdlet, a filter in between, or a remove that names its own target).
    static func pipedLookup(_ lookup: [ResolvedWord], into remove: [ResolvedWord]) -> [ResolvedWord]? {
        guard let get = lookup.first?.text.value?.lowercased(), let head = remove.first?.text.value?.lowercased(),
              lookupCmdlets[get] == head else { return nil }
        // Only switches on the remove (`-Force`, `-Confirm:$false`): a target there wins.
        var i = 1
        while i < remove.count {
            guard remove[i].isParameter else { return nil }
            i += remove[i].hasAttachedValue ? 2 : 1
        }
        return [remove[0]] + lookup.dropFirst() + remove.dropFirst()
    }

    /// `Get-Az… ARGS` after `=`: the lookup's words, resolved now (later changes to its
    /// variables do not reach the object already fetched).
    func lookup(_ words: ArraySlice<ScriptWord>) -> [ResolvedWord]? {
        guard let head = words.first?.literal?.lowercased(), Self.lookupCmdlets[head] != nil else { return nil }
        return words.map {
            ResolvedWord(text: variables.resolve($0), isParameter: $0.isParameter, hasAttachedValue: $0.hasAttachedValue,
                         mayExpand: $0.isSplat)
        }
    }

    /// A command that is only `$kv` feeds the pipe with the resource it holds.
    func heldLookup(_ words: ArraySlice<ScriptWord>) -> [ResolvedWord]? {
        guard dialect == .powerShell, words.count == 1, let word = words.first, word.pieces.count == 1,
              case .variable(let name)? = word.pieces.first else { return nil }
        return lookups[name]
    }

    /// `Remove-AzKeyVault -InputObject $kv -Force`: the held lookup, as if piped.
    func inputObject(_ resolved: [ResolvedWord], _ words: ArraySlice<ScriptWord>) -> [ResolvedWord]? {
        guard dialect == .powerShell, resolved.count == words.count else { return nil }
        for (i, word) in words.enumerated() where i + 1 < words.count {
            guard word.isParameter, let written = word.literal?.lowercased(), written.count > 2,
                  "-inputobject".hasPrefix(written), let held = heldLookup(words[(words.startIndex + i + 1)...].prefix(1))
            else { continue }
            var rest = resolved
            rest.removeSubrange(i...(i + 1))
            return Self.pipedLookup(held, into: rest)
        }
        return nil
    }

    /// `$(…)` output and `$kv.ResourceId` / `$kv.Id` of a held lookup.
    func expand(_ piece: ScriptPiece) -> ScriptText? {
        switch piece {
        case .substitution(let span): return commandOutput(span)
        case .member(let name, let member):
            guard ["resourceid", "id"].contains(member.lowercased()), let held = lookups[name],
                  let head = held.first?.text.value?.lowercased(), let remove = Self.lookupCmdlets[head] else { return nil }
            var words = held
            words[0].text = ScriptText(remove)
            var recognizer = DeleteRecognizer(words: words, span: Span(0, 0), line: 0, piped: false)
            guard let found = recognizer.recognize().first, !found.hasOpaqueArguments,
                  found.name.value != nil || found.namePattern != nil, let type = found.resourceType else { return nil }
            return Self.resourceId(type: type, found)
        default: return nil
        }
    }
}
