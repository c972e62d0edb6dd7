/// Runs a script's commands in order, unrolling shell `for NAME in a b c; do …; done` and
/// PowerShell `foreach ($NAME in 'a', 'b') { … }` over a known list: a teardown that deletes
/// connections in a loop is checked in the loop's order. A list with anything read at run time
/// is not unrolled (the variable stays unknown, as before).
extension ScanState {
    /// One command with the separator that ends it.
    struct Step {
        var words: [ScriptWord]
        var separator: ScriptSeparator?
    }

    /// Values per loop, and loops inside loops, stay small: beyond them a loop is not unrolled.
    private static let maxValues = 32
    private static let maxNesting = 2

    mutating func run(_ steps: ArraySlice<Step>, nesting: Int = 0) {
        // Where each loop or block ends, found for all steps in one pass: scanning ahead from
        // each header was quadratic in a script of loops that never close.
        let ends = nesting < Self.maxNesting ? Closers(steps, dialect: dialect) : nil
        var i = steps.startIndex
        while i < steps.endIndex {
            if dialect == .shell, let ends, let loop = literalLoop(steps[i].words),
               let end = ends.loopEnd(after: i) {
                unroll(loop, body: steps[(i + 1)..<end], nesting: nesting)
                if let separator = steps[end].separator { self.separator(separator) }
                i = end + 1
                continue
            }
            if dialect == .powerShell, let ends, let open = Self.blockOpen(steps, at: i),
               let loop = powerShellLoop(steps[i].words), let end = ends.blockEnd(after: open) {
                // The body's last separator closes the loop's block: the unrolling stands for it.
                var body = Array(steps[(open + 1)...end])
                body[body.count - 1].separator = nil
                unroll(loop, body: body[...], nesting: nesting)
                i = end + 1
                continue
            }
            command(steps[i].words)
            if let separator = steps[i].separator { self.separator(separator) }
            i += 1
        }
    }

    /// The body once per value, the variable holding it; unknown afterwards, as a loop leaves it.
    private mutating func unroll(_ loop: (name: String, values: [ScriptText]), body: ArraySlice<Step>, nesting: Int) {
        depth += 1
        for value in loop.values {
            variables.set(loop.name, value)
            run(body, nesting: nesting + 1)
        }
        variables.forget(loop.name)
        depth = max(0, depth - 1)
    }

    /// `foreach ($NAME in 'a', 'b')` or `foreach ($NAME in @('a', 'b'))` over known strings.
    private func powerShellLoop(_ words: [ScriptWord]) -> (name: String, values: [ScriptText])? {
        guard words.count == 2, words[0].literal?.lowercased() == "foreach", !words[0].isQuoted,
              var inner = innerWords(from: Int(words[1].span.start) + 1, to: Int(words[1].span.end) - 1) else { return nil }
        guard inner.count >= 3, case .variable(let name)? = inner[0].pieces.first, inner[0].pieces.count == 1,
              inner[1].literal?.lowercased() == "in" else { return nil }
        inner.removeFirst(2)
        if inner.count == 1, inner[0].pieces == [.opaque] {
            // `@( … )`: its own list.
            let start = Int(inner[0].span.start), end = Int(inner[0].span.end) - 1
            guard start + 1 < bytes.count, bytes[start] == 0x40, let list = innerWords(from: start + 2, to: end) else { return nil }
            inner = list
        }
        var joined = ScriptText()
        for word in inner {
            guard word.isQuoted || Self.isValueWord(word) else { return nil }
            joined.append(variables.resolve(word))
        }
        let values = joined.textSegments(separator: ",")
        guard !values.isEmpty, values.count <= Self.maxValues,
              values.allSatisfy({ $0.value.map { !$0.isEmpty } ?? false }) else { return nil }
        return (name, values)
    }

