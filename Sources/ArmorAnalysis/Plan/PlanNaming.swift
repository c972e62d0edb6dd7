import ArmorBase

/// Resource names for teardown scripts: evaluated segments where armor knows them, and a
/// placeholder variable per unknown one, named after the parameter or variable it comes from
/// (`accountName` → `ACCOUNT_NAME`) or after the declaration, and shared by every resource that
/// uses the same value (a connection under an account of unknown name reuses the account's).
struct PlanNaming {
    private let context: DeploymentAnalysis
    private(set) var placeholders: [PlanScript.Placeholder] = []
    /// Placeholder variable by what it stands for (`param:<instance>:<name>`, `res:<ref>:<k>`).
    private var byKey: [String: String] = [:]
    private var taken: Set<String> = [PlanScript.subscriptionVariable, PlanScript.groupVariable, "NAME"]

    init(_ context: DeploymentAnalysis) {
        self.context = context
    }

    mutating func action(for ref: ResourceRef) -> PlanScript.Action {
        let resource = context.deployment.resource(ref)
        let evaluator = context.evaluation.evaluator(ref.instance)
        guard resource.loop != nil else { return .delete([segments(ref, evaluator, depth: 0)]) }
        if let elements = evaluator.elements(of: resource) {
            let paths = elements.map { segments(ref, $0, depth: 0, placeholders: false) }
            if paths.allSatisfy({ !$0.contains(.variable("")) }) { return .delete(paths.reversed()) }
        }
        // One list for the element names; the parents come from the declaration itself.
        var parent = segments(ref, evaluator, depth: 0)
        parent.removeLast()
        let list = variable(key: "list:\(ref.instance):\(ref.index)", base: Self.base(of: ref, context) + "_NAMES",
                            help: "the space-separated names of the resources that loop '\(context.displayName(ref))' "
                                + "(\(resource.type)) created, \(origin(ref)); empty for none", isList: true)
        return .deleteEach(list: list, parent: parent)
    }

    /// One segment per type segment after the namespace. Without `placeholders`, an unknown
    /// segment is `.variable("")` (for loop elements, whose names differ one by one).
    private mutating func segments(_ ref: ResourceRef, _ evaluator: Evaluator, depth: Int,
                                   placeholders: Bool = true) -> [PlanScript.Segment] {
        let resource = context.deployment.resource(ref)
        let values = evaluator.nameSegments(ofResource: ref.index)
        var out: [PlanScript.Segment] = []
        if let p = resource.parent, p != ref.index, depth < AnalysisLimits.nameDepth {
            let parentRef = ResourceRef(instance: ref.instance, index: p)
            let parentResource = context.deployment.resource(parentRef)
            let parentCount = max(1, parentResource.type.split(separator: "/").count - 1)
            if parentResource.loop == nil, parentCount < values.count {
                out = segments(parentRef, context.evaluation.evaluator(ref.instance), depth: depth + 1)
            }
        }
        let own = values.dropFirst(out.count)
        for (k, value) in own.enumerated() {
            if let text = value.stringValue {
                out.append(.literal(text))
            } else if !placeholders {
                out.append(.variable(""))
            } else {
                out.append(.variable(placeholder(ref, segment: k, of: own.count)))
            }
        }
        return out
    }

    /// The placeholder for segment `k` of a declaration's own name.
    private mutating func placeholder(_ ref: ResourceRef, segment k: Int, of count: Int) -> String {
        let resource = context.deployment.resource(ref)
        if count == 1, let name = resource.name {
            switch name.kind {
            case .parameter(let p):
                let file = Paths.fileName(of: context.deployment.template(of: ref).path)
                return variable(key: "param:\(ref.instance):\(p.lowercased())", base: Self.nameVariable(p),
                                help: "the value of parameter '\(p)' in \(file)")
            case .variable(let v):
                let file = Paths.fileName(of: context.deployment.template(of: ref).path)
                return variable(key: "var:\(ref.instance):\(v.lowercased())", base: Self.nameVariable(v),
                                help: "the value of variable '\(v)' in \(file) (computed at deployment)")
            default: break
            }
        }
        var base = Self.base(of: ref, context)
        let types = resource.type.split(separator: "/").map(String.init)
        if k < count - 1, types.count > count - k {
            // A parent segment written into the child's name (`'${account}/conn'`).
            base += "_" + Self.snake(types[types.count - count + k])
        }
        return variable(key: "res:\(ref.instance):\(ref.index):\(k)", base: base + "_NAME",
                        help: "the name of '\(context.displayName(ref))' (\(resource.type)), \(origin(ref))")
    }

    private mutating func variable(key: String, base: String, help: String, isList: Bool = false) -> String {
        if let known = byKey[key] { return known }
        var name = base
        var n = 2
        while taken.contains(name) {
            name = base + "_\(n)"
            n += 1
        }
        taken.insert(name)
        byKey[key] = name
        placeholders.append(PlanScript.Placeholder(variable: name, help: help, isList: isList))
        return name
    }

    private func origin(_ ref: ResourceRef) -> String {
        let template = context.deployment.template(of: ref)
        let line = template.source.location(of: context.deployment.resource(ref).span.start).line
        return "\(Paths.fileName(of: template.path)):\(line)"
    }

    /// The declaration's symbol in SCREAMING_SNAKE_CASE; classic ARM (whose symbol is the name
    /// expression) uses the type's last segment.
    static func base(of ref: ResourceRef, _ context: DeploymentAnalysis) -> String {
        let resource = context.deployment.resource(ref)
        let source = resource.symbol.hasPrefix("[") ? Paths.fileName(of: resource.type) : resource.symbol
        let snake = snake(source)
        return snake.isEmpty ? "RESOURCE" : snake
    }

    /// `accountName` → `ACCOUNT_NAME`, `vault` → `VAULT_NAME`.
    static func nameVariable(_ name: String) -> String {
        let snake = snake(name)
        if snake.isEmpty { return "RESOURCE_NAME" }
        return snake == "NAME" || snake.hasSuffix("_NAME") ? snake : snake + "_NAME"
    }

    /// Letters and digits upper-cased, a `_` at each lower-to-upper step and for everything
    /// else, no leading digit: a name both shells and PowerShell take as a variable.
    static func snake(_ text: String) -> String {
        var out = ""
        var previousLower = false
        for c in text {
            if c.isASCII && (c.isLetter || c.isNumber) {
                if c.isUppercase && previousLower { out.append("_") }
                out += c.uppercased()
                previousLower = c.isLowercase || c.isNumber
            } else {
                if !out.isEmpty && out.last != "_" { out.append("_") }
                previousLower = false
            }
        }
        while out.last == "_" { out.removeLast() }
        if let first = out.first, first.isNumber { out = "R_" + out }
        return out
    }
}
