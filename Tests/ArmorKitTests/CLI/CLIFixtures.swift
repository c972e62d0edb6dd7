@testable import ArmorSyntax
@testable import ArmorAnalysis
@testable import ArmorKit

/// Templates for the end-to-end CLI tests.
enum CLIFixtures {
    /// A Foundry account with two connections and no `dependsOn` between them. The first
    /// connection's category is `category`; when that is AzureKeyVault, keyvault-first fires on
    /// the second connection (line 21); the first, a Key Vault connection without a role
    /// assignment, also gets a role-assignment-dependson warning (line 11).
    static func foundry(category: String = "'AzureKeyVault'", parameter: Bool = false) -> String {
        let header = parameter ? "param category string = 'AzureBlob'\n" : "\n"
        let value = parameter ? "category" : category
        return header + """
        resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
          name: 'acct'
          location: 'eastus'
          kind: 'AIServices'
          sku: { name: 'S0' }
          identity: { type: 'SystemAssigned' }
          properties: {}
        }

        resource first 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
          parent: account
          name: 'first'
          properties: {
            category: \(value)
            target: 'https://example.invalid/'
            authType: 'AAD'
          }
        }

        resource second 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
          parent: account
          name: 'second'
          properties: {
            category: 'AzureBlob'
            target: 'https://example.blob.core.windows.net/'
            authType: 'AAD'
          }
        }

        """
    }

    /// Line of the `second` connection's `resource` keyword in `foundry()`.
    static let secondLine = 21

    /// Runs `armor lint` with colour off.
    static func lint(_ words: [String], stdin: [UInt8]? = nil) -> CommandResult {
        LintCommand.run(words, environment: ["NO_COLOR": "1"], stdin: { stdin })
    }

    /// `[id]@line` of each finding in concise output.
    static func findings(_ output: String) -> [String] {
        output.split(separator: "\n").compactMap { line -> String? in
            let parts = line.split(separator: ":", maxSplits: 4)
            guard parts.count >= 4, let open = line.firstIndex(of: "["), let close = line.firstIndex(of: "]") else { return nil }
            return "\(line[line.index(after: open)..<close])@\(parts[1])"
        }
    }
}
