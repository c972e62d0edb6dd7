import ArmorBase
import ArmorAnalysis

/// What is wrong with a template named for teardown scripts (`--template`, or a `teardown` pair
/// of the configuration), and the note on scripts that could not be checked at all: a script is
/// never silently taken as checked.
extension Linter {
    /// Usage errors for named templates that are not loaded: missing, unreadable, or not a
    /// Bicep file or ARM template. The flag is checked even when no script is linted.
    static func templateProblems(flag: String?, explicit: [String: String], loaded: Set<String>) -> [String] {
        var named: [(template: String, origin: String)] = []
        if let flag { named.append((flag, "--template")) }
        for (script, template) in explicit.sorted(by: { $0.key < $1.key }) where template != flag {
            named.append((template, "the 'teardown' setting for '\(script)'"))
        }
        var problems: [String] = []
        var seen = Set<String>()
        for (template, origin) in named {
            let absolute = WorkingDirectory.absolute(template)
            guard !loaded.contains(absolute), seen.insert(absolute).inserted else { continue }
            let bytes: [UInt8]
            do {
                bytes = try FileSystem.readFile(template)
            } catch {
                problems.append("cannot read template '\(template)' (named by \(origin)): \(error.reason)")
                continue
            }
            let kind = Frontend.kind(ofPath: template, bytes: bytes)
            if kind != .bicep && kind != .armTemplate {
                problems.append("'\(template)' (named by \(origin)) is not a template: expected a .bicep file or an "
                                + "ARM template (JSON with a deploymentTemplate $schema)")
            }
        }
        return problems
    }

    /// An info finding on the first delete of each script that no template was paired with;
    /// scripts without deletes say nothing, nor do those that start by deleting the whole
    /// resource group (nothing is left to order) or only purge deleted vaults.
    static func uncheckedScripts(_ scripts: [ScannedScript]) -> [Diagnostic] {
        scripts.compactMap { scanned in
            guard let first = scanned.script.commands.first(where: { $0.kind != .keyVaultPurge }),
                  first.kind != .resourceGroup else { return nil }
            let name = Paths.fileName(of: scanned.source.path)
            return Diagnostic(
                code: .rule(.reverseOrderDeletion), severity: .info,
                message: "the deletes of '\(name)' were not checked for reverse-order-deletion: no template is paired "
                    + "with it (none named by --template or armor.json, none in its folder that is not a module)",
                location: Location(path: scanned.source.path, span: first.span),
                help: "name the template it tears down with '--template FILE', or pair them in armor.json: "
                    + "\"teardown\": { \"SCRIPT\": \"TEMPLATE\" } (paths relative to armor.json)")
        }
    }
}
