@testable import ArmorBase
@testable import ArmorKit

/// One template linted and fixed in memory, as `armor lint --fix` would.
enum FixTestSupport {
    static var linter: Linter {
        var options = Linter.Options()
        options.configurations = ConfigLocator()
        return Linter(options: options)
    }

    static func lint(_ text: String, path: String) -> [Diagnostic] {
        linter.lint([SourceFile(path: path, text: text)]).diagnostics
    }

    /// The findings of one rule.
    static func findings(_ id: RuleID, _ text: String, path: String) -> [Diagnostic] {
        lint(text, path: path).filter { $0.code == .rule(id) && !$0.isUndecided }
    }

    /// The text after `--fix` (safe fixes only).
    static func fixed(_ text: String, path: String) -> String {
        let result = FixLoop(linter: linter, unsafe: false).run([SourceFile(path: path, text: text)])
        return result.inputs.first.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
    }

    /// What `FixHonestyTests` checks: fixed findings gone, nothing new, a second run idle.
    static func honesty(_ text: String, path: String) -> FixHonestyTests.Check {
        FixHonestyTests.check([SourceFile(path: path, text: text)])
    }
}
