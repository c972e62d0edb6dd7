import ArmorBase

/// PowerShell words (argument mode): backtick escapes and continuations, `'…'` and `"…"`
/// strings, `$var` / `${var}` / `$env:X`, `-Parameter[:value]`, script blocks as separators.
extension ScriptLexer {
    mutating func lexPowerShell() {
        while pos < bytes.count {
            let b = bytes[pos]
            switch b {
            case 0x20, 0x09, 0x0C: pos += 1
            case 0x0D where peek(1) != 0x0A: pos += 1
            case 0x0A, 0x0D: emit(.newline, length: lineBreakLength(at: 0))
            case 0x60 where lineBreakLength(at: 1) > 0: pos += 1 + lineBreakLength(at: 1)
            case 0x23: lineComment()
            case 0x3C where peek(1) == 0x23: blockComment()
            case 0x3B: emit(.semicolon)
            case 0x7C: peek(1) == 0x7C ? emit(.or, length: 2) : emit(.pipe)
            case 0x26: if peek(1) == 0x26 { emit(.and, length: 2) } else { pos += 1 }
            case 0x7B: emit(.openBlock)
            case 0x7D: emit(.closeBlock)
            case 0x29: emit(.closeParen)
            case 0x28: opaqueWord { $0.skipBalanced(open: 0x28, close: 0x29) }
            case 0x3E, 0x3C: skipRedirect()
            case 0x3D:
                tokens.append(.word(ScriptWord(pieces: [.text("=")], span: Span(pos, pos + 1))))
                pos += 1
            case 0x40 where peek(1) == 0x7B: opaqueWord { $0.pos += 1; $0.skipBalanced(open: 0x7B, close: 0x7D) }
            case 0x40 where peek(1) == 0x28: opaqueWord { $0.pos += 1; $0.skipBalanced(open: 0x28, close: 0x29) }
            case 0x40 where peek(1) == 0x22 || peek(1) == 0x27: opaqueWord { $0.hereString() }
            case 0x40 where peek(1).map(Self.isNameStart) == true:
                let start = pos
                pos += 1
                _ = name()
                tokens.append(.word(ScriptWord(pieces: [.opaque], span: Span(start, pos), isSplat: true)))
            case 0x5B: opaqueWord { $0.skipBalanced(open: 0x5B, close: 0x5D) }
            default:
                psWord()
            }
        }
    }

    /// A token read as one unknown word (subexpression, hashtable, splat, type literal).
    private mutating func opaqueWord(_ skip: (inout ScriptLexer) -> Void) {
        let start = pos
        skip(&self)
        pos = max(pos, start + 1)
        pos = min(pos, bytes.count)
        tokens.append(.word(ScriptWord(pieces: [.opaque], span: Span(start, pos))))
    }

    private mutating func blockComment() {
        let start = pos
        pos += 2
        while pos < bytes.count, !(bytes[pos] == 0x23 && peek(1) == 0x3E) { pos += 1 }
        let end = min(pos + 2, bytes.count)
        recordDirective(Span(start, end), text: bytes[min(start + 2, pos)..<min(pos, bytes.count)])
        pos = end
    }

    /// `@"…"@` / `@'…'@`: ends at a line starting with the closing quote and `@`.
    private mutating func hereString() {
        let quote = peek(1) ?? 0x22
        pos += 2
        while pos < bytes.count {
            if bytes[pos] == quote, peek(1) == 0x40, pos > 0, bytes[pos - 1] == 0x0A || bytes[pos - 1] == 0x0D {
                pos += 2
                return
            }
            pos += 1
        }
    }

    private mutating func skipRedirect() {
        while pos < bytes.count, [0x3C, 0x3E, 0x26].contains(bytes[pos]) { pos += 1 }
        while pos < bytes.count, bytes[pos] == 0x20 || bytes[pos] == 0x09 { pos += 1 }
        guard pos < bytes.count, !Self.isPowerShellBreak(bytes[pos]) else { return }
        let before = tokens.count
        psWord()
        if tokens.count > before { tokens.removeLast(tokens.count - before) }
    }

    static func isPowerShellBreak(_ b: UInt8) -> Bool {
        switch b {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x3B, 0x7C, 0x26, 0x7B, 0x7D, 0x28, 0x29, 0x3D, 0x3C, 0x3E: true
        default: false
        }
    }

