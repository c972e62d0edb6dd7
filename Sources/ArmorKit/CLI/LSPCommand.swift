import ArmorBase

/// `armor lsp`: a Language Server Protocol server on standard input and output. Runs until the
/// client sends `exit` (status 0 after `shutdown`, else 1) or closes the input (status 1).
enum LSPCommand {
    enum Options {
        static let stdio = OptionKey<Bool>.flag(
            "stdio", help: "talk over standard input and output (the default and only transport;\naccepted because clients such as vscode-languageclient pass it)")
        static let timings = OptionKey<Bool>.flag(
            "timings", help: "write how long each lint took to standard error")
    }

    static let spec = CommandSpec(
        name: "lsp", summary: "a language server (LSP over stdio) for editors",
        about: """
        A Language Server Protocol server on standard input and output: diagnostics for open
        Bicep, ARM JSON, .bicepparam and teardown-script buffers as you type (linted as
        'armor lint --stdin --stdin-filename PATH' would), hover with a declaration's deployment
        wave, and document symbols. Settings come from the nearest armor.json, re-read on change.
        """,
        options: [Options.stdio.option, Options.timings.option],
        footer: "Exit status: 0 after 'shutdown' then 'exit', 1 when the client exits or disconnects otherwise.")

    /// How long a change waits for the next one before it is linted. Short: changes that queue
    /// up while a lint runs (fast typing on a large file) are merged anyway, since they are
    /// already waiting, and a longer wait would be latency on every keystroke (a 50 kB template
    /// lints in about 5 ms).
    static let debounceMilliseconds: Int32 = 5

    /// Serves until `exit` or the end of input; reads `input`, writes `output` (file descriptors).
    static func run(_ words: [String], environment: [String: String], input: Int32 = 0, output: Int32 = 1) -> CommandResult {
        let arguments: Arguments
        switch spec.parse(words) {
        case .answer(let result): return result
        case .arguments(let parsed): arguments = parsed
        }
        var server = LanguageServer(environment: environment)
        var logged = 0
        while server.exitStatus == nil, let bytes = FileSystem.readSome(fd: input) {
            // Debounce: while the next change is already there (or arrives within 5 ms), lint once after it.
            var reply = server.receive(bytes, debounce: true)
            if !server.pendingLints.isEmpty && !FileSystem.hasInput(fd: input, within: debounceMilliseconds) {
                for message in server.flushPendingLints() { reply += LSPFramer.frame(message.serialized) }
            }
            if !reply.isEmpty, !FileSystem.writeAll(fd: output, reply) { break }
            if arguments[Options.timings] {
                let fresh = server.timings.suffix(max(0, min(server.timings.count, server.lintCount - logged)))
                for timing in fresh {
                    let ms = String(timing.microseconds / 1000) + "." + String(timing.microseconds / 100 % 10)
                    FileSystem.writeAll(fd: 2, Array("armor lsp: linted \(timing.uri) in \(ms) ms\n".utf8))
                }
                logged = server.lintCount
            }
        }
        let status: ExitStatus = server.exitStatus == 0 ? .success : .findings
        return CommandResult(status: status)
    }
}
