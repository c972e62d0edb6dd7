import Testing
@testable import ArmorBase
@testable import ArmorAnalysis
@testable import ArmorKit

/// The CI formats' escaping rules, one by one (the golden files show them in context).
@Suite struct EscapingTests {
    @Test func gitHubDataEscapesPercentAndLineBreaksOnly() {
        #expect(GitHubReporter.escapeData("100% a:b,c;d]e\r\nf") == "100%25 a:b,c;d]e%0D%0Af")
    }

    @Test func gitHubPropertiesAlsoEscapeColonAndComma() {
        #expect(GitHubReporter.escapeProperty("a:b,c%\n") == "a%3Ab%2Cc%25%0A")
    }

    @Test func gitHubColumnsOnlyForSingleLineSpans() {
        let lines = GitHubReporter().render(OutputFixture.report).split(separator: "\n").map(String.init)
        let cycle = lines.first { $0.contains("dependency-cycle") } ?? ""
        #expect(cycle.hasPrefix("::error file=infra/modules/net work.bicep,line=8,endLine=11,title="))
        #expect(!cycle.contains("col="))
        let keyvault = lines.first { $0.contains("keyvault-first") } ?? ""
        #expect(keyvault.contains(",line=4,col=64,endLine=4,endColumn=74,"))
        #expect(lines.first { $0.contains("BCP068") }?.hasPrefix("::notice ") == true)
        #expect(lines.allSatisfy { $0.hasPrefix("::") })
    }

    @Test func azureEscapesPercentSemicolonBracketAndLineBreaks() {
        #expect(AzureReporter.escape("50% a;b]c\r\nd:e,f") == "50%AZP25 a%3Bb%5Dc%0D%0Ad:e,f")
    }

    @Test func azureLogsInfoAsAPrefixedWarning() {
        let lines = AzureReporter().render(OutputFixture.report).split(separator: "\n")
        let info = lines.first { $0.contains("code=BCP068") } ?? ""
        #expect(info.hasPrefix("##vso[task.logissue type=warning;sourcepath=infra/main.bicep;linenumber=4;columnnumber=76;"))
        #expect(info.hasSuffix("]info: Resource type \"Microsoft.Web/connections@2016-06-01\" has no types available."))
        #expect(lines.count == OutputFixture.report.diagnostics.count)
    }

    @Test func junitEscapesMarkupAndForbiddenCharacters() {
        #expect(JUnitReporter.attribute("a\"<&>\n\t\u{01}") == "a&quot;&lt;&amp;&gt;&#10;&#9;\u{FFFD}")
        #expect(JUnitReporter.text("<a & b>\"\r\n") == "&lt;a &amp; b&gt;\"&#13;\n")
    }

    @Test func junitHasOneCasePerFileAndCodeAndOnePassingCasePerCleanFile() {
        let xml = JUnitReporter().render(OutputFixture.report)
        #expect(xml.contains("tests=\"6\" failures=\"5\""))
        #expect(xml.contains("<testcase classname=\"infra/clean.json\" name=\"lint\" time=\"0\"/>"))
        #expect(xml.contains("<testcase classname=\"infra/main.bicep\" name=\"keyvault-first\""))
        #expect(!xml.contains("classname=\"infra/main.bicep\" name=\"lint\""))
    }

    @Test func junitGroupsFindingsOfOneRuleInOneFile() {
        var report = OutputFixture.report
        let first = report.diagnostics[0]
        var second = first
        second.location.span = Span(0, 1)
        second.severity = .error
        report.diagnostics = [second, first]
        let xml = JUnitReporter().render(report)
        #expect(xml.contains("failures=\"1\""))
        #expect(xml.contains("message=\"2 findings, first at 1:1: "))
        #expect(xml.contains("type=\"error\""))
    }

    @Test func conciseIsOneLinePerFinding() {
        let text = ConciseReporter().render(OutputFixture.report)
        #expect(text.split(separator: "\n").count == OutputFixture.report.diagnostics.count)
        #expect(text.contains("infra/main.bicep:7:3: warning [role-assignment-principal-type] role assignment 'ra' has no principalType set principalType:"))
        #expect(ConciseReporter.oneLine("a\r\nb\rc\nd") == "a b c d")
    }

    @Test func conciseSummaryIsSeparate() {
        #expect(ConciseReporter.summary(OutputFixture.report) == "2 errors, 2 warnings, 1 info in 2 files\n")
    }
}
