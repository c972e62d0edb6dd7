import Foundation
import PackagePlugin

/// Embeds the rule pages (`Rules/<id>.md`) in ArmorKit for `armor explain`: RulePagesGenerator
/// writes them as Swift source into the plugin's work folder at every build where a page or
/// the list of rules changed, so nothing generated is committed and nothing can go stale.
@main
struct RulePagesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let rules = root.appending(path: "Rules")
        let ruleIDs = root.appending(path: "Sources/ArmorBase/Diagnostics/RuleID.swift")
        let output = context.pluginWorkDirectoryURL.appending(path: "RulePages+Generated.swift")
        // Every page is an input, so editing one re-runs the generator; the plugin itself runs at
        // every build, so a page added or removed is seen too.
        let pages = try FileManager.default.contentsOfDirectory(atPath: rules.path(percentEncoded: false))
            .filter { $0.hasSuffix(".md") }
            .sorted()
            .map { rules.appending(path: $0) }
        return [
            .buildCommand(
                displayName: "Embedding rule pages from Rules/",
                executable: try context.tool(named: "RulePagesGenerator").url,
                arguments: [rules.path(percentEncoded: false), ruleIDs.path(percentEncoded: false), output.path(percentEncoded: false)],
                inputFiles: pages + [ruleIDs],
                outputFiles: [output]
            )
        ]
    }
}
