import Testing
@testable import ArmorBase
@testable import ArmorKit
import ArmorTestSupport

/// dependency-cycle's fix: only when one edge is clearly the wrong one (the one `dependsOn` entry
/// no value implies, whose removal breaks the cycle); any other cycle keeps its text help.
@Suite struct CycleFixTests {
    static let nsg = "resource nsg 'Microsoft.Network/networkSecurityGroups@2023-09-01' = {"
    static let vnet = [
        "resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {",
        "  name: 'vnet-${nsg.name}'",
        "  location: 'westeurope'",
        "  properties: { addressSpace: { addressPrefixes: ['10.0.0.0/16'] } }",
        "}",
        "",
    ]

    static func bicep(_ dependsOn: [String]) -> String {
        let other = ["resource other 'Microsoft.Network/networkSecurityGroups@2023-09-01' = {", "  name: 'other'",
                     "  location: 'westeurope'", "}", ""]
        return (vnet + other + [nsg, "  name: 'nsg'", "  location: 'westeurope'"] + dependsOn + ["}"]).joined(separator: "\n") + "\n"
    }

    static func check(_ text: String, path: String, fixed expected: String) throws {
        let finding = try #require(FixTestSupport.findings(.dependencyCycle, text, path: path).first)
        let fix = try #require(finding.fix)
        #expect(fix.applicability == .safe)
        #expect(finding.help == fix.title)
        let fixed = FixTestSupport.fixed(text, path: path)
        #expect(fixed == expected)
        #expect(FixTestSupport.findings(.dependencyCycle, fixed, path: path).isEmpty)
        let check = FixTestSupport.honesty(text, path: path)
        #expect(check.problems.isEmpty, "\(check.problems)")
        #expect(check.applied >= 1)
    }

    @Test func bicepEntryThatClosesTheCycleGoes() throws {
        try Self.check(Self.bicep(["  dependsOn: [vnet]"]), path: "/virtual/main.bicep", fixed: Self.bicep([]))
        try Self.check(Self.bicep(["  dependsOn: [", "    vnet", "    other", "  ]"]), path: "/virtual/main.bicep",
                       fixed: Self.bicep(["  dependsOn: [", "    other", "  ]"]))
        let finding = try #require(FixTestSupport.findings(.dependencyCycle, Self.bicep(["  dependsOn: [vnet]"]), path: "/virtual/main.bicep").first)
        #expect(finding.help == "remove 'vnet' from the dependsOn of 'nsg': the cycle's other dependencies come from values")
    }

    /// An entry on a module declaration; the other entry is one a reference implies, so the
    /// whole `dependsOn` goes rather than leave `[]`.
    @Test func moduleEntryGoesWithTheImpliedOnes() throws {
        let dir = TempDirectory()
        defer { dir.remove() }
        _ = dir.write("names.bicep", "param otherId string = ''\noutput prefix string = 'kv-demo'\n")
        let lines = [
            "module names 'names.bicep' = {",
            "  name: 'names'",
            "  params: { otherId: other.id }",
            "  dependsOn: [",
            "    vault",
            "    other",
            "  ]",
            "}",
            "",
            "resource other 'Microsoft.Network/networkSecurityGroups@2023-09-01' = {",
            "  name: 'other'",
            "  location: 'westeurope'",
            "}",
            "",
            "resource vault 'Microsoft.Network/networkSecurityGroups@2023-09-01' = {",
            "  name: names.outputs.prefix",
            "  location: 'westeurope'",
            "}",
        ]
        let path = dir.write("main.bicep", lines.joined(separator: "\n") + "\n")
        let result = CLIFixtures.lint(["--no-color", "--fix", path])
        var expected = lines
        expected.removeSubrange(3...6)
        #expect(dir.read("main.bicep") == expected.joined(separator: "\n") + "\n")
        #expect(!result.stdout.contains("dependency-cycle"))
        #expect(result.status == .success)
        let check = FixHonestyTests.check(FixHonestyTests.read(folder: dir.path))
        #expect(check.problems.isEmpty, "\(check.problems)")
    }

    /// Two written entries against each other, or two references: which one is wrong is a guess.
    @Test func unclearCyclesHaveNoFix() throws {
        let both = [
            "resource a 'Microsoft.Network/networkSecurityGroups@2023-09-01' = {",
            "  name: 'a'", "  location: 'westeurope'", "  dependsOn: [b]", "}",
            "resource b 'Microsoft.Network/networkSecurityGroups@2023-09-01' = {",
            "  name: 'b'", "  location: 'westeurope'", "  dependsOn: [a]", "}",
        ].joined(separator: "\n")
        let references = [
            "resource a 'Microsoft.Network/networkSecurityGroups@2023-09-01' = {",
            "  name: 'a-${b.name}'", "  location: 'westeurope'", "}",
            "resource b 'Microsoft.Network/networkSecurityGroups@2023-09-01' = {",
            "  name: 'b'", "  location: 'westeurope'", "  tags: { peer: a.id }", "}",
        ].joined(separator: "\n")
        // The written entry is also a reference: removing it would not remove the edge.
        let implied = Self.bicep(["  dependsOn: [vnet]", "  tags: { vnet: vnet.id }"])
        // A resource id in a value needs the target first, though it makes no dependency.
        let byId = Self.bicep(["  dependsOn: [vnet]", "  tags: { vnet: resourceId('Microsoft.Network/virtualNetworks', 'vnet-nsg') }"])
        for text in [both, references, implied, byId] {
            let finding = try #require(FixTestSupport.findings(.dependencyCycle, text, path: "/virtual/main.bicep").first, "\(text)")
            #expect(finding.fix == nil)
            #expect(finding.help == "remove one of the dependencies (an explicit dependsOn entry or a reference) to break the cycle")
        }
    }
}
