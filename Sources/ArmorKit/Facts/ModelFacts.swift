import ArmorSyntax
import ArmorAnalysis

/// What armor's model says about each declaration of a deployment, read through the same APIs
/// the rules use (`DeploymentAnalysis`, `DeploymentEvaluation`, `ResourceNames`, `ValueTracer`,
/// `FoundryInventory`): the input of `armor model`, which lets the Bicep and the compiled ARM
/// JSON of one template be compared field by field. An unknown value stays unknown (nil).
struct ModelFacts {
    /// A value that is known, or that traces to a declaration (`account.identity.principalId`).
    enum Traced: Equatable {
        case known(String)
        case trace(ResourceRef, path: [String])
    }

    struct Facts {
        var ref: ResourceRef
        var symbol: String
        var isModule: Bool
        var type: String
        var existing: Bool
        /// Lower-cased full name (`account/conn`), nil when unknown.
        var name: String?
        var parent: ResourceRef?
        /// "none", "true", "false" or "unknown": the declaration's own condition.
        var condition: String
        /// "true", "false" or "unknown": own, parent and module conditions together.
        var deployed: String
        /// The scope part of the declaration's id, rendered; nil when unknown.
        var scope: String?
        var isLoop: Bool
        /// Elements of a loop, nil when its array is unknown (or not a loop).
        var loopCount: Int?
        /// The lower-cased full name of each loop element, nil where unknown.
        var elementNames: [String?]
        var batchSize: Int?
        /// The instance a module deploys.
        var deploys: Int?
        /// Fields the rules read, by name; a present key with a nil value is unknown.
        var properties: [(String, Traced?)]
    }

    struct Instance {
        var path: String
        var deployedBy: ResourceRef?
        var language: Language
        var languageVersion: String?
        /// Each output's value, rendered; nil when not fully known.
        var outputs: [(String, String?)]
        /// Each variable's value, rendered the same way.
        var variables: [(String, String?)]
    }

    var instances: [Instance] = []
    var resources: [Facts] = []

    init(_ context: DeploymentAnalysis) {
        let deployment = context.deployment
        for (index, entry) in deployment.instances.enumerated() {
            let template = entry.template
            let evaluator = context.evaluation.evaluator(index)
            let outputs = template.outputs.map { ($0.name, Self.render(evaluator.evaluate($0.value))) }
            let variables = template.variables.map { ($0.name, Self.render(evaluator.evaluate(Value(.variable($0.name), at: $0.span)))) }
            instances.append(Instance(path: template.path, deployedBy: entry.deployedBy, language: template.language,
                                      languageVersion: template.languageVersion, outputs: outputs, variables: variables))
        }
        let connections = Dictionary(context.foundry.connections.map { ($0.ref, $0) }, uniquingKeysWith: { a, _ in a })
        for ref in deployment.allResources {
            resources.append(Self.facts(ref, context, connection: connections[ref]))
        }
    }

    private static func facts(_ ref: ResourceRef, _ context: DeploymentAnalysis, connection: FoundryInventory.Connection?) -> Facts {
        let resource = context.deployment.resource(ref)
        let evaluator = context.evaluation.evaluator(ref.instance)
        var loopCount: Int?
        var elementNames: [String?] = []
        if resource.isLoop, let elements = evaluator.elements(of: resource) {
            loopCount = elements.count
            // Each element's full name, with the loop item / copyIndex() bound, as the rules see it.
            elementNames = elements.map { element in
                let segments = element.nameSegments(ofResource: ref.index)
                let known = segments.compactMap(\.stringValue)
                return known.count == segments.count ? known.joined(separator: "/").lowercased() : nil
            }
        }
        let deployed = context.isDeployed(ref).map { $0 ? "true" : "false" } ?? "unknown"
        let condition: String
        if resource.condition == nil {
            condition = "none"
        } else {
            condition = evaluator.condition(resource.condition).map { $0 ? "true" : "false" } ?? "unknown"
        }
        let id = evaluator.resourceId(ofResource: ref.index).resourceIdValue
        // Types print lower-cased: the oracle compares the facts of a .bicep and its compiled
        // JSON, which may spell a type differently.
        return Facts(ref: ref, symbol: resource.symbol, isModule: resource.kind == .module, type: resource.type.lowercased(),
                     existing: resource.existing, name: context.names.fullName(ref),
                     parent: resource.parent.map { ResourceRef(instance: ref.instance, index: $0) },
                     condition: condition, deployed: deployed, scope: id.flatMap { Self.render($0.scope) },
                     isLoop: resource.isLoop, loopCount: loopCount, elementNames: elementNames, batchSize: resource.batchSize,
                     deploys: context.deployment.moduleTargets[ref],
                     properties: properties(ref, resource, context, connection: connection))
    }

