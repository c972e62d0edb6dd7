import ArmorBase

/// POSIX shell / bash words.
extension ScriptLexer {
    mutating func lexShell() {
        while pos < bytes.count {
            let b = bytes[pos]
            switch b {
            case 0x20, 0x09, 0x0C: pos += 1
            case 0x0D where peek(1) != 0x0A: pos += 1
            case 0x0A, 0x0D:
                emit(.newline, length: lineBreakLength(at: 0))
                skipHereDocuments()
            case 0x5C where lineBreakLength(at: 1) > 0: pos += 1 + lineBreakLength(at: 1)
            case 0x23: lineComment()
            case 0x3B: emit(.semicolon, length: peek(1) == 0x3B ? 2 : 1)
            case 0x26:
                if peek(1) == 0x26 { emit(.and, length: 2) }
                else if peek(1) == 0x3E { skipRedirect() }
                else { emit(.background) }
            case 0x7C: peek(1) == 0x7C ? emit(.or, length: 2) : emit(.pipe)
            case 0x28: emit(.openParen)
            case 0x29: emit(.closeParen)
            case 0x3C, 0x3E: skipRedirect()
            default:
                if let word = shellWord() { tokens.append(.word(word)) }
            }
        }
    }

    /// `>`, `>>`, `>&2`, `<`, `&>`, `<<<`: the operator and its target word are not arguments.
    /// `<<WORD` / `<<-WORD` also start a here-document, whose body is text, not commands.
    private mutating func skipRedirect() {
        let start = pos
        while pos < bytes.count, [0x3C, 0x3E, 0x26].contains(bytes[pos]) { pos += 1 }
        let operatorBytes = bytes[start..<pos]
        let stripsTabs = operatorBytes.elementsEqual([0x3C, 0x3C]) && peek() == 0x2D
        if stripsTabs { pos += 1 }
        while pos < bytes.count, bytes[pos] == 0x20 || bytes[pos] == 0x09 { pos += 1 }
        guard pos < bytes.count, !Self.isShellBreak(bytes[pos]) else { return }
        let target = shellWord()
        if operatorBytes.elementsEqual([0x3C, 0x3C]), let delimiter = target?.pieces.first, case .text(let d) = delimiter {
            hereDocuments.append((Array(d.utf8), stripsTabs))
        }
    }

    /// At the start of the line after `<<WORD`: skips body lines up to the delimiter line.
    private mutating func skipHereDocuments() {
        while let (delimiter, stripsTabs) = hereDocuments.first {
            hereDocuments.removeFirst()
            while pos < bytes.count {
                var lineStart = pos
                while pos < bytes.count, bytes[pos] != 0x0A { pos += 1 }
                var lineEnd = pos
                if lineEnd > lineStart, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                if stripsTabs { while lineStart < lineEnd, bytes[lineStart] == 0x09 { lineStart += 1 } }
                pos = min(pos + 1, bytes.count)
                if bytes[lineStart..<lineEnd].elementsEqual(delimiter) { break }
            }
        }
    }

    static func isShellBreak(_ b: UInt8) -> Bool {
        switch b {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x3B, 0x26, 0x7C, 0x28, 0x29, 0x3C, 0x3E: true
        default: false
        }
    }

