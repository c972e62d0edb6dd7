import ArmorBase

/// The functions that build a resource id, with where their type argument sits: the one table
/// the evaluator, the ARM resolver, the dependency builder, the tracer and the rules read.
package enum ResourceIdFunction: String, CaseIterable, Sendable {
    /// `resourceId([subscriptionId], [resourceGroupName], type, name…)`
    case resourceId
    /// `subscriptionResourceId([subscriptionId], type, name…)`
    case subscriptionResourceId
    /// `managementGroupResourceId([managementGroupName], type, name…)`
    case managementGroupResourceId
    /// `tenantResourceId(type, name…)`
    case tenantResourceId
    /// `extensionResourceId(baseId, type, name…)`
    case extensionResourceId

    /// The name as Bicep and the ARM documentation spell it.
    package var name: String { rawValue }

    /// Where the type argument sits.
    package enum Layout: Sendable, Equatable {
        /// After up to `optionalScopes` scope arguments that may be left out; the first argument
        /// that looks like a type is the type.
        case leadingScopes(optionalScopes: Int)
        /// After exactly one base resource id.
        case afterBaseId

        package var hasLeadingScopes: Bool {
            if case .leadingScopes = self { true } else { false }
        }
    }

    package var layout: Layout {
        switch self {
        case .resourceId: .leadingScopes(optionalScopes: 2)
        case .subscriptionResourceId, .managementGroupResourceId: .leadingScopes(optionalScopes: 1)
        case .tenantResourceId: .leadingScopes(optionalScopes: 0)
        case .extensionResourceId: .afterBaseId
        }
    }

    /// ARM function names are case-insensitive (its parser keeps them lower-cased).
    package static func arm(_ name: String) -> ResourceIdFunction? { byFoldedName[ASCIICase.folded(name)] }

    /// Bicep function names are case-sensitive: `resourceID(…)` is not `resourceId(…)`.
    package static func bicep(_ name: String) -> ResourceIdFunction? { ResourceIdFunction(rawValue: name) }

    /// Looked up by the rule of `language`.
    package static func named(_ name: String, in language: Language) -> ResourceIdFunction? {
        language == .arm ? arm(name) : bicep(name)
    }

    private static let byFoldedName: [String: ResourceIdFunction] =
        Dictionary(uniqueKeysWithValues: allCases.map { (ASCIICase.folded($0.rawValue), $0) })

    /// `reference(…)` or a `list*(…)` call: reads a resource's state, by any spelling (ARM).
    package static func readsResource(_ name: String) -> Bool {
        ASCIICase.equal(name, "reference") || ASCIICase.hasPrefix(name, "list")
    }

    /// A full id written as text, `/subscriptions/…` or `/providers/…` (tenant and management
    /// group ids), which names a resource as a resource-id call does.
    package static func isFullIdLiteral(_ text: String) -> Bool {
        text.hasPrefix("/subscriptions/") || text.hasPrefix("/providers/")
    }
}
