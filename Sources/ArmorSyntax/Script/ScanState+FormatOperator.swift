/// The two usual ways PowerShell scripts build resource ids in an assignment: the format
/// operator (`'/subscriptions/{0}/resourceGroups/{1}/providers/…/vaults/{2}' -f $sub, $rg, 'kv'`)
/// and `+` concatenation (`"/subscriptions/" + $sub + "/resourceGroups/…"`). Parts read at run
/// time stay gaps, so the known type and name segments still count.
extension ScanState {
    /// The value of `"string" + VALUE…` (strings, numbers, variables), or nil for any other
    /// form. The left operand must be a string: only then does `+` join text.
    func concatenation(_ words: ArraySlice<ScriptWord>) -> ScriptText? {
        guard words.count >= 3, words.count % 2 == 1, words.first?.isQuoted == true else { return nil }
        var result = ScriptText()
        for (offset, word) in words.enumerated() {
            if offset % 2 == 1 {
                guard !word.isQuoted, word.literal == "+" else { return nil }
            } else {
                guard word.isQuoted || Self.isValueWord(word) else { return nil }
                result.append(variables.resolve(word))
            }
        }
        return result
    }

    /// The value of `FORMAT -f ARG, ARG…`, or nil when the words are not that form.
    func formatOperator(_ words: ArraySlice<ScriptWord>) -> ScriptText? {
        guard words.count >= 3, let format = words.first, format.isQuoted || format.literal != nil else { return nil }
        let operatorWord = words[words.startIndex + 1]
        guard operatorWord.isParameter, operatorWord.literal?.lowercased() == "-f" else { return nil }
        var joined = ScriptText()
        for word in words.dropFirst(2) {
            guard !word.isParameter, !word.isSplat else { return nil }
            joined.append(variables.resolve(word))
        }
        let arguments = joined.textSegments(separator: ",")
        return Self.format(variables.resolve(format), arguments)
    }

    /// Replaces `{n}` in the known runs; `{{`/`}}` are braces; `{n:…}`/`{n,…}` read as unknown.
    static func format(_ template: ScriptText, _ arguments: [ScriptText]) -> ScriptText {
        var result = ScriptText()
        for part in template.parts {
            guard let text = part else {
                result.append(nil as String?)
                continue
            }
            let chars = Array(text)
            var i = 0
            var run = ""
            while i < chars.count {
                let c = chars[i]
                if (c == "{" || c == "}"), i + 1 < chars.count, chars[i + 1] == c {
                    run.append(c)
                    i += 2
                    continue
                }
                guard c == "{", let close = chars[i...].firstIndex(of: "}") else {
                    run.append(c)
                    i += 1
                    continue
                }
                result.append(run)
                run = ""
                let inside = String(chars[(i + 1)..<close])
                if let index = Int(inside), index >= 0, index < arguments.count {
                    result.append(arguments[index])
                } else {
                    result.append(nil as String?)
                }
                i = close + 1
            }
            result.append(run)
        }
        return result
    }
}
