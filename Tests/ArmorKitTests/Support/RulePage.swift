@testable import ArmorBase
@testable import ArmorRules
@testable import ArmorKit

/// A parsed `Rules/<id>.md` page (fixed format, style.md "Rule pages").
struct RulePage {
    struct Example {
        /// `bicep`, `json`, `sh`, `powershell`.
        var language: String
        /// `bad`, `good` or `context`.
        var verdict: String
        var text: String
        /// 1-based line within the example where the block starts in the page.
        var pageLine: Int

        /// Lines (1-based, within the example) marked `expect: <id>`.
        func markedLines(_ id: String) -> Set<Int> {
            var lines = Set<Int>()
            for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains("expect: \(id)") {
                lines.insert(i + 1)
            }
            return lines
        }

        var fileExtension: String {
            switch language {
            case "json": "json"
            case "sh", "bash": "sh"
            case "powershell", "ps1": "ps1"
            default: "bicep"
            }
        }
    }

    var id: String
    var severityLine: String
    var summary: String
    var sections: [String]
    var examples: [Example]

    init?(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count > 5, lines[0].hasPrefix("# ") else { return nil }
        id = String(lines[0].dropFirst(2))
        severityLine = lines[2]
        summary = lines[4]
        sections = lines.filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        examples = []
        var i = 0
        while i < lines.count {
            let line = lines[i]
            guard line.hasPrefix("```"), line.count > 3 else { i += 1; continue }
            let info = line.dropFirst(3).split(separator: " ").map(String.init)
            var body: [String] = []
            let start = i + 1
            i += 1
            while i < lines.count && !lines[i].hasPrefix("```") {
                body.append(lines[i])
                i += 1
            }
            i += 1
            if info.count >= 2 {
                examples.append(Example(language: info[0], verdict: info[1], text: body.joined(separator: "\n") + "\n", pageLine: start + 1))
            }
        }
    }

    /// The severity written on the page (`**Severity:** error · …`).
    var severity: String? {
        guard let range = severityLine.range(of: "**Severity:** ") else { return nil }
        return severityLine[range.upperBound...].split(separator: " ").first.map(String.init)
    }
}
