import Foundation
import Testing
@testable import ArmorBase
@testable import ArmorSyntax
@testable import ArmorAnalysis
@testable import ArmorRules
@testable import ArmorKit
import ArmorTestSupport

/// Loading templates for `armor plan`, checking generated scripts the way `armor lint` checks a
/// teardown script beside its template, and running `az` scripts under bash with a fake `az`.
enum PlanFixtures {
    /// The samples with a teardown script to round-trip (template, parameters file).
    static let samples: [(String, String?)] = [
        ("Samples/foundry-keyvault-correct/main.bicep", nil),
        ("Samples/teardown/main.bicep", nil),
        ("Samples/modules/main.bicep", nil),
        ("Samples/arm-json/azuredeploy.json", "Samples/arm-json/azuredeploy.parameters.json"),
    ]

    static func load(_ path: String, parameters: String? = nil) throws -> DeploymentAnalysis {
        switch PlanCommand.load(path, parametersFile: parameters, configPath: nil) {
        case .success(let loaded): return loaded.context
        case .failure(let failure):
            Issue.record("cannot load \(path): \(failure.message)")
            throw failure
        }
    }

    /// A Bicep template written to a fresh folder (modules beside it as `extra`).
    static func bicep(_ text: String, extra: [String: String] = [:]) throws -> (DeploymentAnalysis, TempDirectory) {
        let dir = TempDirectory()
        let path = dir.write("main.bicep", text)
        for (name, content) in extra { dir.write(name, content) }
        return (try load(path), dir)
    }

    static func report(_ context: DeploymentAnalysis) -> PlanReport {
        PlanReport(context, plan: DeploymentPlan(context))
    }

    static func script(_ context: DeploymentAnalysis, _ dialect: ScriptDialect) -> String {
        let report = report(context)
        return dialect == .shell ? PlanScriptWriter.shell(report, context) : PlanScriptWriter.powerShell(report, context)
    }

    static func scan(_ script: String, _ dialect: ScriptDialect, beside context: DeploymentAnalysis) -> ScannedScript {
        let folder = Paths.directory(of: context.deployment.root.template.path)
        let source = SourceFile(path: folder + (dialect == .shell ? "/teardown.sh" : "/teardown.ps1"), text: script)
        return ScannedScript(source: source, script: TeardownScriptScanner.scan(source, dialect: dialect))
    }

    /// reverse-order-deletion's findings on the script, as `armor lint` pairs them.
    static func findings(_ script: String, _ dialect: ScriptDialect, _ context: DeploymentAnalysis) -> [Diagnostic] {
        var paired = context
        paired.scripts = [scan(script, dialect, beside: context)]
        return RuleRunner.run(paired, rules: [.reverseOrderDeletion])
    }

    /// The template resource each delete command of the script is matched to.
    static func targets(_ script: String, _ dialect: ScriptDialect, _ context: DeploymentAnalysis) -> [ResourceRef?] {
        DeleteMatcher(context).steps(scan(script, dialect, beside: context).script).map(\.target)
    }

    struct BashRun {
        var status: Int32
        var stderr: String
        /// One line per `az` call the script made.
        var azCalls: [String]
    }

    /// Runs an `az` script with a fake `az` first on PATH that logs its arguments.
    static func runBash(_ script: String, environment: [String: String]) throws -> BashRun {
        let dir = TempDirectory()
        defer { dir.remove() }
        let scriptPath = dir.write("teardown.sh", script)
        let fake = dir.write("bin/az", "#!/usr/bin/env bash\necho \"$*\" >> \"\(dir.path)/az.log\"\n")
        chmod(fake, 0o755)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", scriptPath]
        var env = ["PATH": dir.path + "/bin:/usr/bin:/bin"]
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let log = dir.read("az.log") ?? ""
        return BashRun(status: process.terminationStatus, stderr: String(decoding: data, as: UTF8.self),
                       azCalls: log.split(separator: "\n").map(String.init))
    }

    /// `bash -n`: the script parses.
    static func bashSyntaxErrors(_ script: String) throws -> String? {
        let dir = TempDirectory()
        defer { dir.remove() }
        let path = dir.write("teardown.sh", script)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", "-n", path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : String(decoding: data, as: UTF8.self)
    }
}

extension CommandFailure: CustomStringConvertible {
    public var description: String { message }
}
