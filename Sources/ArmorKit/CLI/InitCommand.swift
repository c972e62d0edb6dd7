import ArmorBase
import ArmorAnalysis
import ArmorRules

/// `armor init [FOLDER] [--force]`: writes a commented starter `armor.json`. It states every
/// rule at its default level, so the file is a reference as well as a starting point, and it
/// loads without errors (a test holds it to that).
enum InitCommand {
    enum Options {
        static let force = OptionKey<Bool>.flag("force", help: "overwrite an existing armor.json")
    }

    static let spec = CommandSpec(
        name: "init", arguments: "[FOLDER]", summary: "write a commented starter armor.json",
        about: "Writes armor.json in FOLDER (default: the current folder), every rule at its default level.",
        options: [Options.force.option],
        footer: "Exit status: 0 written, 2 usage or I/O error (or the file exists without --force).")

    static func run(_ words: [String]) -> CommandResult {
        let arguments: Arguments
        switch spec.parse(words) {
        case .answer(let result): return result
        case .arguments(let parsed): arguments = parsed
        }
        guard arguments.positionals.count <= 1 else { return spec.usageError("'armor init' takes at most one folder") }
        let folder = arguments.positionals.first ?? "."
        guard FileSystem.kind(of: folder) == .directory else {
            return CommandResult(stderr: "armor: error: '\(folder)' is not a folder\n", status: .usage)
        }
        let path = folder == "." ? ConfigFile.fileName : Paths.join(folder, ConfigFile.fileName)
        if FileSystem.kind(of: path) != .missing && !arguments[Options.force] {
            return CommandResult(stderr: "armor: error: '\(path)' already exists (use --force to overwrite it)\n", status: .usage)
        }
        do {
            try FileSystem.writeFile(path, Array(starter.utf8))
        } catch {
            return CommandResult(stderr: "armor: error: cannot write '\(error.path)': \(error.reason)\n", status: .usage)
        }
        return CommandResult(stderr: "armor: wrote \(path)\n")
    }

    /// The starter file: defaults written out, examples commented.
    static var starter: String {
        let width = RuleID.allCases.map(\.rawValue.count).max() ?? 0
        let rules = RuleID.allCases.map { id in
            let key = "\"\(id.rawValue)\":"
            return "    \(key)\(String(repeating: " ", count: width + 3 - key.count)) \"\(id.metadata.severity.rawValue)\""
        }.joined(separator: ",\n")
        return """
        // armor configuration (JSON with comments). armor uses the nearest armor.json above each
        // file it lints; `armor lint --config FILE` picks one explicitly. Paths and globs are
        // relative to this file's folder. Globs: * ? [abc] {a,b} and ** across folders.
        {
          // Rule levels: "off", "info", "warning" or "error". These are the defaults.
          // "unused-suppression" and "unknown-rule" (checks of suppression comments) can be set too.
          "rules": {
        \(rules)
          },

          // Files linted when armor walks a folder (files named on the command line are always
          // linted). No "include" means every .bicep, .bicepparam, ARM .json, .sh and .ps1 file.
          // "include": ["infra/**"],
          "exclude": ["**/node_modules/**", "**/.terraform/**"],

          // Rule levels for some files only; later entries win.
          "overrides": [
            // { "files": ["samples/**"], "rules": { "role-assignment-stable-name": "off" } }
          ],

          // Parameter values for templates (a .bicepparam, or an ARM parameters .json). Without an
          // entry, a .bicepparam beside the template whose `using` names it is used.
          "parameters": {
            // "infra/main.bicep": "infra/main.prod.bicepparam"
          },

          // Teardown scripts and the template whose resources they delete.
          "teardown": {
            // "scripts/teardown.sh": "infra/main.bicep"
          },

          // The lowest severity that makes `armor lint` exit with status 1:
          // "error", "warning", "info" or "none". `--fail-level` overrides it.
          "failLevel": "error"
        }

        """
    }
}
