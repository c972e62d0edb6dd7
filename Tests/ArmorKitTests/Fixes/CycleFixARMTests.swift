import Testing
@testable import ArmorBase
@testable import ArmorKit

/// dependency-cycle's fix in ARM JSON, classic and languageVersion 2.0: the written entry goes
/// (with its comma, or the whole `dependsOn` with the comma before it) when Resource Manager's
/// own inference from `reference()` closes the cycle the other way.
@Suite struct CycleFixARMTests {
    static func template(symbolic: Bool, nsgDependsOn: [String], vnetDependsOn: [String] = [], newline: String = "\n") -> String {
        var lines = ["{", #"  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#","#]
        if symbolic { lines.append(#"  "languageVersion": "2.0","#) }
        lines += [#"  "contentVersion": "1.0.0.0","#, symbolic ? #"  "resources": {"# : #"  "resources": ["#]
        lines += [symbolic ? #"    "nsg": {"# : "    {",
                  #"      "type": "Microsoft.Network/networkSecurityGroups","#,
                  #"      "apiVersion": "2023-09-01","#,
                  #"      "name": "nsg","#,
                  #"      "location": "westeurope""# + (nsgDependsOn.isEmpty ? "" : ",")] + nsgDependsOn
        lines += ["    },", symbolic ? #"    "vnet": {"# : "    {",
                  #"      "type": "Microsoft.Network/virtualNetworks","#,
                  #"      "apiVersion": "2023-09-01","#,
                  #"      "name": "vnet","#,
                  #"      "location": "westeurope","#,
                  #"      "properties": {"#,
                  #"        "addressSpace": { "addressPrefixes": ["10.0.0.0/16"] },"#,
                  #"        "dhcpOptions": { "dnsServers": ["[reference('nsg').provisioningState]"] }"#,
                  "      }" + (vnetDependsOn.isEmpty ? "" : ",")] + vnetDependsOn
        lines += ["    }", symbolic ? "  }" : "  ]", "}"]
        return lines.joined(separator: newline) + newline
    }

    static func entry(_ symbolic: Bool, _ name: String, _ type: String) -> String {
        symbolic ? #""\#(name)""# : #""[resourceId('\#(type)', '\#(name)')]""#
    }

    @Test(arguments: [false, true], ["\n", "\r\n"])
    func writtenEntryGoes(_ symbolic: Bool, _ newline: String) throws {
        let vnet = Self.entry(symbolic, "vnet", "Microsoft.Network/virtualNetworks")
        let text = Self.template(symbolic: symbolic, nsgDependsOn: [#"      "dependsOn": ["#, "        " + vnet, "      ]"], newline: newline)
        let path = "/virtual/azuredeploy.json"
        let finding = try #require(FixTestSupport.findings(.dependencyCycle, text, path: path).first)
        let fix = try #require(finding.fix)
        #expect(finding.help == fix.title)
        #expect(fix.title == "remove 'vnet' from the dependsOn of 'nsg': the cycle's other dependencies come from values")
        let fixed = FixTestSupport.fixed(text, path: path)
        #expect(fixed == Self.template(symbolic: symbolic, nsgDependsOn: [], newline: newline))
        let check = FixTestSupport.honesty(text, path: path)
        #expect(check.problems.isEmpty, "\(check.problems)")
        #expect(check.applied == 1)
    }

    /// One entry of two: the other stays, the comma before the last entry goes.
    @Test(arguments: [false, true])
    func oneEntryOfTwoGoes(_ symbolic: Bool) {
        let vnet = Self.entry(symbolic, "vnet", "Microsoft.Network/virtualNetworks")
        let other = Self.entry(symbolic, "nsg2", "Microsoft.Network/networkSecurityGroups")
        var text = Self.template(symbolic: symbolic, nsgDependsOn: [#"      "dependsOn": ["#, "        \(other),", "        \(vnet)", "      ]"])
        var expected = Self.template(symbolic: symbolic, nsgDependsOn: [#"      "dependsOn": ["#, "        \(other)", "      ]"])
        // A third resource for the remaining entry to name.
        let third = (symbolic ? [#"    "nsg2": {"#] : ["    {"]) + [#"      "type": "Microsoft.Network/networkSecurityGroups","#,
                     #"      "apiVersion": "2023-09-01","#, #"      "name": "nsg2","#, #"      "location": "westeurope""#, "    },"]
        let marker = symbolic ? "  \"resources\": {\n" : "  \"resources\": [\n"
        text = text.replacing(marker, with: marker + third.joined(separator: "\n") + "\n")
        expected = expected.replacing(marker, with: marker + third.joined(separator: "\n") + "\n")
        #expect(FixTestSupport.fixed(text, path: "/virtual/azuredeploy.json") == expected)
        let check = FixTestSupport.honesty(text, path: "/virtual/azuredeploy.json")
        #expect(check.problems.isEmpty, "\(check.problems)")
    }

    /// The entry orders a resource id the body uses (the NSG's id in a property): ARM infers no
    /// dependency from an id, so the entry is needed and the cycle has no clear fix.
    @Test(arguments: [false, true])
    func entryNeededByAResourceIdHasNoFix(_ symbolic: Bool) throws {
        let vnet = Self.entry(symbolic, "vnet", "Microsoft.Network/virtualNetworks")
        var ids = [#""[resourceId('Microsoft.Network/virtualNetworks', 'vnet')]""#, #""[variables('vnetId')]""#]
        if symbolic { ids.append(#""[resourceInfo('vnet').id]""#) }
        for id in ids {
            let text = Self.template(symbolic: symbolic, nsgDependsOn: [#"      "tags": { "network": \#(id) },"#, #"      "dependsOn": [\#(vnet)]"#])
                .replacing(#""contentVersion": "1.0.0.0","#,
                           with: #""contentVersion": "1.0.0.0", "variables": { "vnetId": "[resourceId('Microsoft.Network/virtualNetworks', 'vnet')]" },"#)
            let finding = try #require(FixTestSupport.findings(.dependencyCycle, text, path: "/virtual/azuredeploy.json").first)
            #expect(finding.fix == nil, "\(id)")
        }
    }

    /// Both written, each the other's, and no value needs either: no clear edge to drop.
    @Test(arguments: [false, true])
    func twoWrittenEntriesHaveNoFix(_ symbolic: Bool) throws {
        let vnet = Self.entry(symbolic, "vnet", "Microsoft.Network/virtualNetworks")
        let nsg = Self.entry(symbolic, "nsg", "Microsoft.Network/networkSecurityGroups")
        let text = Self.template(symbolic: symbolic, nsgDependsOn: [#"      "dependsOn": [\#(vnet)]"#],
                                 vnetDependsOn: [#"      "dependsOn": [\#(nsg)]"#])
            .replacing("[reference('nsg').provisioningState]", with: "10.0.0.4")
        let finding = try #require(FixTestSupport.findings(.dependencyCycle, text, path: "/virtual/azuredeploy.json").first)
        #expect(finding.fix == nil)
    }
}