    /// One word; nil for a file-descriptor number before a redirection (`2>&1`).
    private mutating func shellWord() -> ScriptWord? {
        var w = WordBuilder(start: pos)
        while pos < bytes.count {
            let b = bytes[pos]
            if Self.isShellBreak(b) {
                if b == 0x3C || b == 0x3E, w.pureLiteral, w.pieces.isEmpty,
                   !w.buffer.isEmpty, w.buffer.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                    return nil
                }
                break
            }
            switch b {
            case 0x5C:
                let br = lineBreakLength(at: 1)
                if br > 0 { pos += 1 + br; continue }
                if let next = peek(1) { w.byte(next) }
                w.pureLiteral = false
                pos += 2
            case 0x27:
                w.quoted = true
                w.pureLiteral = false
                singleQuoted(&w)
            case 0x22:
                w.quoted = true
                w.pureLiteral = false
                pos += 1
                doubleQuoted(&w)
            case 0x24:
                dollar(&w, inQuotes: false)
            case 0x60:
                skipQuoted(0x60)
                w.piece(.opaque)
            case 0x3D where w.pureLiteral && w.assignment == nil && w.pieces.isEmpty && Self.isName(w.buffer):
                w.assignment = String(decoding: w.buffer, as: UTF8.self)
                w.buffer.removeAll()
                w.pureLiteral = false
                pos += 1
            default:
                w.byte(b)
                pos += 1
            }
        }
        return w.finish(end: min(pos, bytes.count))
    }

    static func isName(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.first, isNameStart(first) else { return false }
        return bytes.allSatisfy(isNameByte)
    }

    private mutating func singleQuoted(_ w: inout WordBuilder) {
        pos += 1
        while pos < bytes.count, bytes[pos] != 0x27 {
            w.byte(bytes[pos])
            pos += 1
        }
        pos += 1
    }

    /// After the opening `"`: `\` escapes only `$ \` " \\` and newline; `$` expands.
    private mutating func doubleQuoted(_ w: inout WordBuilder) {
        while pos < bytes.count {
            let b = bytes[pos]
            switch b {
            case 0x22:
                pos += 1
                return
            case 0x5C:
                let br = lineBreakLength(at: 1)
                if br > 0 { pos += 1 + br; continue }
                if let next = peek(1), [0x24, 0x60, 0x22, 0x5C].contains(next) {
                    w.byte(next)
                } else {
                    w.byte(b)
                    if let next = peek(1) { w.byte(next) }
                }
                pos += 2
            case 0x24:
                dollar(&w, inQuotes: true)
            case 0x60:
                skipQuoted(0x60)
                w.piece(.opaque)
            default:
                w.byte(b)
                pos += 1
            }
        }
    }

    /// `${NAME:-word}` / `${NAME:=word}` (also without `:`), at `pos` after the name: the
    /// literal default word, up to and past the `}`, and whether `=` also assigns it; nil
    /// (nothing read) for any other form or a default that expands anything.
    private mutating func defaultValue() -> (String, assigns: Bool)? {
        var i = pos
        if peek() == 0x3A { i += 1 }
        guard i < bytes.count, bytes[i] == 0x2D || bytes[i] == 0x3D else { return nil }
        let assigns = bytes[i] == 0x3D
        i += 1
        let start = i
        while i < bytes.count, bytes[i] != 0x7D {
            let b = bytes[i]
            guard Self.isNameByte(b) || b == 0x2D || b == 0x2E || b == 0x2F else { return nil }
            i += 1
        }
        guard i < bytes.count else { return nil }
        pos = i + 1
        return (String(decoding: bytes[start..<i], as: UTF8.self), assigns)
    }

    /// `$NAME`, `${NAME}`, `${NAME:-x}` (the default when the script never sets NAME), `$(…)`,
    /// `$((…))`, `$1`/`$@`/`$?` (opaque), `$'…'` (ANSI-C), `$"…"` (like `"…"`).
    private mutating func dollar(_ w: inout WordBuilder, inQuotes: Bool) {
        guard let next = peek(1) else {
            w.byte(0x24)
            pos += 1
            return
        }
        if Self.isNameStart(next) {
            pos += 1
            w.piece(.variable(name()))
        } else if next == 0x7B {
            pos += 2
            let start = pos
            let plain = name()
            if peek() == 0x7D, !plain.isEmpty, pos > start {
                pos += 1
                w.piece(.variable(plain))
            } else if !plain.isEmpty, let (fallback, assigns) = defaultValue() {
                w.piece(.defaulted(plain, fallback, assigns: assigns))
            } else {
                pos = start - 1
                skipBalanced(open: 0x7B, close: 0x7D)
                w.piece(.opaque)
            }
        } else if next == 0x28 {
            pos += 1
            let arithmetic = peek(1) == 0x28
            let inner = pos + 1
            skipBalanced(open: 0x28, close: 0x29)
            let end = bytes.indices.contains(pos - 1) && bytes[pos - 1] == 0x29 ? pos - 1 : pos
            w.piece(arithmetic || end < inner ? .opaque : .substitution(Span(inner, end)))
        } else if !inQuotes, next == 0x27 {
            pos += 1
            w.quoted = true
            ansiC(&w)
        } else if !inQuotes, next == 0x22 {
            pos += 2
            w.quoted = true
            doubleQuoted(&w)
        } else if (next >= 0x30 && next <= 0x39) || [0x40, 0x2A, 0x23, 0x3F, 0x24, 0x21, 0x2D].contains(next) {
            pos += 2
            w.piece(.opaque)
        } else {
            w.byte(0x24)
            pos += 1
        }
        w.pureLiteral = false
    }

    /// `$'…'`: backslash escapes; the common ones are decoded, others kept as written.
    private mutating func ansiC(_ w: inout WordBuilder) {
        pos += 1
        while pos < bytes.count, bytes[pos] != 0x27 {
            if bytes[pos] == 0x5C, let next = peek(1) {
                switch next {
                case 0x6E: w.byte(0x0A)
                case 0x74: w.byte(0x09)
                case 0x27, 0x5C, 0x22: w.byte(next)
                default: w.byte(0x5C); w.byte(next)
                }
                pos += 2
            } else {
                w.byte(bytes[pos])
                pos += 1
            }
        }
        pos += 1
    }
}
