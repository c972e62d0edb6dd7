/// The teardown as a script runs it (`armor plan --format az|pwsh`): per step, the resource
/// names to delete (literal where known, a placeholder variable the user must set where not),
/// or why the step is only a comment. Both script writers render this value.
package struct PlanScript {
    /// A piece of a resource id: known text, or the value of a variable.
    package enum Segment: Equatable {
        case literal(String)
        case variable(String)
    }

    /// A value the user must set before the script runs.
    package struct Placeholder: Equatable {
        package var variable: String
        package var help: String
        /// A list of names, which may be empty (a loop that created nothing).
        package var isList = false
    }

    package enum Action: Equatable {
        /// One name path (a segment per type segment) per resource, in deletion order.
        case delete([[Segment]])
        /// A loop over an array armor cannot compute: delete each name in the list variable.
        case deleteEach(list: String, parent: [Segment])
        /// Not deleted by the script; the comment says why.
        case skip(String)
    }

    package struct Step {
        package var number: Int
        package var entry: PlanEntry
        package var reasons: [String]
        package var action: Action
        /// Extra advice after the delete (a vault's soft delete and purge protection).
        package var note: String?
    }

    package static let subscriptionVariable = "SUBSCRIPTION_ID"
    package static let groupVariable = "RESOURCE_GROUP"

    package var templatePath: String
    package var opaqueModules: [String]
    package var placeholders: [Placeholder] = []
    package var steps: [Step] = []

    package init(_ report: PlanReport, _ context: DeploymentAnalysis) {
        templatePath = report.templatePath
        opaqueModules = report.opaqueModules
        var naming = PlanNaming(context)
        for (i, step) in report.teardown.enumerated() {
            let entry = step.entry
            let action: Action = entry.otherScope.map {
                .skip("\($0): not deleted by this script; remove it by hand if it should go")
            } ?? naming.action(for: entry.ref)
            steps.append(Step(number: i + 1, entry: entry, reasons: step.reasons, action: action,
                              note: Self.note(entry.ref, context)))
        }
        placeholders = naming.placeholders
        skipChildrenDeletedWithParent(context)
    }

    /// A child goes with its parent (Resource Manager deletes everything under a resource), so
    /// a child whose parent the script deletes later is left to it: some children cannot be
    /// deleted on their own (`blobServices/default`). Only when nothing the child depends on is
    /// deleted in between, and never for Foundry children: the connection order matters.
    private mutating func skipChildrenDeletedWithParent(_ context: DeploymentAnalysis) {
        for i in steps.indices.reversed() {
            let ref = steps[i].entry.ref
            guard Self.deletes(steps[i].action),
                  !steps[i].entry.resourceType.isDescendant(of: .account) else { continue }
            let ancestors = Self.ancestors(of: ref, context)
            guard let j = steps.indices.first(where: {
                $0 > i && ancestors.contains(steps[$0].entry.ref) && Self.deletes(steps[$0].action)
            }) else { continue }
            let between = steps[(i + 1)..<j]
            // Steps in between that the script skips are not deleted there: they cannot hurt.
            if between.contains(where: { Self.deletes($0.action) && context.happensAfter.ordering(ref, after: $0.entry.ref) != .never }) {
                continue
            }
            steps[i].action = .skip("deleted with its parent '\(steps[j].entry.symbol)' (step \(steps[j].number))")
        }
        // Placeholders only the skipped steps used would make the user set values for nothing.
        let used = Set(steps.flatMap { Self.variables(in: $0.action) })
        placeholders.removeAll { !used.contains($0.variable) }
    }

    /// Parents through `parent:`/nesting, then by full name (`vault/secret` under `vault`).
    private static func ancestors(of ref: ResourceRef, _ context: DeploymentAnalysis) -> Set<ResourceRef> {
        var result = Set<ResourceRef>()
        var current = context.deployment.resource(ref).parent
        while let p = current, result.count < AnalysisLimits.chainSteps {
            let parent = ResourceRef(instance: ref.instance, index: p)
            guard result.insert(parent).inserted else { break }
            current = context.deployment.resource(parent).parent
        }
        guard let full = context.names.fullName(ref) else { return result }
        var type = context.deployment.resource(ref).resourceType
        var names = full.split(separator: "/").map(String.init)
        while names.count > 1, let parent = type.parent {
            names.removeLast()
            type = parent
            for candidate in context.names.all(type: type, fullName: names.joined(separator: "/")) {
                result.insert(candidate)
            }
        }
        return result
    }

    private static func deletes(_ action: Action) -> Bool {
        if case .skip = action { return false }
        return true
    }

    private static func variables(in action: Action) -> [String] {
        let segments: [Segment]
        switch action {
        case .delete(let paths): segments = paths.flatMap { $0 }
        case .deleteEach(let list, let parent): return [list] + variables(in: .delete([parent]))
        case .skip: return []
        }
        return segments.compactMap { if case .variable(let v) = $0 { return v } else { return nil } }
    }

    /// What deleting a vault or an account leaves behind: soft delete and purge protection.
    static func note(_ ref: ResourceRef, _ context: DeploymentAnalysis) -> String? {
        let resource = context.deployment.resource(ref)
        if resource.resourceType == .account {
            return "The account is soft-deleted and keeps its name for 48 hours; purge it ('az cognitiveservices account purge') to reuse the name sooner."
        }
        guard resource.resourceType == .keyVault else { return nil }
        let evaluate = { (key: String) -> KnownValue? in
            resource.body.path("properties", key).map { context.evaluate($0, in: ref.instance) }
        }
        switch (evaluate("enablePurgeProtection"), evaluate("enableSoftDelete")) {
        case (.bool(true)?, _):
            return "Purge protection is on: the vault stays soft-deleted, and its name taken, until its retention period ends; it cannot be purged sooner."
        case (_, .bool(false)?):
            return "Soft delete is off: the vault and its secrets are gone for good."
        case (.bool(false)?, _), (nil, _):
            return "Soft delete keeps the vault recoverable for its retention period; purge it ('az keyvault purge --name <vault>') to reuse the name."
        default:
            return "Purge protection comes from a value armor cannot compute: if it is on, the vault stays soft-deleted until its retention period ends."
        }
    }
}
