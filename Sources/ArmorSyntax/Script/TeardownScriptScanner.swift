import ArmorBase

/// Finds the delete commands of a teardown script (rules.md `reverse-order-deletion`): reads
/// the script as bytes, splits it into commands, follows variables assigned literal values in
/// the same script, and recognises `az …` and `Remove-Az…` deletes. Any bytes give a result;
/// nothing here can fail.
public enum TeardownScriptScanner {
    public static func scan(_ source: SourceFile, dialect: ScriptDialect) -> TeardownScript {
        scan(bytes: source.bytes, contentStart: source.contentStart, lines: source.lines, dialect: dialect)
    }

    public static func scan(bytes: [UInt8], dialect: ScriptDialect) -> TeardownScript {
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        return scan(bytes: bytes, contentStart: bom ? 3 : 0, lines: LineTable(bytes: bytes), dialect: dialect)
    }

    static func scan(bytes: [UInt8], contentStart: Int, lines: LineTable, dialect: ScriptDialect) -> TeardownScript {
        var lexer = ScriptLexer(bytes: bytes, start: contentStart)
        switch dialect {
        case .shell: lexer.lexShell()
        case .powerShell: lexer.lexPowerShell()
        }
        var state = ScanState(dialect: dialect, bytes: bytes, lines: lines)
        var commands: [ScanState.Step] = []
        var current: [ScriptWord] = []
        for token in lexer.tokens {
            switch token {
            case .word(let word):
                current.append(word)
            case .separator(let separator, _):
                commands.append(ScanState.Step(words: current, separator: separator))
                current = []
            }
        }
        commands.append(ScanState.Step(words: current, separator: nil))
        state.run(commands[...])
        let directives = lexer.directives.map {
            ScriptDirective(line: lines.lineIndex(of: $0.span.start) + 1, rules: $0.rules, span: $0.span)
        }
        return TeardownScript(dialect: dialect, commands: state.found, directives: directives)
    }
}

/// Walks the commands in order, keeping variables and block depth.
struct ScanState {
    let dialect: ScriptDialect
    let bytes: [UInt8]
    let lines: LineTable
    var variables = ScriptVariables()
    var depth = 0
    /// The command being read gets its input from a pipe (`Get-AzResource | Remove-AzResource`).
    var piped = false
    /// The words of the command before the current one, for a pipe's input.
    var previous: [ResolvedWord] = []
    /// PowerShell variables holding a looked-up resource (`$kv = Get-AzKeyVault …`): the lookup.
    var lookups: [String: [ResolvedWord]] = [:]
    var found: [DeleteCommand] = []

    init(dialect: ScriptDialect, bytes: [UInt8], lines: LineTable) {
        self.dialect = dialect
        self.bytes = bytes
        self.lines = lines
    }

    mutating func separator(_ separator: ScriptSeparator) {
        switch separator {
        case .openBlock: depth += 1
        case .closeBlock: depth = max(0, depth - 1)
        default: break
        }
        piped = separator == .pipe
    }

    mutating func command(_ words: [ScriptWord]) {
        let input = piped ? previous : []
        previous = []
        guard !words.isEmpty else { return }
        if dialect == .shell { for word in words { variables.assignDefaults(word, depth: depth) } }
        let rest: ArraySlice<ScriptWord>?
        switch dialect {
        case .shell: rest = shellCommand(words[...])
        case .powerShell: rest = powerShellCommand(words[...])
        }
        guard let rest, let first = rest.first, let last = rest.last else { return }
        let span = Span(start: first.span.start, end: last.span.end)
        let line = lines.lineIndex(of: span.start) + 1
        let resolved = rest.map {
            ResolvedWord(text: variables.resolve($0, splitsUnquoted: dialect == .shell, expand: expand),
                         isParameter: $0.isParameter,
                         hasAttachedValue: $0.hasAttachedValue,
                         mayExpand: dialect == .shell ? !$0.isQuoted && $0.pieces.contains { !Self.isText($0) } : $0.isSplat)
        }
        previous = heldLookup(rest) ?? resolved
        if let fed = Self.pipedLookup(input, into: resolved) ?? inputObject(resolved, rest) {
            // A lookup that may return several resources (no name) leaves the pipe opaque.
            var recognizer = DeleteRecognizer(words: fed, span: span, line: line, piped: false)
            let named = recognizer.recognize()
            if !named.isEmpty && named.allSatisfy({ $0.name.value != nil || $0.namePattern != nil }) {
                found += named
                return
            }
        }
        var recognizer = DeleteRecognizer(words: resolved, span: span, line: line, piped: piped)
        found += recognizer.recognize()
    }

    static func isText(_ piece: ScriptPiece) -> Bool {
        if case .text = piece { return true }
        return false
    }

    static let shellOpeners: Set<String> = ["if", "while", "until", "case", "select", "{"]
    private static let shellClosers: Set<String> = ["fi", "done", "esac", "}"]
    static let shellNoise: Set<String> = ["then", "do", "else", "elif", "!", "time"]
    private static let shellWrappers: Set<String> = ["sudo", "command", "exec", "nohup", "env", "time"]

