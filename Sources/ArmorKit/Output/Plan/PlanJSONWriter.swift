import ArmorAnalysis

/// `armor plan --format json`. Versioned: fields may be added, never renamed or dropped.
///
/// ```
/// { "schemaVersion": 1, "template": "main.bicep", "mode": "deploy",
///   "unexpandedModules": ["registryModule", …],    // modules whose resources are not listed
///   "waves": [[ENTRY, …], …] }                      // mode "deploy": one array per wave
/// { "schemaVersion": 1, "template": "main.bicep", "mode": "teardown", "unexpandedModules": […],
///   "teardown": [ENTRY + {"step": 1, "reasons": ["…"]}, …] }   // deletion order
/// ENTRY = { "symbol", "type", "apiVersion" (or null), "file", "line" (1-based),
///           "module": [module symbols, outermost first; empty in the root template],
///           "conditional" (condition not known), "loop", "loopCount" (or null),
///           "scope" (null: the deployment's resource group; else where it lives) }
/// ```
public enum PlanJSONWriter {
    public static let schemaVersion = 1

    public static func waves(_ report: PlanReport) -> String {
        var json = header(report, mode: "deploy")
        json.key("waves")
        json.beginArray()
        for wave in report.waves {
            json.beginArray()
            for entry in wave {
                json.beginObject()
                fields(entry, into: &json)
                json.endObject()
            }
            json.endArray()
        }
        json.endArray()
        json.endObject()
        return json.text + "\n"
    }

    public static func teardown(_ report: PlanReport) -> String {
        var json = header(report, mode: "teardown")
        json.key("teardown")
        json.beginArray()
        for (i, step) in report.teardown.enumerated() {
            json.beginObject()
            json.field("step", i + 1)
            fields(step.entry, into: &json)
            json.field("reasons", strings: step.reasons)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.text + "\n"
    }

    private static func header(_ report: PlanReport, mode: String) -> JSONWriter {
        var json = JSONWriter()
        json.beginObject()
        json.field("schemaVersion", schemaVersion)
        json.field("template", report.templatePath)
        json.field("mode", mode)
        json.field("unexpandedModules", strings: report.opaqueModules)
        return json
    }

    private static func fields(_ entry: PlanEntry, into json: inout JSONWriter) {
        json.field("symbol", entry.symbol)
        json.field("type", entry.type)
        json.field("apiVersion", optional: entry.apiVersion)
        json.field("file", entry.path)
        json.field("line", entry.line)
        json.field("module", strings: entry.modules)
        json.field("conditional", entry.conditional)
        json.field("loop", entry.loop != nil)
        json.key("loopCount")
        if case .known(let n)? = entry.loop { json.int(n) } else { json.null() }
        json.field("scope", optional: entry.otherScope)
    }
}
