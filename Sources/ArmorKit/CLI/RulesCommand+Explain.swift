import ArmorBase

/// `armor explain CODE`: every code armor emits has an answer. A rule id prints the rule's page
/// without the examples' `expect:` markers (they are for the tests); a code of the `SyntaxCode`
/// registry prints its explanation; a `BCPnnn` code links to the Bicep documentation.
extension RulesCommand {
    static func explain(_ words: [String]) -> CommandResult {
        let name: String
        switch explainSpec.parse(words, exactlyOne: "'armor explain' takes one code: a rule id (see 'armor rules'), a syntax code or BCPnnn") {
        case .answer(let result): return result
        case .arguments(_, let positional): name = positional
        }
        guard let text = explanation(of: name) else {
            let hint = Suggestion.hint(for: name, in: explainableCodes)
            return explainSpec.usageError("unknown code '\(name)'\(hint) (run 'armor rules' for the rules)")
        }
        return CommandResult(stdout: text.hasSuffix("\n") ? text : text + "\n")
    }

    /// What `armor explain` prints for `code`, or nil when armor never reports it.
    static func explanation(of code: String) -> String? {
        let lower = ASCIICase.folded(code)
        if let id = RuleID(bicepLinterID: lower) {
            return "'\(lower)' is the Bicep linter's name for armor's rule '\(id.rawValue)': armor honours it in\n"
                + "#disable-next-line, #disable-diagnostics and armor.json.\n\n" + withoutTestMarkers(RulePages.page(for: id))
        }
        if let id = RuleID(id: lower) { return withoutTestMarkers(RulePages.page(for: id)) }
        if let syntax = SyntaxCode.allCases.first(where: { ASCIICase.equal($0.rawValue, code) }) {
            var text = "\(syntax.rawValue): \(syntax.explanation)\n"
            if let link = bicepLink(syntax.rawValue) { text += "\nSee \(link)\n" }
            return text
        }
        if let link = bicepLink(code) {
            return "\(code.uppercased()): a Bicep compiler diagnostic armor does not report itself (Bicep pragmas may name it).\n\nSee \(link)\n"
        }
        return nil
    }

    /// Rule ids, Bicep linter ids armor honours, and the registry's codes: the "did you mean" list.
    static var explainableCodes: [String] {
        RuleID.allCases.map(\.rawValue) + RuleID.bicepLinterIDs.map(\.bicep) + SyntaxCode.allCases.map(\.rawValue)
    }

    /// `https://learn.microsoft.com/…/diagnostics/bcp035` for `BCP035`; nil for another code.
    static func bicepLink(_ code: String) -> String? {
        let bytes = Array(code.utf8)
        guard bytes.count == 6, ASCIICase.hasPrefix(code, "bcp"),
              bytes.dropFirst(3).allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        return "https://learn.microsoft.com/azure/azure-resource-manager/bicep/diagnostics/\(ASCIICase.folded(code))"
    }

    /// The page with each example's trailing `// expect: <id>` or `# expect: <id>` removed, so
    /// that the examples read (and copy) as plain templates.
    static func withoutTestMarkers(_ page: String) -> String {
        var lines: [Substring] = []
        for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
            var kept = line
            for marker in [" // expect:", " # expect:"] {
                if let range = kept.firstRange(of: marker) { kept = kept[..<range.lowerBound] }
            }
            while kept.last == " " { kept = kept.dropLast() }
            lines.append(kept)
        }
        return lines.joined(separator: "\n")
    }
}
