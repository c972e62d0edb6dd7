import ArmorBase

/// Picks the front end for a file and runs the pipeline up to the dependency graph.
public enum Frontend {
    /// What a path holds, judged by its extension and, for `.json`, by its `$schema`.
    public enum FileKind: Sendable, Equatable {
        case bicep
        case bicepParameters
        case armTemplate
        case armParameters
        case teardownScript
        case other
    }

    public static func kind(ofPath path: String, bytes: [UInt8]? = nil) -> FileKind {
        switch Paths.fileExtension(of: path) {
        case "bicep": return .bicep
        case "bicepparam": return .bicepParameters
        case "sh", "bash", "ps1": return .teardownScript
        case "json", "jsonc":
            guard let bytes else { return .armTemplate }
            return ARMSchemaSniffer.kind(of: bytes)
        default: return .other
        }
    }

    /// Parses one file into the model (Bicep or ARM JSON by extension).
    public static func template(from source: SourceFile) -> Template {
        switch kind(ofPath: source.path) {
        case .armTemplate, .armParameters: ARMFrontend.parseTemplate(source)
        default: BicepFrontend.parseTemplate(source)
        }
    }

    /// Model plus graph for one file (nested ARM templates included), without modules.
    public static func analyze(_ source: SourceFile) -> AnalyzedTemplate {
        AnalyzedTemplate(template(from: source))
    }
}

/// A template with its dependency graph; ARM inline nested templates analysed alongside.
public struct AnalyzedTemplate: Sendable {
    public var template: Template
    public var graph: DependencyGraph
    /// Parallel to `template.nestedTemplates`.
    public var nested: [AnalyzedTemplate]

    public init(_ template: Template) {
        self.template = template
        switch template.language {
        case .bicep: graph = BicepDependencyBuilder.build(template)
        case .arm: graph = ARMDependencyBuilder.build(template)
        }
        nested = template.nestedTemplates.map(AnalyzedTemplate.init)
    }

    /// Syntax, model and graph diagnostics of this template and its nested templates.
    public var allDiagnostics: [Diagnostic] {
        template.diagnostics + graph.diagnostics + nested.flatMap(\.allDiagnostics)
    }
}
