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
        #expect(ASCIICase.folded("already-lower-é") == "already-lower-é")
        #expect(ASCIICase.folded("") == "")
        // Byte buffers of other strings (a substring's bytes, a bridged-looking literal) fold the same.
        #expect(ASCIICase.contains(Substring("xxAbCxx").dropFirst(2).description, "abc"))
        #expect(!ASCIICase.equal("ÀB", "àb"))
        #expect(ASCIICase.equal("ÀB", "Àb"))
    }

    @Test func containsFindsANeedleAnywhere() {
        #expect(ASCIICase.contains("/roleDefinitions/B86A8FE4-44ce", "b86a8fe4"))
        #expect(ASCIICase.contains("abc", "ABC"))
        #expect(ASCIICase.contains("abc", ""))
        #expect(!ASCIICase.contains("ab", "abc"))
        #expect(!ASCIICase.contains("aab-x", "abx"))
    }

    /// `lowercased` is `String.lowercased()` exactly: ASCII folded in place, the rest the Unicode way.
    @Test(arguments: ["storageAccountName", "already_lower", "", "A", "LONG_PARAMETER_NAME_WITH_CAPS_1234",
                      "Ünïcode", "İstanbul", "STRASSE-ß", "mixedÉ", "x\u{0}Y"])
    func lowercasedIsTheStandardOne(_ name: String) {
        #expect(ASCIICase.lowercased(name) == name.lowercased())
        #expect(Array(ASCIICase.lowercased(name).utf8) == Array(name.lowercased().utf8))
    }
}
