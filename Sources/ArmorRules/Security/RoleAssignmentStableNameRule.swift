import ArmorSyntax
import ArmorAnalysis

/// See Rules/role-assignment-stable-name.md.
struct RoleAssignmentStableNameRule: Rule {
    static let metadata = RuleMetadata(
        id: .roleAssignmentStableName, severity: .warning, category: .security, languages: [.bicep, .arm],
        summary: "A role assignment name must be a deterministic guid() of its scope and its role or principal.")

    func check(_ context: DeploymentAnalysis, into report: inout RuleReport) {
        for ref in context.deployment.declarations(ofType: { $0.isRoleAssignment }) {
            let resource = context.deployment.resource(ref)
            let type = resource.resourceType
            guard type.isRoleAssignment,
                  !resource.existing, let name = resource.name,
                  let problem = Self.problem(with: name, ref.instance, context, depth: 0) else { continue }
            report.add("role assignment '\(context.displayName(ref))' \(problem)", at: context.location(ref),
                       help: "name it guid(<scope>.id, <principal id or identity resource id>, <role definition id>)")
        }
    }

    /// Why a name is not a stable guid(), or nil when it is (or cannot be judged).
    static func problem(with value: Value, _ instance: Int, _ context: DeploymentAnalysis, depth: Int) -> String? {
        guard depth < AnalysisLimits.nameDepth else { return nil }
        let template = context.deployment.instances[instance].template
        var guidArguments: Int?
        var usesNewGuid = false
        value.visit { node in
            guard case .call(let function, _, let arguments) = node.kind else { return }
            switch function.lowercased() {
            case "guid": guidArguments = max(guidArguments ?? 0, arguments.map(Self.valueCount).reduce(0, +))
            case "newguid": usesNewGuid = true
            default: break
            }
        }
        if usesNewGuid { return "is named with newGuid(), so every deployment creates a new assignment and the next one fails with RoleAssignmentExists" }
        if let count = guidArguments {
            return count >= 2 ? nil : "is named guid() of a single value, which collides with other assignments at the same scope"
        }
        switch value.kind {
        case .variable(let name):
            guard let variable = template.variable(named: name) else { return nil }
            return problem(with: variable.value, instance, context, depth: depth + 1)
        case .parameter(let name):
            guard let parameter = template.parameter(named: name) else { return nil }
            if let (argument, parent) = context.tracer.moduleArgument(name, of: instance) {
                return problem(with: argument, parent, context, depth: depth + 1)
            }
            guard let defaultValue = parameter.defaultValue else { return nil }
            return problem(with: defaultValue, instance, context, depth: depth + 1)
        default:
            break
        }
        guard let text = context.evaluate(value, in: instance).stringValue else { return nil }
        let last = text.split(separator: "/").last.map(String.init) ?? text
        return isGUID(last) ? "has a literal GUID name, which collides when the template is reused for another scope or principal"
            : "is named '\(text)', which is not a GUID: Resource Manager requires one"
    }

    /// How many values one guid() argument combines: `'${a}-${b}'`, `format('{0}-{1}', a, b)` and
    /// `concat(a, b)` count each part (a literal naming a role counts once), anything else one.
    static func valueCount(_ argument: Value) -> Int {
        var parts: [Value]
        switch argument.kind {
        case .interpolation(let pieces): parts = pieces
        case .call(let name, _, let arguments) where name.lowercased() == "format":
            parts = Array(arguments.dropFirst())
            if let pattern = arguments.first?.stringLiteral, pattern.contains(where: \.isLetter) { return parts.count + 1 }
        case .call(let name, _, let arguments) where name.lowercased() == "concat": parts = arguments
        default: return 1
        }
        let literal = parts.contains { $0.stringLiteral?.contains(where: \.isLetter) == true }
        return parts.filter { $0.stringLiteral == nil }.count + (literal ? 1 : 0)
    }

    static func isGUID(_ s: String) -> Bool {
        let bytes = Array(s.utf8)
        guard bytes.count == 36 else { return false }
        for (i, b) in bytes.enumerated() {
            if [8, 13, 18, 23].contains(i) { if b != UInt8(ascii: "-") { return false }; continue }
            let hex = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66)
            if !hex { return false }
        }
        return true
    }
}
