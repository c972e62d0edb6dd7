import ArmorBase

/// What a shell command substitution prints, when the scanner can name it: the id of a resource
/// that `az … show … --query id` looks up (`KV_ID=$(az keyvault show -n kv-app --query id -o tsv)`),
/// a usual way to feed `az resource delete --ids`. The subscription (and any unnamed group) stay
/// gaps; the type and names come from the same table as the delete commands.
extension ScanState {
    func commandOutput(_ span: Span) -> ScriptText? {
        let start = Int(span.start), end = min(Int(span.end), bytes.count)
        guard start < end else { return nil }
        var lexer = ScriptLexer(bytes: Array(bytes[start..<end]), start: 0)
        lexer.lexShell()
        var words: [ResolvedWord] = []
        for token in lexer.tokens {
            guard case .word(let word) = token else { break }
            words.append(ResolvedWord(text: variables.resolve(word, splitsUnquoted: true), mayExpand: false))
        }
        guard words.first?.text.value == "az", Self.queriesId(words),
              let show = words.firstIndex(where: { $0.text.value == "show" }) else { return nil }
        var asDelete = words
        asDelete[show].text = ScriptText("delete")
        var recognizer = DeleteRecognizer(words: asDelete, span: span, line: 0, piped: false)
        guard let found = recognizer.recognize().first, !found.hasOpaqueArguments,
              let type = found.resourceType else { return nil }
        return Self.resourceId(type: type, found)
    }

    /// `--query id` (or `--query=id`): the command prints the id and nothing else.
    private static func queriesId(_ words: [ResolvedWord]) -> Bool {
        for (i, word) in words.enumerated() {
            guard let text = word.text.value?.lowercased() else { continue }
            if text == "--query=id" { return true }
            if text == "--query", i + 1 < words.count, words[i + 1].text.value?.lowercased() == "id" { return true }
        }
        return false
    }

    static func resourceId(type: String, _ command: DeleteCommand) -> ScriptText {
        func text(_ known: KnownString, _ pattern: NamePattern?) -> ScriptText {
            if let value = known.value { return ScriptText(value) }
            var result = ScriptText()
            for part in pattern?.parts ?? [nil] { result.append(part) }
            return result
        }
        var id = ScriptText("/subscriptions/")
        id.append(nil as String?)
        id.append("/resourceGroups/")
        if command.kind == .resourceGroup {
            id.append(text(command.name, command.namePattern))
            return id
        }
        id.append(command.resourceGroup.map { text($0, nil) } ?? .unknown)
        let segments = type.split(separator: "/").map(String.init)
        id.append("/providers/" + (segments.first ?? ""))
        let names = zip(command.parentNames, command.parentPatterns).map { text($0, $1) } + [text(command.name, command.namePattern)]
        for (segment, name) in zip(segments.dropFirst(), names) {
            id.append("/" + segment + "/")
            id.append(name)
        }
        return id
    }
}
