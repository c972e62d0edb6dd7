import ArmorAnalysis

/// `armor model --format json`: the per-declaration facts of a deployment (`ModelFacts`), one
/// object per template instance and per declaration. Declarations are named `"<instance>:<index>"`
/// so that parents, module targets and traces can point at them. Unknown values are `null`.
enum ModelJSONWriter {
    static func write(_ facts: ModelFacts) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("version", 1)
        json.key("instances")
        json.beginArray()
        for (index, instance) in facts.instances.enumerated() {
            json.beginObject()
            json.field("id", index)
            json.field("path", instance.path)
            json.field("language", instance.language.rawValue)
            json.field("languageVersion", optional: instance.languageVersion)
            json.field("deployedBy", optional: instance.deployedBy.map(id))
            json.key("outputs")
            json.beginObject()
            for (name, value) in instance.outputs { json.field(name, optional: value) }
            json.endObject()
            json.key("variables")
            json.beginObject()
            for (name, value) in instance.variables { json.field(name, optional: value) }
            json.endObject()
            json.endObject()
        }
        json.endArray()
        json.key("resources")
        json.beginArray()
        for resource in facts.resources { write(resource, into: &json) }
        json.endArray()
        json.endObject()
        return json.text + "\n"
    }

    private static func write(_ facts: ModelFacts.Facts, into json: inout JSONWriter) {
        json.beginObject()
        json.field("id", id(facts.ref))
        json.field("symbol", facts.symbol)
        json.field("kind", facts.isModule ? "module" : "resource")
        json.field("type", facts.type)
        json.field("existing", facts.existing)
        json.field("name", optional: facts.name)
        json.field("parent", optional: facts.parent.map(id))
        json.field("condition", facts.condition)
        json.field("deployed", facts.deployed)
        json.field("scope", optional: facts.scope)
        json.field("loop", facts.isLoop)
        json.key("loopCount")
        if let count = facts.loopCount { json.int(count) } else { json.null() }
        json.key("elementNames")
        json.beginArray()
        for name in facts.elementNames { if let name { json.string(name) } else { json.null() } }
        json.endArray()
        json.key("batchSize")
        if let size = facts.batchSize { json.int(size) } else { json.null() }
        json.key("deploys")
        if let target = facts.deploys { json.int(target) } else { json.null() }
        json.key("properties")
        json.beginObject()
        for (name, value) in facts.properties {
            json.key(name)
            switch value {
            case .known(let text)?: json.string(text)
            case .trace(let ref, let path)?:
                json.beginObject()
                json.field("resource", id(ref))
                json.field("path", path.joined(separator: "."))
                json.endObject()
            case nil: json.null()
            }
        }
        json.endObject()
        json.endObject()
    }

    private static func id(_ ref: ResourceRef) -> String { "\(ref.instance):\(ref.index)" }
}