    /// The words of `bytes[start..<end]` (the inside of parentheses, `end` on the `)`), lexed as
    /// PowerShell, with spans in the script's offsets.
    private func innerWords(from start: Int, to end: Int) -> [ScriptWord]? {
        guard start >= 0, start < end, end < bytes.count, bytes[end] == 0x29 else { return nil }
        var lexer = ScriptLexer(bytes: Array(bytes[..<end]), start: start)
        lexer.lexPowerShell()
        var words: [ScriptWord] = []
        for token in lexer.tokens {
            guard case .word(let word) = token else { return nil }
            words.append(word)
        }
        return words
    }

    /// The step whose separator opens the block of a loop header at `header`: its own, or an
    /// empty step right after it when `{` starts the next line.
    private static func blockOpen(_ steps: ArraySlice<Step>, at header: Int) -> Int? {
        if steps[header].separator == .openBlock { return header }
        guard steps[header].separator == .newline, header + 1 < steps.endIndex,
              steps[header + 1].words.isEmpty, steps[header + 1].separator == .openBlock else { return nil }
        return header + 1
    }

    /// `for NAME in WORD…` (after any `do`/`then`/`else` of an enclosing block) whose words are
    /// all known; unquoted words split at blanks as the shell splits them.
    private func literalLoop(_ words: [ScriptWord]) -> (name: String, values: [ScriptText])? {
        var rest = words[...]
        while let first = rest.first, !first.isQuoted, let keyword = first.literal, Self.shellNoise.contains(keyword) {
            rest = rest.dropFirst()
        }
        guard rest.count >= 3, rest.first?.literal == "for", rest.first?.isQuoted == false,
              let name = rest[rest.startIndex + 1].literal, !name.isEmpty,
              name.utf8.allSatisfy(ScriptLexer.isNameByte), rest[rest.startIndex + 2].literal == "in" else { return nil }
        var values: [ScriptText] = []
        for word in rest.dropFirst(3) {
            guard let text = variables.resolve(word).value else { return nil }
            if word.isQuoted {
                values.append(ScriptText(text))
            } else {
                values += text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map { ScriptText(String($0)) }
            }
        }
        return values.isEmpty || values.count > Self.maxValues ? nil : (name, values)
    }
}

/// The ends of a run's loops and blocks. A shell loop headed at step `h` ends at the `done` where
/// the `do`s and `done`s that start commands after `h` first balance (none when they go
/// negative or never balance); a PowerShell block opened by step `h`'s `{` ends at the step
/// whose `}` closes it. Both are a running sum falling back to its level at `h`: for every step
/// at once, one pass with a stack.
struct Closers {
    private let start: Int
    private let sums: [Int]
    /// Per step, the first later step whose running sum is at or below (shell) or below
    /// (PowerShell) the step's own.
    private let drop: [Int?]

    init(_ steps: ArraySlice<ScanState.Step>, dialect: ScriptDialect) {
        start = steps.startIndex
        var sums: [Int] = []
        sums.reserveCapacity(steps.count)
        var drop = [Int?](repeating: nil, count: steps.count)
        var waiting: [Int] = []
        var sum = 0
        for (offset, step) in steps.enumerated() {
            // Only a closer can end a loop or block: a `done` (its count at or below the
            // header's), a `}` (below the opening step's).
            var closes = false
            switch dialect {
            case .shell:
                if let first = step.words.first, !first.isQuoted, let word = first.literal {
                    if word == "do" { sum += 1 }
                    if word == "done" { sum -= 1; closes = true }
                }
            case .powerShell:
                if step.separator == .openBlock { sum += 1 }
                if step.separator == .closeBlock { sum -= 1; closes = true }
            }
            sums.append(sum)
            while closes, let top = waiting.last, dialect == .shell ? sum <= sums[top] : sum < sums[top] {
                drop[top] = offset
                waiting.removeLast()
            }
            waiting.append(offset)
        }
        self.sums = sums
        self.drop = drop
    }

    /// The `done` closing the shell loop headed at step `header` (an index of the steps).
    func loopEnd(after header: Int) -> Int? {
        guard let end = drop[header - start], sums[end] == sums[header - start] else { return nil }
        return end + start
    }

    /// The step whose separator closes the block that the step at `header` opens.
    func blockEnd(after header: Int) -> Int? {
        drop[header - start].map { $0 + start }
    }
}
