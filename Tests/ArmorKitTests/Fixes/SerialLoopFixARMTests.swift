import Testing
@testable import ArmorBase
@testable import ArmorKit

/// keyvault-first's serialising fix in ARM JSON: the copy object's `mode` and `batchSize`, set
/// in place or added in the object's own layout, in classic and symbolic-name templates.
@Suite struct SerialLoopFixARMTests {
    static func template(copy: [String], symbolic: Bool = false, keyVaultFirst: Bool = true, newline: String = "\n") -> String {
        let kv = #"      { "name": "keyvault", "category": "AzureKeyVault", "target": "[resourceId('Microsoft.KeyVault/vaults', 'kv-demo')]" }"#
        let search = #"      { "name": "search", "category": "CognitiveSearch", "target": "https://srch-demo.search.windows.net" }"#
        let elements = keyVaultFirst ? [kv + ",", search] : [search + ",", kv]
        let open = symbolic ? [#"    "vault": {"#] : ["    {"]
        let openAccount = symbolic ? [#"    "account": {"#] : ["    {"]
        let openGrant = symbolic ? [#"    "grant": {"#] : ["    {"]
        let openLoop = symbolic ? [#"    "conns": {"#] : ["    {"]
        var lines = [
            "{",
            #"  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#","#,
        ]
        if symbolic { lines.append(#"  "languageVersion": "2.0","#) }
        lines += [#"  "contentVersion": "1.0.0.0","#, #"  "variables": {"#, #"    "connections": ["#] + elements + ["    ]", "  },"]
        lines += [symbolic ? #"  "resources": {"# : #"  "resources": ["#] + open + [
            #"      "type": "Microsoft.KeyVault/vaults","#,
            #"      "apiVersion": "2023-07-01","#,
            #"      "name": "kv-demo","#,
            #"      "location": "westeurope","#,
            #"      "properties": { "tenantId": "[subscription().tenantId]", "sku": { "family": "A", "name": "standard" }, "enableRbacAuthorization": true, "enableSoftDelete": true, "enablePurgeProtection": true }"#,
            "    },",
        ] + openAccount + AccountFixture.armMembers + [
            "    },",
        ] + openGrant + [
            #"      "type": "Microsoft.Authorization/roleAssignments","#,
            #"      "apiVersion": "2022-04-01","#,
            #"      "scope": "Microsoft.KeyVault/vaults/kv-demo","#,
            #"      "name": "[guid('kv-demo', 'foundry-demo', 'secrets-officer')]","#,
            #"      "properties": {"#,
            #"        "roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')]","#,
            #"        "principalId": "[reference(resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo'), '2025-04-01-preview', 'full').identity.principalId]","#,
            #"        "principalType": "ServicePrincipal""#,
            "      },",
            symbolic ? #"      "dependsOn": ["vault", "account"]"#
                : #"      "dependsOn": ["[resourceId('Microsoft.KeyVault/vaults', 'kv-demo')]", "[resourceId('Microsoft.CognitiveServices/accounts', 'foundry-demo')]"]"#,
            "    },",
        ] + openLoop + [
            #"      "type": "Microsoft.CognitiveServices/accounts/connections","#,
            #"      "apiVersion": "2025-04-01-preview","#,
            #"      "name": "[format('foundry-demo/{0}', variables('connections')[copyIndex()].name)]","#,
        ] + copy + [
            #"      "properties": {"#,
            #"        "category": "[variables('connections')[copyIndex()].category]","#,
            #"        "target": "[variables('connections')[copyIndex()].target]","#,
            #"        "authType": "AAD""#,
            "      },",
            symbolic ? #"      "dependsOn": ["grant"]"#
                : #"      "dependsOn": ["[extensionResourceId(resourceId('Microsoft.KeyVault/vaults', 'kv-demo'), 'Microsoft.Authorization/roleAssignments', guid('kv-demo', 'foundry-demo', 'secrets-officer'))]"]"#,
            "    }",
            symbolic ? "  }" : "  ]",
            "}",
        ]
        return lines.joined(separator: newline) + newline
    }

    static let multiLine = [#"      "copy": {"#, #"        "name": "conns","#, #"        "count": "[length(variables('connections'))]""#, "      },"]
    static let multiLineFixed = [#"      "copy": {"#, #"        "name": "conns","#, #"        "count": "[length(variables('connections'))]","#,
                                 #"        "mode": "serial","#, #"        "batchSize": 1"#, "      },"]

    @Test(arguments: [false, true], ["\n", "\r\n"])
    func copyGetsModeAndBatchSize(_ symbolic: Bool, _ newline: String) throws {
        let text = Self.template(copy: Self.multiLine, symbolic: symbolic, newline: newline)
        let finding = try #require(FixTestSupport.findings(.keyvaultFirst, text, path: "/virtual/azuredeploy.json").first)
        let fix = try #require(finding.fix)
        #expect(fix.applicability == .safe)
        #expect(finding.help == fix.title)
        let fixed = FixTestSupport.fixed(text, path: "/virtual/azuredeploy.json")
        #expect(fixed == Self.template(copy: Self.multiLineFixed, symbolic: symbolic, newline: newline))
        let check = FixTestSupport.honesty(text, path: "/virtual/azuredeploy.json")
        #expect(check.problems.isEmpty, "\(check.problems)")
        #expect(check.applied == 1)
    }

    /// A parallel mode written last is set in place and the batch size follows it; an existing
    /// batch size is set to 1; a one-line copy object stays on one line.
    @Test func copyMembersSetInPlace() {
        let cases: [([String], [String])] = [
            ([#"      "copy": {"#, #"        "name": "conns","#, #"        "count": 2,"#, #"        "mode": "parallel""#, "      },"],
             [#"      "copy": {"#, #"        "name": "conns","#, #"        "count": 2,"#, #"        "mode": "serial","#, #"        "batchSize": 1"#, "      },"]),
            ([#"      "copy": {"#, #"        "name": "conns","#, #"        "count": 2,"#, #"        "mode": "serial","#, #"        "batchSize": 2"#, "      },"],
             [#"      "copy": {"#, #"        "name": "conns","#, #"        "count": 2,"#, #"        "mode": "serial","#, #"        "batchSize": 1"#, "      },"]),
            ([#"      "copy": { "name": "conns", "count": 2 },"#],
             [#"      "copy": { "name": "conns", "count": 2, "mode": "serial", "batchSize": 1 },"#]),
            ([#"      "copy": { "name": "conns", "count": 2, "batchSize": 1 },"#],
             [#"      "copy": { "name": "conns", "count": 2, "batchSize": 1, "mode": "serial" },"#]),
        ]
        for (copy, expected) in cases {
            let text = Self.template(copy: copy)
            let fixed = FixTestSupport.fixed(text, path: "/virtual/azuredeploy.json")
            #expect(fixed == Self.template(copy: expected), "\(copy)")
            let check = FixTestSupport.honesty(text, path: "/virtual/azuredeploy.json")
            #expect(check.problems.isEmpty && check.applied == 1, "\(copy): \(check.problems)")
        }
    }

    @Test func keyVaultNotFirstHasNoFix() throws {
        for symbolic in [false, true] {
            let text = Self.template(copy: Self.multiLine, symbolic: symbolic, keyVaultFirst: false)
            let finding = try #require(FixTestSupport.findings(.keyvaultFirst, text, path: "/virtual/azuredeploy.json").first)
            #expect(finding.fix == nil)
            #expect(finding.help?.contains("batchSize") == false && finding.help?.contains("serial") == false)
        }
    }

    /// A mode chosen by a parameter is left to it.
    @Test func modeExpressionHasNoFix() throws {
        let copy = [#"      "copy": { "name": "conns", "count": 2, "mode": "[if(true(), 'parallel', 'serial')]" },"#]
        let finding = try #require(FixTestSupport.findings(.keyvaultFirst, Self.template(copy: copy), path: "/virtual/azuredeploy.json").first)
        #expect(finding.fix == nil)
    }
}
