import Testing
@testable import ArmorSyntax
@testable import ArmorAnalysis
@testable import ArmorKit
import ArmorTestSupport

/// The generated teardown scripts follow reverse-order-deletion: scanned and checked against
/// their own template exactly as `armor lint` checks a script beside a template, they give no
/// finding, and every delete is matched to the resource it was written for.
@Suite struct PlanRoundTripTests {
    @Test(arguments: PlanFixtures.samples)
    func generatedScriptsPassTheRule(template: String, parameters: String?) throws {
        let context = try PlanFixtures.load(PackageRoot.file(template),
                                            parameters: parameters.map { PackageRoot.file($0) })
        let report = PlanFixtures.report(context)
        let deleted = Set(PlanScript(report, context).steps.compactMap { step -> ResourceRef? in
            if case .skip = step.action { return nil }
            return step.entry.ref
        })
        #expect(deleted.count >= 4, "the sample deletes its connections, account and vault")
        for dialect in [ScriptDialect.shell, .powerShell] {
            let script = PlanFixtures.script(context, dialect)
            let findings = PlanFixtures.findings(script, dialect, context)
            #expect(findings.isEmpty, "\(dialect): \(findings.map(\.message))\n\(script)")
            let targets = PlanFixtures.targets(script, dialect, context)
            #expect(targets.count == deleted.count, "one delete per resource")
            #expect(Set(targets.compactMap { $0 }) == deleted, "every delete matches its resource")
        }
    }

    /// The harness can fail: the same script in creation order breaks the rule.
    @Test(arguments: PlanFixtures.samples)
    func creationOrderScriptsFailTheRule(template: String, parameters: String?) throws {
        let context = try PlanFixtures.load(PackageRoot.file(template),
                                            parameters: parameters.map { PackageRoot.file($0) })
        var report = PlanFixtures.report(context)
        report.teardown.reverse()
        for dialect in [ScriptDialect.shell, .powerShell] {
            let script = PlanScriptWriter.render(PlanScript(report, context), dialect: dialect)
            #expect(!PlanFixtures.findings(script, dialect, context).isEmpty, "\(dialect)")
        }
    }

    @Test(arguments: PlanFixtures.samples)
    func azScriptsParseUnderBash(template: String, parameters: String?) throws {
        let context = try PlanFixtures.load(PackageRoot.file(template),
                                            parameters: parameters.map { PackageRoot.file($0) })
        let errors = try PlanFixtures.bashSyntaxErrors(PlanFixtures.script(context, .shell))
        #expect(errors == nil)
    }

    @Test func loopsAndPlaceholdersRoundTrip() throws {
        let (context, dir) = try PlanFixtures.bicep(PlanTemplates.loops)
        defer { dir.remove() }
        for dialect in [ScriptDialect.shell, .powerShell] {
            let script = PlanFixtures.script(context, dialect)
            #expect(PlanFixtures.findings(script, dialect, context).isEmpty, "\(script)")
        }
        #expect(try PlanFixtures.bashSyntaxErrors(PlanFixtures.script(context, .shell)) == nil)
    }
}