    /// The values the rules read for this kind of declaration.
    private static func properties(_ ref: ResourceRef, _ resource: Resource, _ context: DeploymentAnalysis,
                                   connection: FoundryInventory.Connection?) -> [(String, Traced?)] {
        var out: [(String, Traced?)] = []
        if let identity = resource.body.property("identity") {
            // Often a variable or a ternary as a whole (`identity: identity`).
            if let type = context.evaluate(identity, in: ref.instance)["type"] {
                out.append(("identity.type", known(type)))
            }
        }
        if let connection {
            let categories = connection.categories.map { category -> String in
                switch category {
                case .keyVault: "AzureKeyVault"
                case .ordinary: "ordinary"
                case .unknown: "?"
                }
            }
            let unknown = connection.unknownCount || categories.contains("?")
            out.append(("category", unknown ? nil : .known(categories.joined(separator: ","))))
            if let authType = connection.authType {
                out.append(("authType", authType == "?" ? nil : .known(authType.lowercased())))
            }
            if let target = connection.target { out.append(("target", traced(target, ref.instance, context))) }
        }
        if resource.resourceType.isRoleAssignment {
            if let role = resource.body.path("properties", "roleDefinitionId") {
                out.append(("roleId", roleId(role, ref.instance, context)))
            }
            if let principal = resource.body.path("properties", "principalId") {
                out.append(("principalId", traced(principal, ref.instance, context)))
            }
        }
        return out + ruleValues(ref, resource, context)
    }

    /// The declaration a value reads (`account.identity.principalId`), else its known text.
    static func traced(_ value: Value, _ instance: Int, _ context: DeploymentAnalysis) -> Traced? {
        if let trace = context.tracer.trace(value, in: instance) {
            return .trace(trace.resource, path: trace.path)
        }
        return known(context.evaluate(value, in: instance))
    }

    /// The role GUID in a role definition id (lower-cased), or in the name of the
    /// `roleDefinitions` declaration it reads.
    static func roleId(_ value: Value, _ instance: Int, _ context: DeploymentAnalysis) -> Traced? {
        let evaluated = context.evaluate(value, in: instance)
        var strings = evaluated.knownStrings
        if case .resourceId(let id) = evaluated {
            // Only the last name of a role definition id is the role; an unknown one is unknown.
            guard let last = id.lastName.stringValue else { return nil }
            strings = [last]
        }
        if strings.isEmpty, let trace = context.tracer.trace(value, in: instance),
           let name = context.names.fullName(trace.resource) {
            strings = [name]
        }
        for string in strings.reversed() {
            if let guid = lastGuid(in: string) { return .known(guid) }
        }
        return nil
    }

    /// The last `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` inside `text`, lower-cased.
    static func lastGuid(in text: String) -> String? {
        let chars = Array(text.lowercased())
        guard chars.count >= 36 else { return nil }
        for start in stride(from: chars.count - 36, through: 0, by: -1) {
            let candidate = String(chars[start..<start + 36])
            if KnownValue.isGuidShaped(candidate) { return candidate }
        }
        return nil
    }

    /// The text of a fully known value; nil for anything partly unknown.
    static func known(_ value: KnownValue) -> Traced? {
        render(value).map { .known($0) }
    }

    static func render(_ value: KnownValue) -> String? {
        guard value.isFullyKnown else { return nil }
        switch value {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .resourceId(let id):
            // The type prints lower-cased, as in `facts`: the oracle compares both languages.
            return render(id.scope).map { $0 + "/providers/" + id.type.lowercased() + "/" + (id.fullName ?? "") }
        case .array(let items): return "[" + items.compactMap(render).joined(separator: ",") + "]"
        case .object(let object):
            let pairs = zip(object.keys, object.values).map { "\($0.lowercased()):\(render($1) ?? "?")" }
            return "{" + pairs.sorted().joined(separator: ",") + "}"
        case .guid(let args): return "guid(" + args.compactMap(render).joined(separator: ",") + ")"
        case .unknown: return nil
        }
    }

    /// `resourceGroup(own,name)`, `subscription(own)`, `extension(<id>)`; nil when a part is unknown.
    /// Like `render`, with `?` for each unknown part, so that partly known values compare too.
    static func renderPartial(_ value: KnownValue) -> String {
        switch value {
        case .unknown: return "?"
        case .array(let items): return "[" + items.map(renderPartial).joined(separator: ",") + "]"
        case .object(let object):
            // Key order carries no meaning (the compiler moves loop properties first).
            let pairs = zip(object.keys, object.values).map { "\($0.lowercased()):\(renderPartial($1))" }
            return "{" + pairs.sorted().joined(separator: ",") + "}"
        case .guid(let args): return "guid(" + args.map(renderPartial).joined(separator: ",") + ")"
        default: return render(value) ?? "?"
        }
    }

    static func render(_ scope: KnownResourceId.Scope) -> String? {
        func part(_ value: KnownValue?) -> String? {
            guard let value else { return "own" }
            return render(value)
        }
        switch scope {
        case .resourceGroup(let subscription, let group):
            guard let s = part(subscription), let g = part(group) else { return nil }
            return "resourceGroup(\(s),\(g))"
        case .subscription(let s): return part(s).map { "subscription(\($0))" }
        case .managementGroup(let m): return part(m).map { "managementGroup(\($0))" }
        case .tenant: return "tenant()"
        case .extension(let base): return render(base).map { "extension(\($0))" }
        }
    }
}
