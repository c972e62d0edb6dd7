import ArmorBase
import ArmorRules

/// The settings of one `armor.json` (or the defaults when there is none). A value: read once per
/// folder, then shared by every file under it. Paths inside are relative to `directory`.
public struct Configuration: Sendable, Equatable {
    /// A rule's level in a configuration: `off` removes its findings, the others set severity.
    public enum Level: String, Sendable, Equatable, CaseIterable {
        case off, info, warning, error

        public var severity: Severity? {
            switch self {
            case .off: nil
            case .info: .info
            case .warning: .warning
            case .error: .error
            }
        }
    }

    /// `failLevel` / `--fail-level`: the lowest severity that makes the exit status 1.
    public enum FailLevel: String, Sendable, Equatable, CaseIterable {
        case error, warning, info, none

        public var severity: Severity? {
            switch self {
            case .error: .error
            case .warning: .warning
            case .info: .info
            case .none: nil
            }
        }
    }

    /// `overrides[i]`: rule levels for the files its globs match; later overrides win.
    public struct Override: Sendable, Equatable {
        public var files: [GlobPattern]
        public var rules: [DiagnosticCode: Level]
    }

    /// `teardown`: a script and the template whose resources it deletes, as written.
    public struct TeardownPair: Sendable, Equatable {
        public var script: String
        public var template: String
    }

    /// `parameters`: the parameters file for the templates a glob (or path) matches.
    public struct ParametersEntry: Sendable, Equatable {
        public var templates: GlobPattern
        /// Relative to `directory`, as written.
        public var file: String
    }

    /// The `armor.json` this came from; nil for the built-in defaults.
    public var path: String?
    /// Absolute folder that relative paths and globs are resolved against.
    public var directory: String
    /// Rule ids and the suppression audit codes (`unused-suppression`, `unknown-rule`).
    public var rules: [DiagnosticCode: Level] = [:]
    public var include: [GlobPattern] = []
    public var exclude: [GlobPattern] = []
    public var overrides: [Override] = []
    public var parameters: [ParametersEntry] = []
    /// Teardown script → template, both relative to `directory`.
    public var teardown: [TeardownPair] = []
    public var failLevel: FailLevel?
    /// `registryCache`: the Bicep module cache root (absolute) instead of bicepconfig's or `~/.bicep`.
    public var registryCache: String?

    public init(path: String? = nil, directory: String) {
        self.path = path
        self.directory = directory
    }

    /// The level set for `code` on `file` (top-level `rules`, then matching overrides in
    /// order), or nil when the configuration leaves the default.
    public func level(of code: DiagnosticCode, forFile file: String) -> Level? {
        var level = rules[code]
        if !overrides.isEmpty, let relative = relativePath(file) {
            for override in overrides where override.files.contains(where: { $0.matches(relative) }) {
                if let set = override.rules[code] { level = set }
            }
        }
        return level
    }

    /// Whether a file found while walking a folder is linted: it matches `include` (or there
    /// is none) and no `exclude`. Files outside the configuration's folder are included.
    public func includes(_ file: String) -> Bool {
        guard let relative = relativePath(file) else { return true }
        if !include.isEmpty && !include.contains(where: { $0.matches(relative) }) { return false }
        return !exclude.contains { $0.matches(relative) }
    }

    /// The parameters file (absolute) the configuration names for `template`, if any.
    public func parametersFile(forTemplate template: String) -> String? {
        guard let relative = relativePath(template) else { return nil }
        for entry in parameters where entry.templates.matches(relative) {
            return Paths.join(directory, entry.file)
        }
        return nil
    }

    /// The template (absolute) that the teardown script `script` deletes, if configured.
    public func template(forScript script: String) -> String? {
        guard let relative = relativePath(script) else { return nil }
        for pair in teardown where Paths.normalize(pair.script) == relative {
            return Paths.join(directory, pair.template)
        }
        return nil
    }

    /// `file` relative to `directory`, or nil when it lies outside.
    public func relativePath(_ file: String) -> String? {
        let absolute = WorkingDirectory.absolute(file)
        if directory == "/" { return String(absolute.dropFirst()) }
        guard absolute.hasPrefix(directory + "/") else { return nil }
        return String(absolute.dropFirst(directory.count + 1))
    }
}
