import ArmorBase
import ArmorAnalysis

/// Collects "X must happen after Y" violations and reports them once per place where the fix
/// belongs, so one missing `dependsOn` on a module is one finding, not one per connection.
struct OrderingFindings {
    struct Group {
        /// Where the finding lands: the late resource or the module that contains it.
        var place: ResourceRef
        /// The declaration next to `place` that contains the early resource: what to depend on.
        var earlySide: ResourceRef
        /// The early resource itself.
        var early: ResourceRef
        var members: [ResourceRef]
        /// Nil: never ordered. Non-empty: ordered only when these conditional declarations deploy.
        var conditions: [ResourceRef]?
        /// The early resource waits for the late one (the order is the wrong way round).
        var inverted: Bool
        var viaModule: Bool { members.first != place }

        /// "connection 'a' of account 'x'" / "connections 'a' and 'b' of account 'x'", or, across
        /// modules, "module 'm' deploys connections … of account 'x', which": the sentence's subject.
        func subject(_ context: DeploymentAnalysis, account: String) -> String {
            let names = members.map { "'\(context.displayName($0))'" }
            let listed = names.count <= 1 ? names.joined()
                : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
            let noun = names.count == 1 ? "connection" : "connections"
            return viaModule ? "module '\(context.displayName(place))' deploys \(noun) \(listed) of account '\(account)', which"
                : "\(noun) \(listed) of account '\(account)'"
        }
    }

    private(set) var groups: [Group] = []

    /// Records `late` when it does not always happen after `early`. `premise`: a declaration
    /// the requirement exists for (the Key Vault connection a grant serves): when it does not
    /// deploy there is nothing to order, so a path through it counts whatever its condition.
    mutating func add(_ late: ResourceRef, before early: ResourceRef, premise: ResourceRef? = nil, _ context: DeploymentAnalysis) {
        var ordering = context.happensAfter.ordering(late, after: early)
        if case .onlyIf = ordering {
            let implied = context.deploysWhenever([late, early] + (premise.map { [$0] } ?? []))
            if !implied.isEmpty { ordering = context.happensAfter.ordering(late, after: early, assuming: implied) }
        }
        let conditions: [ResourceRef]?
        switch ordering {
        case .always: return
        case .onlyIf(let through): conditions = through
        case .never: conditions = nil
        }
        let inverted = conditions == nil && context.happensAfter.isAlwaysAfter(early, late)
        let place = context.placement(of: late, relativeTo: early)
        let earlySide = context.placement(of: early, relativeTo: late)
        if let index = groups.firstIndex(where: {
            $0.place == place && $0.early == early && $0.inverted == inverted && ($0.conditions == nil) == (conditions == nil)
        }) {
            groups[index].members.append(late)
            return
        }
        groups.append(Group(place: place, earlySide: earlySide, early: early, members: [late], conditions: conditions, inverted: inverted))
    }

    func report(into report: inout RuleReport, _ context: DeploymentAnalysis, message: (Group) -> String,
                help: (Group) -> String, note: (Group) -> Note) {
        self.report(into: &report, context, message: message, help: help, note: note, fix: { Self.fix($0, context) })
    }

    /// The edit for a group: `place` waits for `earlySide` (and, inverted, no longer the reverse).
    static func fix(_ group: Group, _ context: DeploymentAnalysis) -> Fix? {
        DependsOnFix.make(place: group.place, target: group.earlySide, inverted: group.inverted, context)
    }

    /// The help when there is no fix.
    static func help(_ group: Group, _ context: DeploymentAnalysis) -> String {
        let add = "add dependsOn: [\(context.displayName(group.earlySide))] to '\(context.displayName(group.place))'"
        guard group.inverted else { return add }
        return "remove what makes '\(context.displayName(group.earlySide))' wait for '\(context.displayName(group.place))', then " + add
    }

    func report(into report: inout RuleReport, _ context: DeploymentAnalysis, message: (Group) -> String,
                help: (Group) -> String, note: (Group) -> Note, fix: (Group) -> Fix?) {
        for group in groups {
            var text = message(group)
            var severity: Severity?
            if let conditions = group.conditions, !conditions.isEmpty {
                let names = conditions.map { "'\(context.displayName($0))'" }.joined(separator: ", ")
                text += " (ordered only when \(names) \(conditions.count == 1 ? "is" : "are") deployed)"
                severity = .warning
            }
            var notes = [note(group)]
            for member in group.members where member != group.place {
                notes.append(context.note("connection '\(context.displayName(member))' declared here", member))
            }
            report.add(text, at: context.location(group.place), severity: severity, notes: notes, help: help(group), fix: fix(group))
        }
    }
}

extension DeploymentAnalysis {
    /// Declarations with unknown conditions that surely deploy when all of `anchors` do: the
    /// anchors themselves, their parents and modules, and declarations of the same template
    /// whose condition is written exactly like an anchor's (`if (useVault)` on both the grant
    /// and the Key Vault connection).
    func deploysWhenever(_ anchors: [ResourceRef]) -> Set<ResourceRef> {
        var result = Set<ResourceRef>()
        var conditions: [Int: Set<String>] = [:]
        for anchor in anchors {
            var current: ResourceRef? = anchor
            var steps = 0
            while let ref = current, steps < AnalysisLimits.chainSteps {
                steps += 1
                result.insert(ref)
                if let text = conditionText(ref) { conditions[ref.instance, default: []].insert(text) }
                let resource = deployment.resource(ref)
                current = resource.parent.map { ResourceRef(instance: ref.instance, index: $0) }
                    ?? deployment.instances[ref.instance].deployedBy
            }
        }
        for (instance, texts) in conditions {
            for index in deployment.instances[instance].template.resources.indices {
                let ref = ResourceRef(instance: instance, index: index)
                if let text = conditionText(ref), texts.contains(text) { result.insert(ref) }
            }
        }
        return result
    }

    /// A declaration's own condition as written, without blanks and enclosing parentheses.
    private func conditionText(_ ref: ResourceRef) -> String? {
        guard let condition = deployment.resource(ref).condition else { return nil }
        let bytes = deployment.template(of: ref).source.bytes
        let span = condition.span
        guard Int(span.start) <= Int(span.end), Int(span.end) <= bytes.count else { return nil }
        var text = String(decoding: bytes[Int(span.start)..<Int(span.end)], as: UTF8.self).filter { !$0.isWhitespace }
        while text.hasPrefix("("), text.hasSuffix(")") { text = String(text.dropFirst().dropLast()) }
        return text.isEmpty ? nil : text
    }
}
