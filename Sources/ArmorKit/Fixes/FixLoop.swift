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
    }

    package func run(_ inputs: [SourceFile]) -> Result {
        var current = inputs
        var applied = 0
        var outcome = linter.lint(current)
        var passes = 0
        while passes < maxPasses {
            let fixes = outcome.diagnostics.compactMap(\.fix).filter { unsafe || $0.applicability == .safe }
            guard !fixes.isEmpty else { break }
            var texts: [String: [UInt8]] = [:]
            for input in current { texts[input.path] = input.bytes }
            let pass = FixApplier.apply(fixes, to: texts)
            guard !pass.applied.isEmpty else { break }
            applied += pass.applied.count
            passes += 1
            current = current.map { input in
                guard let bytes = pass.texts[input.path], bytes != input.bytes else { return input }
                return SourceFile(path: input.path, bytes: bytes)
            }
            outcome = linter.lint(current)
        }
        return Result(inputs: current, outcome: outcome, applied: applied, passes: passes)
    }
}
