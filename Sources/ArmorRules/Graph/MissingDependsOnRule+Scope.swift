import ArmorBase
import ArmorAnalysis

/// Reads by resource id across the inline nested deployments of one file (dependency-semantics
/// §7.4): the id names a declaration of the reader's own template, of an enclosing one, or of a
/// sibling nested template; the `dependsOn` that orders the read belongs to the two declarations
/// that hold reader and target in their closest common template.
extension MissingDependsOnRule {
    struct Finding {
        /// Where the missing `dependsOn` goes.
        var site: ResourceRef
        var target: ResourceRef
        var severity: Severity?
        var message: String
        var help: String
    }

    /// Every deployed declaration of the file with the resolved target's type and full name:
    /// several templates may declare the same resource, and a read after any of them is safe.
    func sameResource(as target: ResourceRef, own: Set<Int>, _ context: DeploymentAnalysis) -> [ResourceRef] {
        let resource = context.deployment.resource(target)
        guard let full = context.names.fullName(target) else { return own.contains(target.instance) ? [target] : [] }
        let all = context.names.all(type: resource.resourceType, fullName: full).filter {
            own.contains($0.instance) && !context.deployment.resource($0).existing
        }
        return all.isEmpty && own.contains(target.instance) ? [target] : all
    }

    /// The finding for a read that no target declaration always precedes; nil when one does.
    /// Declarations known not to deploy neither read nor are read.
    func unordered(_ read: Read, _ context: DeploymentAnalysis) -> Finding? {
        guard context.isDeployed(read.reader) != false else { return nil }
        let enclosing = Set(context.deployment.moduleChain(of: read.reader.instance))
        let candidates = read.targets.filter { $0 != read.reader && !enclosing.contains($0) && context.isDeployed($0) != false }
        guard !candidates.isEmpty else { return nil }
        let orderings = candidates.map { context.happensAfter.ordering(read.reader, after: $0) }
        guard !orderings.contains(.always) else { return nil }
        let distances = candidates.map { scopeDistance(from: read.origin, to: $0.instance, context) }
        guard let best = distances.indices.min(by: { distances[$0] < distances[$1] }) else { return nil }
        let target = candidates[best]
        guard let (site, via) = commonTemplate(read.reader, target, context), site != via else { return nil }
        if target.instance != read.origin && !isCertain(target, below: site.instance, context) { return nil }
        let name = { (ref: ResourceRef) in "'\(context.displayName(ref))'" }
        let severity: Severity? = orderings[best] == .never ? nil : .warning
        let tail = "; Resource Manager infers no dependency from a resource id, so the read can run before the resource exists"
        if site == read.reader && via == target && !read.inOutput {
            return Finding(site: site, target: target, severity: severity,
                           message: "\(name(site)) calls \(read.call)() on the resource id of \(name(target)) but does not depend on it" + tail,
                           help: "add the same resourceId(...) to the dependsOn of \(name(site))")
        }
        var who = read.inOutput ? "an output of nested deployment \(name(read.reader))" : name(read.reader)
        if site != read.reader { who += ", inside nested deployment \(name(site))," }
        let what = name(target) + (via == target ? "" : " (deployed by \(name(via)))")
        return Finding(site: site, target: target, severity: severity,
                       message: "\(who) calls \(read.call)() on the resource id of \(what) but \(name(site)) does not depend on \(name(via))" + tail,
                       help: "add the resource id of \(name(via)) to the dependsOn of \(name(site))")
    }

    /// A read that leaves its template names a declaration of another one only by an id that
    /// may as well name something deployed elsewhere: it counts when the name is fully known
    /// and the declaration certainly deploys with everything around it up to the common
    /// template (alternative branches often declare the same name under opposite conditions).
    private func isCertain(_ target: ResourceRef, below common: Int, _ context: DeploymentAnalysis) -> Bool {
        guard let name = context.names.fullName(target),
              !name.split(separator: "/", omittingEmptySubsequences: false).contains(where: \.isEmpty) else { return false }
        for holder in holders(of: target, context) {
            let resource = context.deployment.resource(holder)
            guard context.evaluation.evaluator(holder.instance).condition(resource.condition) == true else { return false }
            if holder.instance == common { return true }
        }
        return true
    }

    /// The declarations holding `a` and `b` in the closest template that encloses both (each
    /// itself, or the nested deployment it sits in).
    func commonTemplate(_ a: ResourceRef, _ b: ResourceRef, _ context: DeploymentAnalysis) -> (ResourceRef, ResourceRef)? {
        let holdersA = holders(of: a, context)
        let holdersB = Dictionary(holders(of: b, context).map { ($0.instance, $0) }) { first, _ in first }
        for holder in holdersA {
            if let other = holdersB[holder.instance] { return (holder, other) }
        }
        return nil
    }

    /// `ref`, then the deployment declarations around it, innermost first.
    private func holders(of ref: ResourceRef, _ context: DeploymentAnalysis) -> [ResourceRef] {
        [ref] + context.deployment.moduleChain(of: ref.instance).reversed()
    }

    /// How far a declaration of `instance` is from expressions of `from`: the template itself,
    /// then enclosing templates (nearest first), then anything else.
    private func scopeDistance(from: Int, to instance: Int, _ context: DeploymentAnalysis) -> Int {
        if from == instance { return 0 }
        let chain = context.deployment.moduleChain(of: from).reversed().map(\.instance)
        if let step = chain.firstIndex(of: instance) { return step + 1 }
        return Int.max / 2 + instance
    }
}
