import ArmorSyntax

/// The members of a resource object that `makeResource` reads, found in one pass over its
/// entries: ten `field` calls walked them ten times. ASCII case-insensitive, and the last
/// duplicate wins, as with `field`.
struct ARMResourceFields {
    var type: Value?
    var apiVersion: Value?
    var name: Value?
    var existing: Value?
    var condition: Value?
    var scope: Value?
    var subscriptionId: Value?
    var resourceGroup: Value?
    var `extension`: Value?
    var `import`: Value?
    var copy: Value?

    init(_ object: Value) {
        guard case .object(let entries) = object.kind else { return }
        for case .property(let key, _, let value) in entries {
            // `named` tests the length first: most keys fail there, without comparing bytes.
            if ARMLowering.named(key, "type") { type = value }
            else if ARMLowering.named(key, "name") { name = value }
            else if ARMLowering.named(key, "apiVersion") { apiVersion = value }
            else if ARMLowering.named(key, "existing") { existing = value }
            else if ARMLowering.named(key, "condition") { condition = value }
            else if ARMLowering.named(key, "scope") { scope = value }
            else if ARMLowering.named(key, "subscriptionId") { subscriptionId = value }
            else if ARMLowering.named(key, "resourceGroup") { resourceGroup = value }
            else if ARMLowering.named(key, "extension") { `extension` = value }
            else if ARMLowering.named(key, "import") { `import` = value }
            else if ARMLowering.named(key, "copy") { copy = value }
        }
    }
}