    /// Handles keywords, assignments and builtins that change variables; returns the words of
    /// a command to recognise, or nil.
    private mutating func shellCommand(_ input: ArraySlice<ScriptWord>) -> ArraySlice<ScriptWord>? {
        var words = input
        while let first = words.first, !first.isQuoted, let keyword = first.literal {
            if Self.shellOpeners.contains(keyword) { depth += 1 }
            else if Self.shellClosers.contains(keyword) { depth = max(0, depth - 1) }
            else if keyword == "for" {
                depth += 1
                if words.count > 1, let name = words[words.startIndex + 1].literal { variables.forget(name) }
                return nil
            } else if !Self.shellNoise.contains(keyword) { break }
            words = words.dropFirst()
        }
        guard let first = words.first else { return nil }
        if words.allSatisfy({ $0.assignment != nil }) {
            for word in words { assign(word) }
            return nil
        }
        switch first.literal {
        case "export", "local", "readonly", "declare", "typeset":
            for word in words.dropFirst() { assign(word) }
            return nil
        case "read", "unset":
            for word in words.dropFirst() { if let name = word.literal, !name.hasPrefix("-") { variables.forget(name) } }
            return nil
        case "source", ".", "eval":
            variables.forgetAll()
            return nil
        default:
            break
        }
        // `NAME=x cmd`: the assignment is the command's environment only; `sudo -E az …`.
        var afterWrapper = false
        while let w = words.first {
            let literal = w.isQuoted ? nil : w.literal
            if w.assignment != nil || literal.map(Self.shellWrappers.contains) == true {
                afterWrapper = afterWrapper || w.assignment == nil
            } else if !(afterWrapper && literal?.hasPrefix("-") == true) {
                break
            }
            words = words.dropFirst()
        }
        return words.isEmpty ? nil : words
    }

    private mutating func assign(_ word: ScriptWord) {
        guard let name = word.assignment else { return }
        variables.assign(name, variables.resolve(word, expand: expand), depth: depth)
    }

    private static let powerShellKeywords: Set<String> = [
        "if", "elseif", "else", "while", "for", "foreach", "switch", "try", "catch", "finally", "do", "until",
        "function", "filter", "param", "trap", "begin", "process", "end", "return", "throw", "exit", "break", "continue",
    ]

    private mutating func powerShellCommand(_ words: ArraySlice<ScriptWord>) -> ArraySlice<ScriptWord>? {
        guard let first = words.first else { return nil }
        if let keyword = first.literal?.lowercased(), !first.isQuoted, Self.powerShellKeywords.contains(keyword) {
            if keyword == "foreach", words.count > 1 { forgetForeachVariable(words[words.startIndex + 1].span) }
            if keyword == "param", words.count > 1 { powerShellParameters(words[words.startIndex + 1].span) }
            return nil
        }
        if first.literal == ".", !first.isQuoted {
            variables.forgetAll()
            lookups = [:]
            return nil
        }
        if let equals = words.firstIndex(where: { $0.literal == "=" && !$0.isQuoted && $0.pieces.count == 1 }) {
            powerShellAssignment(words, equals: equals)
            return nil
        }
        return words
    }

    /// `$x = 'v'`, `[string]$x = "v-$y"`; any other form (`+=`, an expression, a command's
    /// output) makes the variable unknown.
    private mutating func powerShellAssignment(_ words: ArraySlice<ScriptWord>, equals: Int) {
        let target = words[words.startIndex..<equals].first { word in
            if case .variable = word.pieces.first, word.pieces.count == 1 { return true }
            return false
        }
        guard let target, case .variable(let name) = target.pieces.first else { return }
        let lhs = words[words.startIndex..<equals]
        let lhsSimple = lhs.allSatisfy { $0 == target || $0.pieces == [.opaque] }
        let simple = lhsSimple && equals + 2 == words.endIndex
        // After `=`, a bare word is a command whose output is assigned; strings, numbers and
        // variables are values.
        lookups[name] = lhsSimple ? lookup(words[(equals + 1)...]) : nil
        if simple, let valueWord = words.last, valueWord.isQuoted || Self.isValueWord(valueWord) {
            variables.assign(name, variables.resolve(valueWord), depth: depth)
        } else if lhsSimple, let computed = formatOperator(words[(equals + 1)...]) ?? concatenation(words[(equals + 1)...]) {
            variables.assign(name, computed, depth: depth)
        } else {
            variables.forget(name)
        }
    }

    static func isValueWord(_ word: ScriptWord) -> Bool {
        if case .variable = word.pieces.first { return true }
        return word.literal.map { !$0.isEmpty && $0.allSatisfy(\.isNumber) } ?? false
    }

    /// `foreach ($item in $list)`: `$item` takes several values.
    private mutating func forgetForeachVariable(_ span: Span) {
        let end = min(Int(span.end), bytes.count)
        var i = min(Int(span.start), end)
        while i < end, bytes[i] != 0x24 { i += 1 }
        i += 1
        let start = i
        while i < end, ScriptLexer.isNameByte(bytes[i]) || bytes[i] == 0x3A { i += 1 }
        guard i > start else { return }
        variables.forget(ScriptLexer.normalizedVariable(String(decoding: bytes[start..<i], as: UTF8.self)))
    }
}
