import ArmorBase

/// `--fix`, `--unsafe-fixes`, `--diff`: see `FixLoop`.
extension LintCommand {
    static func fix(_ inputs: [SourceFile], linter: Linter, arguments: Arguments, settings: Settings, errors: [String],
                    locator: ConfigLocator) -> CommandResult {
        let result = FixLoop(linter: linter, unsafe: arguments[Options.unsafeFixes]).run(inputs)
        let originals = Dictionary(inputs.map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })
        let changed = result.inputs.filter { originals[$0.path] != $0.bytes }
        let count = "\(result.applied) fix\(result.applied == 1 ? "" : "es")"
        let shown = arguments[Options.showFixes] ? fixEnumeration(result.fixed, arguments[Options.diff] ? .wouldFix : .fixed) : ""
        if arguments[Options.diff] {
            let diff = changed.map { UnifiedDiff.render(path: $0.path, old: originals[$0.path] ?? [], new: $0.bytes) }.joined()
            let stderr = errors.map { "armor: error: \($0)\n" }.joined()
                + shown + "armor: \(count) would be applied to \(changed.count) file\(changed.count == 1 ? "" : "s")\n"
            return CommandResult(stdout: diff, stderr: stderr, status: !errors.isEmpty ? .usage : (changed.isEmpty ? .success : .findings))
        }
        if arguments[Options.stdin] {
            // The fixed text goes to stdout (editors replace the buffer with it); the report of
            // what is left goes to stderr.
            var answer = respond(to: result.outcome, arguments: arguments, settings: settings, errors: errors, locator: locator)
            answer.stderr = answer.stdout + answer.stderr + shown + "armor: applied \(count)\n"
            answer.stdout = result.inputs.first.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
            return answer
        }
        var writeErrors: [String] = []
        for file in changed {
            // A UTF-16/32 file was decoded to UTF-8 to lint it; writing that back would change its encoding.
            if let raw = try? FileSystem.readFile(file.path), WideEncoding(bom: raw) != nil {
                writeErrors.append("'\(file.path)' not fixed: it is UTF-16 or UTF-32, and armor writes UTF-8 only")
                continue
            }
            do {
                try FileSystem.writeFile(file.path, file.bytes)
            } catch {
                writeErrors.append("cannot write '\(error.path)': \(error.reason)")
            }
        }
        var answer = respond(to: result.outcome, arguments: arguments, settings: settings, errors: errors + writeErrors,
                             locator: locator)
        answer.stderr += shown + "armor: applied \(count) to \(changed.count) file\(changed.count == 1 ? "" : "s")\n"
        return answer
    }
}
