import ArmorBase
import ArmorAnalysis

/// `armor graph --format json`: the contract in shared/spec/graph-json.md. Fields may be added,
/// never renamed or dropped.
public enum GraphJSONWriter {
    public static let schemaVersion = 1

    public static func write(_ analyzed: AnalyzedTemplate, path: String) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("schemaVersion", schemaVersion)
        json.field("file", path)
        json.field("language", analyzed.template.language.rawValue)
        if let version = analyzed.template.languageVersion { json.field("languageVersion", version) }
        writeResources(analyzed, into: &json)
        json.key("diagnostics")
        json.beginArray()
        for diagnostic in analyzed.allDiagnostics.sorted(by: Diagnostic.outputOrder) {
            write(diagnostic, source: analyzed.template.source, into: &json)
        }
        json.endArray()
        json.endObject()
        return json.text + "\n"
    }

    private static func writeResources(_ analyzed: AnalyzedTemplate, into json: inout JSONWriter) {
        let template = analyzed.template
        json.key("resources")
        json.beginArray()
        for (index, resource) in template.resources.enumerated() {
            json.beginObject()
            json.field("symbol", resource.symbol)
            json.field("kind", resource.kind.rawValue)
            json.field("type", resource.type)
            json.field("apiVersion", optional: resource.apiVersion)
            json.field("existing", resource.existing)
            json.field("conditional", resource.conditional)
            json.field("loop", resource.isLoop)
            let position = template.source.location(of: resource.span.start)
            json.field("line", position.line)
            json.field("column", position.column)
            let symbols = { (targets: [Int]) in targets.map { template.resources[$0].symbol } }
            json.field("dependsOn", strings: symbols(analyzed.graph.writtenTargets(of: index)))
            if template.language == .arm {
                json.field("implicitDependsOn", strings: symbols(analyzed.graph.inferredTargets(of: index)))
            }
            if case .inline(let nestedIndex, let innerScope)? = resource.module,
               nestedIndex < analyzed.nested.count {
                json.key("nested")
                json.beginObject()
                json.field("expressionScope", innerScope ? "inner" : "outer")
                writeResources(analyzed.nested[nestedIndex], into: &json)
                json.endObject()
            }
            json.endObject()
        }
        json.endArray()
    }

    private static func write(_ diagnostic: Diagnostic, source: SourceFile, into json: inout JSONWriter) {
        let position = source.location(of: diagnostic.location.span.start)
        json.beginObject()
        json.field("severity", diagnostic.severity.rawValue)
        json.field("code", diagnostic.code.id)
        json.field("message", diagnostic.message)
        json.field("line", position.line)
        json.field("column", position.column)
        json.endObject()
    }
}
