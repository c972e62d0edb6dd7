/// Collects "X must happen after Y" violations and reports them once per place where the fix
/// belongs, so one missing `dependsOn` on a module is one finding, not one per connection.
struct OrderingFindings {
    struct Group {
        /// Where the finding lands: the late resource or the module that contains it.
        var place: ResourceRef
        /// The declaration next to `place` that contains the early resource: what to depend on.
        var earlySide: ResourceRef
        var members: [ResourceRef]
        /// Nil: never ordered. Non-empty: ordered only when these conditional declarations deploy.
        var conditions: [ResourceRef]?
        /// The early resource waits for the late one (the order is the wrong way round).
        var inverted: Bool
        var viaModule: Bool { members.first != place }
    }

    private(set) var groups: [Group] = []

    /// Records `late` when it does not always happen after `early`.
    mutating func add(_ late: ResourceRef, before early: ResourceRef, _ context: RuleContext) {
        let conditions: [ResourceRef]?
        switch context.happensAfter.ordering(late, after: early) {
        case .always: return
        case .onlyIf(let through): conditions = through
        case .never: conditions = nil
        }
        let inverted = conditions == nil && context.happensAfter.isAlwaysAfter(early, late)
        let place = context.placement(of: late, relativeTo: early)
        let earlySide = context.placement(of: early, relativeTo: late)
        if let index = groups.firstIndex(where: { $0.place == place && $0.inverted == inverted && ($0.conditions == nil) == (conditions == nil) }) {
            groups[index].members.append(late)
            return
        }
        groups.append(Group(place: place, earlySide: earlySide, members: [late], conditions: conditions, inverted: inverted))
    }

    func report(into report: inout RuleReport, _ context: RuleContext, message: (Group) -> String,
                help: (Group) -> String, note: (Group) -> Note) {
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
            report.add(text, at: context.location(group.place), severity: severity, notes: notes, help: help(group))
        }
    }
}
