/// The Foundry account the fix tests build their templates around, in Bicep and in ARM JSON,
/// written once so that a change to it is made in one place.
enum AccountFixture {
    /// `resource account` in Bicep.
    static let bicep = [
        "resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {",
        "  name: 'foundry-demo'",
        "  location: 'westeurope'",
        "  kind: 'AIServices'",
        "  sku: { name: 'S0' }",
        "  identity: { type: 'SystemAssigned' }",
        "  properties: { customSubDomainName: 'foundry-demo', allowProjectManagement: true }",
        "}",
    ]

    /// The account's members inside an ARM `resources` entry, without the entry's braces.
    static let armMembers = [
        #"      "type": "Microsoft.CognitiveServices/accounts","#,
        #"      "apiVersion": "2025-04-01-preview","#,
        #"      "name": "foundry-demo","#,
        #"      "location": "westeurope","#,
        #"      "kind": "AIServices","#,
        #"      "sku": { "name": "S0" },"#,
        #"      "identity": { "type": "SystemAssigned" },"#,
        #"      "properties": { "customSubDomainName": "foundry-demo", "allowProjectManagement": true }"#,
    ]

    /// The account, a project and a role assignment for the account's identity. With
    /// `dependsOn` the project repeats its parent (unnecessary-dependson, line 15); without
    /// `principalType` the grant lacks one (role-assignment-principal-type, line 18). Both are
    /// safe fixes, and `projectAndGrant(dependsOn: false, principalType: "ServicePrincipal")` is
    /// the text they leave.
    static func projectAndGrant(dependsOn: Bool, principalType: String?) -> [String] {
        bicep + [
            "",
            "resource project 'Microsoft.CognitiveServices/accounts/projects@2025-04-01-preview' = {",
            "  parent: account",
            "  name: 'demo-project'",
            "  location: 'westeurope'",
            "  properties: {} // kept",
        ] + (dependsOn ? ["  dependsOn: [account]"] : []) + [
            "}",
            "",
            "resource grant 'Microsoft.Authorization/roleAssignments@2022-04-01' = {",
            "  name: guid(account.id, 'reader')",
            "  properties: {",
            "    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'acdd72a7-3385-48ef-bd42-f606fba81ae7')",
            "    principalId: account.identity.principalId // the account's identity",
        ] + (principalType.map { ["    principalType: '\($0)'"] } ?? []) + [
            "  }",
            "}",
        ]
    }

    /// Before the fixes: both findings.
    static let unfixed = projectAndGrant(dependsOn: true, principalType: nil)
    /// After the fixes: clean.
    static let fixed = projectAndGrant(dependsOn: false, principalType: "ServicePrincipal")

    /// The lines as a file's text, ending in a newline.
    static func text(_ lines: [String], newline: String = "\n") -> String {
        lines.joined(separator: newline) + newline
    }
}
