import Testing
@testable import ArmorBase
@testable import ArmorKit

@Suite struct ConfigFileTests {
    private func parse(_ text: String) -> ConfigFile.Result {
        ConfigFile.parse(SourceFile(path: "cfg/armor.json", text: text), directory: "/repo")
    }

    /// `line:col: message` of each problem, for compact expectations.
    private func problems(_ text: String) -> [String] {
        let source = SourceFile(path: "cfg/armor.json", text: text)
        return parse(text).diagnostics.map {
            let p = source.location(of: $0.location.span.start)
            return "\(p.line):\(p.column): \($0.message)"
        }
    }

    @Test func fullExampleLoads() {
        let result = parse("""
        // comments are allowed
        {
          "$schema": "https://example.invalid/armor.schema.json",
          "rules": { "keyvault-first": "warning", "unused-suppression": "off" },
          "include": ["infra/**"],
          "exclude": ["**/legacy/**",],  /* trailing commas too */
          "overrides": [ { "files": ["infra/sandbox/**"], "rules": { "keyvault-first": "off" } } ],
          "parameters": { "infra/main.bicep": "infra/main.prod.bicepparam" },
          "teardown": { "scripts/teardown.sh": "infra/main.bicep" },
          "failLevel": "warning"
        }
        """)
        #expect(result.diagnostics.isEmpty)
        let c = result.configuration
        #expect(c.rules[.rule(.keyvaultFirst)] == .warning)
        #expect(c.rules[.syntax(.unusedSuppression)] == .off)
        #expect(c.include.map(\.text) == ["infra/**"])
        #expect(c.exclude.map(\.text) == ["**/legacy/**"])
        #expect(c.overrides.count == 1)
        #expect(c.failLevel == .warning)
        #expect(c.parametersFile(forTemplate: "/repo/infra/main.bicep") == "/repo/infra/main.prod.bicepparam")
        #expect(c.parametersFile(forTemplate: "/repo/infra/other.bicep") == nil)
        #expect(c.template(forScript: "/repo/scripts/teardown.sh") == "/repo/infra/main.bicep")
        // Levels: top level, then overrides for matching files.
        #expect(c.level(of: .rule(.keyvaultFirst), forFile: "/repo/infra/main.bicep") == .warning)
        #expect(c.level(of: .rule(.keyvaultFirst), forFile: "/repo/infra/sandbox/x.bicep") == .off)
        #expect(c.level(of: .rule(.dependencyCycle), forFile: "/repo/infra/main.bicep") == nil)
        // Include/exclude.
        #expect(c.includes("/repo/infra/main.bicep"))
        #expect(!c.includes("/repo/infra/legacy/old.bicep"))
        #expect(!c.includes("/repo/docs/example.json"))
        #expect(c.includes("/elsewhere/x.bicep"))   // outside the config's folder
    }

    @Test func unknownKeysAndRulesAreErrorsWithPositions() {
        let text = """
        {
          "rule": {},
          "rules": { "keyvault-frist": "error", "dependency-cycle": "fatal" },
          "failLevel": 3
        }
        """
        #expect(problems(text) == [
            "2:3: unknown key 'rule'; did you mean 'rules'?; expected one of rules, include, exclude, overrides, parameters, teardown, failLevel, registryCache",
            "3:14: unknown rule 'keyvault-frist'; did you mean 'keyvault-first'? (run 'armor rules' for the list)",
            "3:61: invalid value 'fatal' for rule 'dependency-cycle': expected one of 'off', 'info', 'warning', 'error'",
            "4:16: 'failLevel' must be a string, found a number",
        ])
        #expect(parse(text).hasErrors)
    }

    @Test func wrongShapesAreErrors() {
        #expect(problems("[]") == ["1:1: the configuration must be an object, found an array"])
        #expect(problems(#"{"include": "*.bicep"}"#) == ["1:13: 'include' must be an array, found a string"])
        #expect(problems(#"{"exclude": ["[ab"]}"#) == ["1:14: invalid glob '[ab': unclosed '[' in glob pattern"])
        #expect(problems(#"{"overrides": [{"rules": {}}]}"#) == ["1:16: an override needs 'files' (a list of globs)"])
        #expect(problems(#"{"overrides": [{"files": ["a"], "rule": {}}]}"#)
                == [#"1:33: unknown key 'rule' in an override; did you mean 'rules'?; expected 'files' and 'rules'"#])
        #expect(problems(#"{"parameters": {"main.bicep": "main.txt"}}"#)
                == ["1:31: parameters file 'main.txt' must be a .bicepparam or a .json file"])
        #expect(problems(#"{"teardown": {"t.sh": 1}}"#)
                == ["1:23: the value of 't.sh' in 'teardown' must be a string, found a number"])
    }

    @Test func jsonErrorsAndDuplicateKeysAreConfigErrors() {
        let duplicate = problems(#"{"failLevel": "error", "failLevel": "none"}"#)
        #expect(duplicate.count == 1)
        #expect(duplicate.first?.hasPrefix("1:24: duplicate key 'failLevel'") == true)
        let broken = parse(#"{"rules": {"keyvault-first": "error"}"#)
        #expect(broken.hasErrors)
        #expect(broken.diagnostics.allSatisfy { $0.code == .syntax(.config) })
        // The valid part still counts.
        #expect(broken.configuration.rules[.rule(.keyvaultFirst)] == .error)
    }

    @Test func renderGivesPathLineColumn() {
        let source = SourceFile(path: "cfg/armor.json", text: "{\n  \"x\": 1\n}")
        let result = ConfigFile.parse(source, directory: "/repo")
        #expect(ConfigFile.render(result.diagnostics, source: source).hasPrefix("cfg/armor.json:2:3: error: unknown key 'x'"))
    }

    @Test func everyRuleIdIsAccepted() {
        let entries = RuleID.allCases.map { "\"\($0.rawValue)\": \"off\"" }.joined(separator: ", ")
        let result = parse("{ \"rules\": { \(entries) } }")
        #expect(result.diagnostics.isEmpty)
        #expect(result.configuration.rules.count == RuleID.allCases.count)
    }
}
