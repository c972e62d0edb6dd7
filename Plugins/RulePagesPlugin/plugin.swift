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
        // The commit for `armor --version`: ARMOR_COMMIT (release builds, Docker), else git. It is an
        // argument, so a new commit re-runs the command (the plugin itself runs at every build).
        let info = context.pluginWorkDirectoryURL.appending(path: "BuildInfo+Generated.swift")
        let commit = Self.commit(root)
        return [
            .buildCommand(
                displayName: "Recording the commit for armor --version",
                executable: try context.tool(named: "RulePagesGenerator").url,
                arguments: ["--build-info", commit, info.path(percentEncoded: false)],
                inputFiles: [],
                outputFiles: [info]
            ),
            .buildCommand(
                displayName: "Embedding rule pages from Rules/",
                executable: try context.tool(named: "RulePagesGenerator").url,
                arguments: [rules.path(percentEncoded: false), ruleIDs.path(percentEncoded: false), output.path(percentEncoded: false)],
                inputFiles: pages + [ruleIDs],
                outputFiles: [output]
            )
        ]
    }

    static func commit(_ root: URL) -> String {
        let given = ProcessInfo.processInfo.environment["ARMOR_COMMIT"] ?? ""
        if !given.isEmpty { return String(given.prefix(40)) }
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "-C", root.path(percentEncoded: false), "rev-parse", "--short=12", "HEAD"]
        let pipe = Pipe()
        git.standardOutput = pipe
        git.standardError = FileHandle.nullDevice
        guard (try? git.run()) != nil else { return "" }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        git.waitUntilExit()
        guard git.terminationStatus == 0 else { return "" }
        return String(decoding: data, as: UTF8.self).filter { $0.isHexDigit }
    }
}
