import Testing
@testable import ArmorBase
@testable import ArmorSyntax
@testable import ArmorAnalysis

/// `ARMResourceFields` (one pass over a resource object) must find what `field` finds for each
/// key: ASCII case-insensitive, the last duplicate winning, non-objects giving nothing.
@Suite struct ARMResourceFieldsTests {
    private func property(_ key: String, _ text: String) -> Value.ObjectEntry {
        .property(key: key, keySpan: .zero, value: Value(.string(text), at: .zero))
    }

    @Test func findsWhatFieldFinds() {
        let object = Value(.object([
            property("TYPE", "A/b"), property("name", "n1"), property("Name", "n2"), property("apiversion", "v"),
            property("Existing", "e"), property("condition", "c"), property("scope", "s"),
            property("SubscriptionId", "sub"), property("resourceGroup", "rg"), property("extension", "x"),
            property("import", "i"), property("copy", "k"), property("types", "not type"), property("nam", "no"),
        ]), at: .zero)
        let fields = ARMResourceFields(object)
        let pairs: [(Value?, String)] = [
            (fields.type, "type"), (fields.name, "name"), (fields.apiVersion, "apiVersion"),
            (fields.existing, "existing"), (fields.condition, "condition"), (fields.scope, "scope"),
            (fields.subscriptionId, "subscriptionId"), (fields.resourceGroup, "resourceGroup"),
            (fields.extension, "extension"), (fields.import, "import"), (fields.copy, "copy"),
        ]
        for (found, key) in pairs { #expect(found == object.field(key), "\(key)") }
        #expect(fields.name?.stringLiteral == "n2")
        #expect(ARMResourceFields(Value(.string("x"), at: .zero)).type == nil)
    }
}
