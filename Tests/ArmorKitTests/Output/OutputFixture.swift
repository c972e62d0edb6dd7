@testable import ArmorBase
@testable import ArmorAnalysis
@testable import ArmorRules
@testable import ArmorKit

/// A hand-built report exercising every reporter: a CRLF file with multi-byte characters before
/// and inside spans, a tab-indented file with a multi-line span and located notes, a clean file,
/// and messages full of characters that each format must escape.
enum OutputFixture {
    static let root = "/work/project"
    static let mainPath = "infra/main.bicep"
    static let networkPath = "/work/project/infra/modules/net work.bicep"
    static let cleanPath = "infra/clean.json"

    static let mainText = [
        "resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {",
        "  name: 'kv-main'",
        "}",
        "resource conn 'Microsoft.Web/connections@2016-06-01' = { name: 'ç😀-conn', location: 'westeurope' }",
        "resource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = {",
        "  name: guid('ra')",
        "  properties: { principalId: 'x' }",
        "}",
    ].joined(separator: "\r\n") + "\r\n"

    static let networkText = [
        "resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {",
        "\tname: 'vnet'",
        "\tproperties: {",
        "\t\taddressSpace: { addressPrefixes: ['172.17.0.0/16'] }",
        "\t}",
        "\tdependsOn: [subnet]",
        "}",
        "resource subnet 'Microsoft.Network/virtualNetworks/subnets@2023-09-01' = {",
        "\tname: 'default'",
        "\tparent: vnet",
        "}",
    ].joined(separator: "\n") + "\n"

    static let cleanText = "{\n  \"resources\": []\n}\n"

    static let rules = [
        metadata(.keyvaultFirst, .error, .deploymentOrder,
                 "A Key Vault connection must be deployed before every other connection of its account."),
        metadata(.roleAssignmentPrincipalType, .warning, .security,
                 "A role assignment should state its principal type."),
        metadata(.dependencyCycle, .error, .graph, "Resources must not depend on each other in a cycle."),
        metadata(.vnetDockerBridgeRange, .warning, .network,
                 "A virtual network should not overlap Docker's default bridge range."),
        metadata(.unnecessaryDependsOn, .info, .graph, "A dependsOn entry should not repeat an implicit dependency."),
    ]

    static var report: LintReport { makeReport(mainText: mainText, networkText: networkText) }

    /// The same findings over edited sources (to test fingerprints under line shifts).
    static func makeReport(mainText: String, networkText: String) -> LintReport {
        let main = SourceFile(path: mainPath, text: mainText)
        let network = SourceFile(path: networkPath, text: networkText)
        let clean = SourceFile(path: cleanPath, text: cleanText)
        let m = { (needle: String) in Location(path: mainPath, span: span(of: needle, in: mainText)) }
        let n = { (needle: String, after: String) in
            Location(path: networkPath, span: span(of: needle, after: after, in: networkText))
        }
        let subnetStart = span(of: "resource subnet", in: networkText).start
        let diagnostics = [
            Diagnostic(code: .rule(.keyvaultFirst), severity: .error,
                       message: "connection 'conn' can deploy before Key Vault 'kv' (100% sure; see [dependsOn]: add it, then redeploy)",
                       location: m("'ç😀-conn'"),
                       notes: [Note("Key Vault connection declared here", at: m("kv"))],
                       help: "Add `dependsOn: [kv]` to 'conn'.",
                       fix: Fix(title: "Add `dependsOn: [kv]` to 'conn'.", edits: [
                           .insert(", dependsOn: [kv]", at: span(of: "location: 'westeurope'", in: mainText).end, in: mainPath)])),
            Diagnostic(code: .syntax(SyntaxCode.bcp068), severity: .info,
                       message: "Resource type \"Microsoft.Web/connections@2016-06-01\" has no types available.",
                       location: m("location: 'westeurope'")),
            Diagnostic(code: .rule(.roleAssignmentPrincipalType), severity: .warning,
                       message: "role assignment 'ra' has no principalType\nset principalType: \"ServicePrincipal\" for <managed> & <workload> identities",
                       location: m("properties"),
                       notes: [Note("Azure then skips the directory lookup that fails for new identities")],
                       help: "Add principalType: 'ServicePrincipal'.",
                       fix: Fix(title: "Add principalType: 'ServicePrincipal'.", applicability: .unsafe, edits: [
                           TextEdit(path: mainPath, span: span(of: "principalId: 'x'", in: mainText),
                                    replacement: "principalId: 'x', principalType: \"ServicePrincipal\"")])),
            Diagnostic(code: .rule(.dependencyCycle), severity: .error,
                       message: "resources 'vnet' and 'subnet' depend on each other",
                       location: Location(path: networkPath, span: Span(Int(subnetStart), networkText.utf8.count - 1)),
                       notes: [Note("'vnet' depends on 'subnet' here", at: n("subnet", "dependsOn: [")),
                               Note("'subnet' is a child of 'vnet' here", at: n("vnet", "parent: "))]),
            Diagnostic(code: .rule(.vnetDockerBridgeRange), severity: .warning,
                       message: "address prefix '172.17.0.0/16' overlaps Docker's bridge 172.17.0.0/16, so builds on this network break",
                       location: n("'172.17.0.0/16'", ""),
                       help: "Use an address space outside 172.17.0.0/16."),
        ].sorted(by: Diagnostic.outputOrder)
        return LintReport(diagnostics: diagnostics,
                          sources: [mainPath: main, networkPath: network, cleanPath: clean],
                          files: [mainPath, networkPath, cleanPath], rules: rules, root: root,
                          toolVersion: "0.1.0-test")
    }

    static func metadata(_ id: RuleID, _ severity: Severity, _ category: RuleMetadata.Category,
                         _ summary: String) -> RuleMetadata {
        RuleMetadata(id: id, severity: severity, category: category, languages: [], summary: summary)
    }

    /// The byte span of `needle` in the first occurrence of `after + needle`.
    static func span(of needle: String, after: String = "", in text: String) -> Span {
        let hay = Array(text.utf8)
        let pattern = Array((after + needle).utf8)
        guard pattern.count <= hay.count else { return .zero }
        for start in 0...(hay.count - pattern.count) where Array(hay[start..<start + pattern.count]) == pattern {
            return Span(start + after.utf8.count, start + pattern.count)
        }
        return .zero
    }
}
