import ArmorBase

/// `armor lint --fix`: lint, apply the fixes that fit, lint the fixed text again, until a pass
/// changes nothing (at most `maxPasses`). Only the linted files are edited; a fix that touches
/// another file (a module not given) waits.
package struct FixLoop {
    package var linter: Linter
    package var unsafe: Bool
    package var maxPasses = 10

    package init(linter: Linter, unsafe: Bool) {
        self.linter = linter
        self.unsafe = unsafe
    }

    package struct Result {
        /// The inputs with their fixed text.
        package var inputs: [SourceFile]
        /// The lint of the fixed text: what is left.
        package var outcome: Linter.Outcome
        package var applied: Int
        package var passes: Int
        /// The findings whose fixes were applied, pass after pass (`--show-fixes`).
        package var fixed: [Diagnostic] = []
    }

    package func run(_ inputs: [SourceFile]) -> Result {
        var current = inputs
        var applied = 0
        var outcome = linter.lint(current)
        var passes = 0
        var fixed: [Diagnostic] = []
        while passes < maxPasses {
            let fixable = outcome.diagnostics.filter { $0.fix.map { unsafe || $0.applicability == .safe } ?? false }
            let fixes = fixable.compactMap(\.fix)
            guard !fixes.isEmpty else { break }
            var texts: [String: [UInt8]] = [:]
            for input in current { texts[input.path] = input.bytes }
            let pass = FixApplier.apply(fixes, to: texts)
            guard !pass.applied.isEmpty else { break }
            applied += pass.applied.count
            let appliedFixes = Set(pass.applied)
            fixed += fixable.filter { $0.fix.map(appliedFixes.contains) ?? false }
            passes += 1
            current = current.map { input in
                guard let bytes = pass.texts[input.path], bytes != input.bytes else { return input }
                return SourceFile(path: input.path, bytes: bytes)
            }
            outcome = linter.lint(current)
        }
        return Result(inputs: current, outcome: outcome, applied: applied, passes: passes, fixed: fixed)
    }
}
