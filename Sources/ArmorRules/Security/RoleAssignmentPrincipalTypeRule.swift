import ArmorBase
import ArmorSyntax
import ArmorAnalysis

/// See Rules/role-assignment-principal-type.md.
struct RoleAssignmentPrincipalTypeRule: Rule {
    static let metadata = RuleMetadata(
        id: .roleAssignmentPrincipalType, severity: .warning, category: .security, languages: [.bicep, .arm],
        summary: "A role assignment to a managed identity created in the same deployment must set principalType to ServicePrincipal.")

    func check(_ context: DeploymentAnalysis, into report: inout RuleReport) {
        for ref in context.deployment.declarations(ofType: { $0.isRoleAssignment }) {
            let resource = context.deployment.resource(ref)
            guard resource.resourceType.isRoleAssignment else { continue }
            // The cheap tests first: most assignments set principalType, and tracing is costly.
            if let given = resource.body.path("properties", "principalType") {
                let value = context.evaluate(given, in: ref.instance)
                guard let text = value.stringValue, text.lowercased() != "serviceprincipal" else { continue }
            }
            guard context.isDeployed(ref) != false,
                  let principal = resource.body.path("properties", "principalId"),
                  let identity = Self.createdIdentity(principal, ref.instance, context) else { continue }
            report.add("role assignment '\(context.displayName(ref))' grants the managed identity of '\(context.displayName(identity))', "
                       + "created in this deployment, without principalType: 'ServicePrincipal'; it can fail while the new identity "
                       + "replicates in Microsoft Entra ID",
                       at: context.location(ref), notes: [context.note("identity '\(context.displayName(identity))' created here", identity)],
                       help: "add principalType: 'ServicePrincipal' to the role assignment's properties",
                       fix: Self.fix(ref, context))
        }
    }

    /// Adds `principalType` after the last property of `properties` (a written other value is
    /// replaced, which only `--unsafe-fixes` does).
    static func fix(_ ref: ResourceRef, _ context: DeploymentAnalysis) -> Fix? {
        let template = context.deployment.template(of: ref)
        guard let properties = context.deployment.resource(ref).body.property("properties") else { return nil }
        let editor = SourceEditor(template)
        let json = template.language == .arm
        let value = json ? "\"ServicePrincipal\"" : "'ServicePrincipal'"
        if let given = properties.property("principalType") {
            return Fix(title: "set principalType: 'ServicePrincipal' in the role assignment's properties", applicability: .unsafe,
                       edits: [TextEdit(path: template.path, span: given.span, replacement: value)])
        }
        let property = json ? "\"principalType\": \(value)" : "principalType: \(value)"
        return editor.insertProperty(property, into: properties).map {
            Fix(title: "add principalType: 'ServicePrincipal' to the role assignment's properties", edits: $0)
        }
    }

    /// The deployed resource whose managed identity the principal id reads: `x.identity.principalId`
    /// or a user-assigned identity's `properties.principalId`.
    static func createdIdentity(_ value: Value, _ instance: Int, _ context: DeploymentAnalysis) -> ResourceRef? {
        guard let trace = context.tracer.trace(value, in: instance), trace.path.last == "principalid" else { return nil }
        let resource = context.deployment.resource(trace.resource)
        guard !resource.existing, context.isDeployed(trace.resource) != false else { return nil }
        let isIdentity = resource.resourceType == .userAssignedIdentity || trace.path.contains("identity")
        return isIdentity ? trace.resource : nil
    }
}
