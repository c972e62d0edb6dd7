import ArmorBase
import ArmorAnalysis

/// See Rules/reverse-order-deletion.md.
struct ReverseOrderDeletionRule: Rule {
    static let metadata = RuleMetadata(
        id: .reverseOrderDeletion, severity: .error, category: .deploymentOrder, languages: [.bicep, .arm],
        summary: "Teardown must delete resources in the reverse of their creation order.")

    func check(_ context: DeploymentAnalysis, into report: inout RuleReport) {
        guard !context.scripts.isEmpty else { return }
        let matcher = DeleteMatcher(context)
        let plan = DeploymentPlan(context)
        for scanned in context.scripts {
            let steps = matcher.steps(scanned.script)
            var deleted = Set<ResourceRef>()
            for (i, step) in steps.enumerated() {
                guard let target = step.target else {
                    if step.command.kind == .resourceGroup { break }   // the whole group goes: the story ends
                    continue
                }
                if let problem = problem(deleting: target, at: i, steps, deleted: deleted, matcher, context) {
                    let location = Location(path: scanned.source.path, span: step.command.span)
                    report.add("'\(step.command.command)' deletes \(matcher.describe(target)) \(problem)", at: location,
                               notes: [context.note("\(matcher.describe(target)) declared here", target)],
                               help: "delete in this order: " + matcher.suggestedOrder(steps, plan: plan))
                }
                deleted.formUnion(matcher.withDescendants(target))
            }
        }
    }

    /// The same vault: one declaration, or an `existing` copy of it in another module (same
    /// type and known full name).
    static func same(_ a: ResourceRef, _ b: ResourceRef, _ context: DeploymentAnalysis) -> Bool {
        if a == b { return true }
        guard let name = context.names.fullName(a) else { return false }
        return context.deployment.resource(a).resourceType == context.deployment.resource(b).resourceType
            && context.names.fullName(b) == name
    }

    /// Why deleting `target` now is wrong, or nil.
    private func problem(deleting target: ResourceRef, at index: Int, _ steps: [DeleteMatcher.Step],
                         deleted: Set<ResourceRef>, _ matcher: DeleteMatcher, _ context: DeploymentAnalysis) -> String? {
        let cascade = matcher.withDescendants(target)
        // (a) Something the script deletes later depends on this one.
        for later in steps[(index + 1)...] {
            guard let other = later.target, !deleted.contains(other), !cascade.contains(other),
                  matcher.happensAfter(other, target) else { continue }
            // A loop's later pass, or a second command on the line, deletes it on the same line.
            let when = later.command.line == steps[index].command.line ? "after it, also at" : "at"
            return "while \(matcher.describe(other)), which depends on it, still exists (deleted \(when) line \(later.command.line))"
        }
        let inventory = context.foundry
        // (b) A Key Vault connection while an ordinary connection of its account remains.
        if let connection = inventory.connections.first(where: { $0.ref == target }), connection.hasKeyVault,
           let account = connection.account {
            for other in inventory.connections(of: account) where other.ref != target && other.hasOrdinary {
                if !deleted.contains(other.ref) && !cascade.contains(other.ref) {
                    return "while \(matcher.describe(other.ref)) of the same account still exists; ordinary connections go first"
                }
            }
        }
        // (c) The vault behind a Key Vault connection while its account still exists.
        if context.deployment.resource(target).resourceType == .keyVault {
            for connection in inventory.connections where connection.hasKeyVault {
                guard let account = connection.account, let vault = KeyVaultGrants.vault(of: connection, context),
                      Self.same(vault, target, context) else { continue }
                guard inventory.accounts[account].isDeclared else { continue }
                let accountRef = inventory.accounts[account].primary
                guard !deleted.contains(accountRef) else { continue }
                // An account the template only refers to (`existing`) may outlive the teardown:
                // the vault breaks it while its Key Vault connection remains, or when the script
                // deletes the account later anyway.
                let aliases = matcher.aliases(of: accountRef)
                let external = !matcher.isCreated(accountRef)
                let deletedLater = steps[(index + 1)...].contains { $0.target.map(aliases.contains) ?? false }
                let owner = "account '\(context.displayName(accountRef))'"
                if !external || deletedLater {
                    return "while \(owner), whose Key Vault connection uses it, still exists; delete the account first"
                }
                if !deleted.contains(connection.ref) {
                    return "while \(owner), which this script keeps, still has \(matcher.describe(connection.ref)) using it; "
                        + "delete that connection first"
                }
            }
        }
        return nil
    }
}
