import Testing
@testable import ArmorBase

/// One registry of diagnostic codes: `SyntaxCode` (parser, reader, loader, configuration) and
/// `RuleID`. A code names exactly one thing in output, pragmas and `armor.json`.
@Suite struct DiagnosticCodeRegistryTests {
    @Test func everyCodeIsUniqueAcrossSyntaxCodesAndRules() {
        let ids = SyntaxCode.allCases.map(\.rawValue) + RuleID.allCases.map(\.rawValue)
        let duplicates = Dictionary(grouping: ids, by: { $0.lowercased() }).filter { $0.value.count > 1 }.keys
        #expect(duplicates.isEmpty, "codes used twice: \(duplicates.sorted())")
    }

    @Test(arguments: SyntaxCode.allCases)
    func everySyntaxCodeHasAnExplanation(_ code: SyntaxCode) {
        let text = code.explanation
        #expect(text.count >= 8, "\(code.rawValue): explanation too short")
        #expect(text.first?.isUppercase == true && text.hasSuffix("."), "\(code.rawValue): '\(text)' is not a sentence")
    }

    /// The compiler's codes keep their spelling (`BCP019`); armor's own are kebab-case, so a
    /// `#disable-next-line` written for either reads the same as in output.
    @Test(arguments: SyntaxCode.allCases)
    func codesAreBCPNumbersOrKebabCase(_ code: SyntaxCode) {
        let raw = code.rawValue
        let bcp = raw.count == 6 && raw.hasPrefix("BCP") && raw.dropFirst(3).allSatisfy(\.isNumber)
        let kebab = !raw.isEmpty && raw.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }
            && !raw.hasPrefix("-") && !raw.hasSuffix("-") && !raw.contains("--")
        #expect(bcp || kebab, "\(raw)")
    }

    @Test func codesRoundTripThroughTheirText() {
        for code in SyntaxCode.allCases { #expect(SyntaxCode(rawValue: code.rawValue) == code) }
        #expect(SyntaxCode(rawValue: "BCP999") == nil)
    }
}
