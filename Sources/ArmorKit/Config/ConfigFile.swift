import ArmorBase
import ArmorSyntax

/// Reads `armor.json`: JSON with comments and trailing commas (the ARM JSON reader), every key
/// validated. Unknown keys, unknown rule ids and bad values are errors at their line:column,
/// never ignored; the configuration is still built from the valid parts.
public enum ConfigFile {
    public static let fileName = "armor.json"

    /// Top-level keys. `$schema` is accepted so editors can attach a schema.
    static let topLevelKeys = ["$schema", "rules", "include", "exclude", "overrides", "parameters", "teardown", "failLevel", "registryCache"]

    /// Ids a `rules` map accepts: every rule (or the Bicep linter's id for it), plus the suppression audit's own codes.
    static let configurableCodes: [String: DiagnosticCode] = {
        var codes: [String: DiagnosticCode] = [:]
        for id in RuleID.allCases { codes[id.rawValue] = .rule(id) }
        for (bicep, rule) in RuleID.bicepLinterIDs { codes[bicep] = .rule(rule) }
        codes[SyntaxCode.unusedSuppression.rawValue] = .syntax(.unusedSuppression)
        codes[SyntaxCode.unknownRule.rawValue] = .syntax(.unknownRule)
        return codes
    }()

    public struct Result: Sendable {
        public var configuration: Configuration
        public var diagnostics: [Diagnostic]
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Parses `source` (an `armor.json`); `directory` is its absolute folder.
    public static func parse(_ source: SourceFile, directory: String) -> Result {
        let document = JSONReader.read(source)
        var parser = ConfigParser(source: source)
        for diagnostic in document.diagnostics {
            // Trailing commas are fine in a hand-edited file; everything else the reader
            // reports (duplicate keys included) would otherwise change meaning silently.
            if diagnostic.code == .syntax(.jsonTrailingComma) { continue }
            parser.diagnostics.append(Diagnostic(code: .syntax(.config), severity: .error,
                                                 message: diagnostic.message, location: diagnostic.location))
        }
        var configuration = Configuration(path: source.path, directory: directory)
        if let root = document.root {
            parser.read(root, into: &configuration)
        }
        return Result(configuration: configuration, diagnostics: parser.diagnostics)
    }

    /// `path:line:col: error: message` lines, for the terminal.
    public static func render(_ diagnostics: [Diagnostic], source: SourceFile) -> String {
        diagnostics.sorted(by: Diagnostic.outputOrder).map { diagnostic in
            let position = source.location(of: diagnostic.location.span.start)
            return "\(diagnostic.location.path):\(position.line):\(position.column): \(diagnostic.severity.rawValue): \(diagnostic.message)\n"
        }.joined()
    }
}

/// The validating walk over the JSON tree of one `armor.json`.
struct ConfigParser {
    let source: SourceFile
    var diagnostics: [Diagnostic] = []

    mutating func read(_ root: JSONValue, into configuration: inout Configuration) {
        guard let members = object(root, what: "the configuration") else { return }
        for member in members {
            let value = member.value
            switch member.key {
            case "$schema": _ = string(value, what: "'$schema'")
            case "rules": configuration.rules = rules(value)
            case "include": configuration.include = globs(value, what: "'include'")
            case "exclude": configuration.exclude = globs(value, what: "'exclude'")
            case "overrides": configuration.overrides = overrides(value)
            case "parameters": configuration.parameters = parameters(value)
            case "teardown":
                configuration.teardown = stringMap(value, what: "'teardown'").map { .init(script: $0.key, template: $0.value) }
            case "registryCache":
                configuration.registryCache = string(value, what: "'registryCache'").map { Paths.join(configuration.directory, $0) }
            case "failLevel":
                configuration.failLevel = choice(value, Configuration.FailLevel.self, what: "'failLevel'")
            default:
                error("unknown key '\(member.key)'\(Suggestion.hint(for: member.key, in: ConfigFile.topLevelKeys))"
                      + "; expected one of \(ConfigFile.topLevelKeys.dropFirst().joined(separator: ", "))",
                      at: member.keySpan)
            }
        }
    }

    mutating func rules(_ value: JSONValue) -> [DiagnosticCode: Configuration.Level] {
        var result: [DiagnosticCode: Configuration.Level] = [:]
        for member in object(value, what: "'rules'") ?? [] {
            guard let code = ConfigFile.configurableCodes[member.key] else {
                let hint = Suggestion.hint(for: member.key, in: ConfigFile.configurableCodes.keys.sorted())
                error("unknown rule '\(member.key)'\(hint) (run 'armor rules' for the list)", at: member.keySpan)
                continue
            }
            if let level = choice(member.value, Configuration.Level.self, what: "rule '\(member.key)'") {
                result[code] = level
            }
        }
        return result
    }

    mutating func overrides(_ value: JSONValue) -> [Configuration.Override] {
        var result: [Configuration.Override] = []
        for item in array(value, what: "'overrides'") ?? [] {
            guard let members = object(item, what: "an override") else { continue }
            var override = Configuration.Override(files: [], rules: [:])
            var hasFiles = false
            for member in members {
                switch member.key {
                case "files":
                    hasFiles = true
                    override.files = globs(member.value, what: "'files'")
                    if override.files.isEmpty, member.value.arrayValue?.isEmpty == true {
                        error("'files' must list at least one glob", at: member.value.span)
                    }
                case "rules": override.rules = rules(member.value)
                default:
                    error("unknown key '\(member.key)' in an override\(Suggestion.hint(for: member.key, in: ["files", "rules"])); "
                          + "expected 'files' and 'rules'", at: member.keySpan)
                }
            }
            if !hasFiles { error("an override needs 'files' (a list of globs)", at: Span(start: item.span.start, end: item.span.start + 1)) }
            result.append(override)
        }
        return result
    }

    mutating func parameters(_ value: JSONValue) -> [Configuration.ParametersEntry] {
        var result: [Configuration.ParametersEntry] = []
        for member in object(value, what: "'parameters'") ?? [] {
            guard let file = string(member.value, what: "the parameters file of '\(member.key)'") else { continue }
            do {
                result.append(Configuration.ParametersEntry(templates: try GlobPattern(member.key), file: file))
            } catch {
                self.error("invalid template glob '\(member.key)': \(error.message)", at: member.keySpan)
            }
            let kind = Paths.fileExtension(of: file)
            if kind != "bicepparam" && kind != "json" && kind != "jsonc" {
                self.error("parameters file '\(file)' must be a .bicepparam or a .json file", at: member.value.span)
            }
        }
        return result
    }
}
