import ArmorBase
import ArmorSyntax

/// ARM JSON → model (dependency-semantics §7–§8): the JSON is read once, lowered to `Value`
/// once, and the template (with its inline nested templates) is built from the lowered tree.
public enum ARMFrontend {
    public static func parseTemplate(_ source: SourceFile) -> Template {
        // Resources are lowered as they are read: the JSON of one resource at a time, not of all.
        let reading = LoweringBox(ARMLowering(source: source))
        var document = JSONReader.read(source, rootResources: { reading.lowering.prelower($0) })
        let generator = document.root?.member("metadata")?.member("_generator")?.member("name")?.stringValue
        var lowering = ARMLowering(source: source)
        swap(&lowering, &reading.lowering)   // unshared, so that taking the resources copies nothing
        var root: Value?
        if let json = document.root {
            document.root = nil   // the lowering frees the JSON tree as it goes: nothing else may hold it
            root = lowering.lower(consume json)
        }
        lowering.prelowered = []
        var builder = ARMTemplateBuilder(source: source)
        var template = builder.buildTemplate(from: root, outer: nil)
        template.diagnostics = document.diagnostics + lowering.diagnostics + builder.diagnostics
        template.generator = generator
        return template
    }

    /// A `*.parameters.json` file: values by name.
    public static func parseParameters(_ source: SourceFile) -> ARMParametersFile {
        let document = JSONReader.read(source)
        var lowering = ARMLowering(source: source)
        var file = ARMParametersFile(values: [], diagnostics: [])
        guard let json = document.root else {
            file.diagnostics = document.diagnostics
            return file
        }
        let root = lowering.lower(json)
        if let entries = root.field("parameters")?.objectEntries {
            for case .property(let name, let keySpan, let body) in entries {
                file.values.append(ARMParameterValue(name: name, value: body.field("value"),
                                                     reference: body.field("reference"), span: keySpan))
            }
        } else if root.objectEntries == nil {
            file.diagnostics.append(Diagnostic(code: .syntax(.armTemplateShape), severity: .error,
                                               message: "a parameters file must be a JSON object",
                                               location: Location(path: source.path, span: root.span)))
        }
        file.diagnostics = document.diagnostics + lowering.diagnostics + file.diagnostics
        return file
    }
}

/// The lowering that `JSONReader`'s callback and then `parseTemplate` use, in turn.
private final class LoweringBox {
    var lowering: ARMLowering

    init(_ lowering: ARMLowering) {
        self.lowering = lowering
    }
}

/// One entry of a parameters file: `"name": { "value": … }` or a Key Vault `reference`.
public struct ARMParameterValue: Sendable {
    public var name: String
    public var value: Value?
    public var reference: Value?
    /// The key.
    public var span: Span
}

public struct ARMParametersFile: Sendable {
    public var values: [ARMParameterValue]
    public var diagnostics: [Diagnostic]

    /// Parameter names compare case-insensitively, as in ARM.
    public func value(named name: String) -> ARMParameterValue? {
        values.last { ASCIICase.equal($0.name, name) }
    }

    /// `value` entries by name, the shape of `BicepFrontend.Parameters.values` (Key Vault
    /// references have no value and are left out).
    public var valuesByName: [String: Value] {
        var result: [String: Value] = [:]
        for entry in values { if let value = entry.value { result[entry.name] = value } }
        return result
    }
}

/// Builds one `Template` (and, recursively, its inline nested templates) from a lowered root.
struct ARMTemplateBuilder {
    let source: SourceFile
    var diagnostics: [Diagnostic] = []

    init(source: SourceFile) {
        self.source = source
    }

