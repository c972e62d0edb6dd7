@testable import ArmorSyntax

/// Scans `text` as a script of `dialect`.
func scanScript(_ text: String, _ dialect: ScriptDialect = .shell) -> TeardownScript {
    TeardownScriptScanner.scan(bytes: Array(text.utf8), dialect: dialect)
}

/// The delete commands of `text`, for tests that expect exactly one.
func onlyCommand(_ text: String, _ dialect: ScriptDialect = .shell) -> DeleteCommand? {
    let commands = scanScript(text, dialect).commands
    return commands.count == 1 ? commands[0] : nil
}