    private mutating func psWord() {
        var w = WordBuilder(start: pos)
        // An unquoted `-Name` is a parameter; `-Name:value` binds the next word to it.
        if bytes[pos] == 0x2D, let next = peek(1), Self.isNameStart(next) {
            pos += 1
            let parameter = parameterName()
            var word = ScriptWord(pieces: [.text("-" + parameter)], span: Span(w.start, pos), isParameter: true)
            if peek() == 0x3A {
                word.hasAttachedValue = true
                pos += 1
            }
            tokens.append(.word(word))
            if word.hasAttachedValue, pos < bytes.count, !Self.isPowerShellBreak(bytes[pos]) { psWord() }
            return
        }
        scan: while pos < bytes.count, !Self.isPowerShellBreak(bytes[pos]) {
            let b = bytes[pos]
            switch b {
            case 0x60:
                if lineBreakLength(at: 1) > 0 { break scan }
                if let next = peek(1) { w.byte(Self.backtickEscape(next)) }
                pos += 2
            case 0x27:
                w.quoted = true
                psSingleQuoted(&w)
            case 0x22:
                w.quoted = true
                pos += 1
                psDoubleQuoted(&w)
            case 0x24:
                psDollar(&w, inQuotes: false)
            default:
                w.byte(b)
                pos += 1
            }
        }
        if !w.isEmpty { tokens.append(.word(w.finish(end: min(pos, bytes.count)))) }
    }

    private mutating func parameterName() -> String {
        let start = pos
        while pos < bytes.count, Self.isNameByte(bytes[pos]) || bytes[pos] == 0x2D { pos += 1 }
        return String(decoding: bytes[start..<pos], as: UTF8.self)
    }

    static func backtickEscape(_ b: UInt8) -> UInt8 {
        switch b {
        case 0x6E: 0x0A
        case 0x74: 0x09
        case 0x72: 0x0D
        case 0x30: 0x00
        default: b
        }
    }

    /// `'…'` with `''` for a quote.
    private mutating func psSingleQuoted(_ w: inout WordBuilder) {
        pos += 1
        while pos < bytes.count {
            if bytes[pos] == 0x27 {
                if peek(1) == 0x27 { w.byte(0x27); pos += 2; continue }
                pos += 1
                return
            }
            w.byte(bytes[pos])
            pos += 1
        }
    }

    /// After the opening `"`: backtick escapes, `""` for a quote, `$` expansions.
    private mutating func psDoubleQuoted(_ w: inout WordBuilder) {
        while pos < bytes.count {
            let b = bytes[pos]
            switch b {
            case 0x22:
                if peek(1) == 0x22 { w.byte(0x22); pos += 2; continue }
                pos += 1
                return
            case 0x60:
                if let next = peek(1) { w.byte(Self.backtickEscape(next)) }
                pos += 2
            case 0x24:
                psDollar(&w, inQuotes: true)
            default:
                w.byte(b)
                pos += 1
            }
        }
    }

    /// `$name`, `$env:NAME`, `$script:name`, `${name}`, `$(…)`; unquoted `$x.Prop` is a member
    /// piece, longer member chains and `$x[0]` are opaque.
    private mutating func psDollar(_ w: inout WordBuilder, inQuotes: Bool) {
        guard let next = peek(1) else { w.byte(0x24); pos += 1; return }
        if next == 0x28 {
            pos += 1
            skipBalanced(open: 0x28, close: 0x29)
            w.piece(.opaque)
        } else if next == 0x7B {
            pos += 2
            let start = pos
            while pos < bytes.count, bytes[pos] != 0x7D { pos += 1 }
            let raw = String(decoding: bytes[start..<min(pos, bytes.count)], as: UTF8.self)
            pos = min(pos + 1, bytes.count)
            w.piece(.variable(Self.normalizedVariable(raw)))
        } else if Self.isNameStart(next) || next == 0x3F {
            pos += 1
            let start = pos
            while pos < bytes.count, Self.isNameByte(bytes[pos]) || (bytes[pos] == 0x3A && peek(1).map(Self.isNameStart) == true) {
                pos += 1
            }
            if pos == start { pos += 1 }
            let raw = String(decoding: bytes[start..<pos], as: UTF8.self)
            if !inQuotes, let after = peek(), after == 0x2E || after == 0x5B {
                let chain = pos
                if after == 0x2E, peek(1).map(Self.isNameStart) == true {
                    pos += 1
                    let member = name()
                    if !(peek().map { $0 == 0x2E || $0 == 0x5B || $0 == 0x28 } ?? false) {
                        w.piece(.member(Self.normalizedVariable(raw), member))
                        w.pureLiteral = false
                        return
                    }
                    pos = chain
                }
                skipMemberChain()
                w.piece(.opaque)
            } else {
                w.piece(.variable(Self.normalizedVariable(raw)))
            }
        } else {
            w.byte(0x24)
            pos += 1
        }
    }

    private mutating func skipMemberChain() {
        while pos < bytes.count {
            switch bytes[pos] {
            case 0x2E: pos += 1; _ = name()
            case 0x5B: skipBalanced(open: 0x5B, close: 0x5D)
            case 0x28: skipBalanced(open: 0x28, close: 0x29)
            default: return
            }
        }
    }

    /// PowerShell names ignore case; `script:`/`global:`/`local:` scopes name the same variable.
    static func normalizedVariable(_ raw: String) -> String {
        let lowered = raw.lowercased()
        for scope in ["script:", "global:", "local:", "private:", "using:"] where lowered.hasPrefix(scope) {
            return String(lowered.dropFirst(scope.count))
        }
        return lowered
    }
}