    /// `outer`: for an outer-scoped nested template, the template whose parameters and
    /// variables its expressions see.
    mutating func buildTemplate(from root: Value?, outer: Template?) -> Template {
        var template = Template(source: source, language: .arm)
        guard let root else { return template }
        guard root.objectEntries != nil else {
            report("the template must be a JSON object", at: root.span)
            return template
        }
        template.targetScope = root.field("$schema")?.stringLiteral.flatMap(Self.scope(ofSchema:))
        template.languageVersion = root.field("languageVersion")?.stringLiteral
        template.parameters = parameters(root.field("parameters"))
        template.variables = variables(root.field("variables"))
        if let outer {
            let own = Set(template.parameters.map { $0.name.lowercased() })
            template.parameters += outer.parameters.filter { !own.contains($0.name.lowercased()) }
            let ownVariables = Set(template.variables.map { $0.name.lowercased() })
            template.variables += outer.variables.filter { !ownVariables.contains($0.name.lowercased()) }
        }
        if let resources = root.field("resources") {
            switch resources.kind {
            case .array(let items): classicResources(items, parent: nil, into: &template)
            case .object(let entries): symbolicResources(entries, into: &template)
            default: report("'resources' must be an array or an object", at: resources.span)
            }
        }
        template.outputs = (root.field("outputs")?.objectEntries ?? []).compactMap { entry in
            guard case .property(let name, let span, let body) = entry else { return nil }
            let value = body.field("value") ?? body.field("copy").map { Self.copyLoop($0, name: "") } ?? body
            return Output(name: name, value: value, span: span)
        }
        inferParents(in: &template)
        return template
    }

    static func scope(ofSchema schema: String) -> String? {
        if ASCIICase.contains(schema, "subscriptiondeploymenttemplate") { return "subscription" }
        if ASCIICase.contains(schema, "managementgroupdeploymenttemplate") { return "managementGroup" }
        if ASCIICase.contains(schema, "tenantdeploymenttemplate") { return "tenant" }
        if ASCIICase.contains(schema, "deploymenttemplate") { return "resourceGroup" }
        return nil
    }

    private func parameters(_ value: Value?) -> [Parameter] {
        (value?.objectEntries ?? []).compactMap { entry in
            guard case .property(let name, let span, let body) = entry else { return nil }
            // The three members read, in one pass (last duplicate wins, as with `field`).
            var typeValue: Value?, nullableValue: Value?, defaultValue: Value?
            for case .property(let key, _, let value) in body.objectEntries ?? [] {
                if ARMLowering.named(key, "type") { typeValue = value }
                else if ARMLowering.named(key, "nullable") { nullableValue = value }
                else if ARMLowering.named(key, "defaultValue") { defaultValue = value }
            }
            let type = typeValue?.stringLiteral ?? ""
            let secure = type.utf8.count >= 12 && (ASCIICase.equal(type, "securestring") || ASCIICase.equal(type, "secureobject"))
            // `"nullable": true` is Bicep's `T?`: written the same way, so one test serves both.
            let nullable = nullableValue?.kind == .bool(true)
            return Parameter(name: name, type: nullable ? type + "?" : type, defaultValue: defaultValue,
                             isSecure: secure, span: span)
        }
    }

    /// Variables, including `copy` variables (`"copy": [{name, count, input}]`) as loops.
    private func variables(_ value: Value?) -> [Variable] {
        var result: [Variable] = []
        for case .property(let name, let span, let body) in value?.objectEntries ?? [] {
            guard ASCIICase.equal(name, "copy"), let loops = body.arrayElements else {
                result.append(Variable(name: name, value: body, span: span))
                continue
            }
            for loop in loops {
                guard let loopName = loop.field("name")?.stringLiteral else { continue }
                result.append(Variable(name: loopName, value: Self.copyLoop(loop, name: loopName),
                                       span: loop.field("name")?.span ?? loop.span))
            }
        }
        return result
    }

    /// `{ count, input }` (a variable or output `copy`) as `[for i in range(0, count): input]`,
    /// with the index bound as `copyIndex(name)` (`name` "" for an output's `copyIndex()`).
    static func copyLoop(_ loop: Value, name: String) -> Value {
        let count = loop.field("count") ?? Value(.int(0), at: loop.span)
        let range = Value(.call(name: "range", namespace: nil, arguments: [Value(.int(0), at: count.span), count]), at: loop.span)
        let input = loop.field("input") ?? Value(.unknown, at: loop.span)
        return Value(.forLoop(item: nil, index: name, source: range, body: input), at: loop.span)
    }

    mutating func report(_ message: String, at span: Span, severity: Severity = .error) {
        diagnostics.append(Diagnostic(code: .syntax(.armTemplateShape), severity: severity, message: message,
                                      location: Location(path: source.path, span: span)))
    }
}
