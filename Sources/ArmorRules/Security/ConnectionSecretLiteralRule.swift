import ArmorSyntax
import ArmorAnalysis

/// See Rules/connection-secret-literal.md.
struct ConnectionSecretLiteralRule: Rule {
    static let metadata = RuleMetadata(
        id: .connectionSecretLiteral, severity: .error, category: .security, languages: [.bicep, .arm],
        summary: "Connection credentials must not be literal secrets or come from parameters that are not secure.")

    /// Credential fields that identify rather than authenticate.
    static let identifyingKeys: Set<String> = ["clientid", "tenantid", "username", "resourceid", "authurl", "developertoken_id"]

    func check(_ context: DeploymentAnalysis, into report: inout RuleReport) {
        for ref in context.deployment.declarations(ofType: { $0.isConnection }) {
            let resource = context.deployment.resource(ref)
            guard resource.resourceType.isConnection, !resource.existing,
                  let credentials = resource.body.path("properties", "credentials"),
                  case .object(let entries) = credentials.kind else { continue }
            var literal: [String] = []
            var insecure: [(String, String)] = []
            for case .property(let key, _, let value) in entries where !Self.identifyingKeys.contains(key.lowercased()) {
                switch Self.source(of: value, ref.instance, context, depth: 0) {
                case .literal: literal.append(key)
                case .insecureParameter(let name): insecure.append((key, name))
                case .safe: break
                }
            }
            let name = context.displayName(ref)
            if !literal.isEmpty {
                report.add("connection '\(name)' has a literal secret in credentials.\(literal.joined(separator: ", credentials.")); "
                           + "it ends up in the template, the deployment history and source control",
                           at: context.location(ref),
                           help: "pass the secret through a @secure() parameter or read it from Key Vault (getSecret), or use a managed identity")
            }
            if !insecure.isEmpty {
                let list = insecure.map { "credentials.\($0.0) from parameter '\($0.1)'" }.joined(separator: ", ")
                report.add("connection '\(name)' takes \(list), which is not @secure(); its value is logged in the deployment history",
                           at: context.location(ref), severity: .warning,
                           help: "mark the parameter @secure() (ARM: type securestring)")
            }
        }
    }

    enum Source { case literal, insecureParameter(String), safe }

    /// Where a credential value comes from: a literal (through variables), a parameter that is
    /// not secure (through module parameters), or something safe/unknown.
    static func source(of value: Value, _ instance: Int, _ context: DeploymentAnalysis, depth: Int) -> Source {
        guard depth < AnalysisLimits.nameDepth else { return .safe }
        let template = context.deployment.instances[instance].template
        switch value.kind {
        case .string(let s): return s.isEmpty ? .safe : .literal
        case .interpolation(let parts):
            let sources = parts.map { source(of: $0, instance, context, depth: depth + 1) }
            if let insecure = sources.first(where: { if case .insecureParameter = $0 { true } else { false } }) { return insecure }
            return sources.allSatisfy({ if case .literal = $0 { true } else { false } }) ? .literal : .safe
        case .object(let entries):
            // CustomKeys: `credentials: { keys: { name: secret } }`.
            for case .property(_, _, let inner) in entries {
                let found = source(of: inner, instance, context, depth: depth + 1)
                if case .safe = found { continue }
                return found
            }
            return .safe
        case .variable(let name):
            guard let variable = template.variable(named: name) else { return .safe }
            return source(of: variable.value, instance, context, depth: depth + 1)
        case .parameter(let name):
            guard let parameter = template.parameter(named: name) else { return .safe }
            if parameter.isSecure { return .safe }
            if let (argument, parent) = context.tracer.moduleArgument(name, of: instance),
               case .literal = source(of: argument, parent, context, depth: depth + 1) {
                return .literal
            }
            return .insecureParameter(parameter.name)
        default:
            return .safe
        }
    }
}
