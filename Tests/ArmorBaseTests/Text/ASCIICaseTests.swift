import Testing
@testable import ArmorBase

@Suite struct ASCIICaseTests {
    @Test func comparisonsFoldOnlyASCIILetters() {
        #expect(ASCIICase.equal("Microsoft.KeyVault", "microsoft.keyvault"))
        #expect(!ASCIICase.equal("É", "é"))
        #expect(ASCIICase.hasPrefix("ListKeys", "list"))
        #expect(!ASCIICase.hasPrefix("li", "list"))
        #expect(ASCIICase.hasSuffix("a/providers/RoleAssignments", "/providers/roleassignments"))
        #expect(!ASCIICase.hasSuffix("ments", "/providers/roleassignments"))
        #expect(ASCIICase.folded("Microsoft.KeyVault/VAULTS-É") == "microsoft.keyvault/vaults-É")
    }

    @Test func containsFindsANeedleAnywhere() {
        #expect(ASCIICase.contains("/roleDefinitions/B86A8FE4-44ce", "b86a8fe4"))
        #expect(ASCIICase.contains("abc", "ABC"))
        #expect(ASCIICase.contains("abc", ""))
        #expect(!ASCIICase.contains("ab", "abc"))
        #expect(!ASCIICase.contains("aab-x", "abx"))
    }
}
