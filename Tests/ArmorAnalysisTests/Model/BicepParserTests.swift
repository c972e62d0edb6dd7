import Testing
@testable import ArmorBase
@testable import ArmorSyntax
@testable import ArmorAnalysis

/// bicep-syntax.md §3 "tricky inputs" and the other grammar constructs.
@Suite struct BicepParserTests {
    static func parse(_ text: String, parameters: Bool = false) -> BicepSyntaxTree {
        BicepParser.parse(SourceFile(path: "t.bicep", text: text), isParameterFile: parameters)
    }

    static func errors(_ text: String) -> [String] {
        parse(text).issues.filter { $0.severity == .error }.map(\.code.rawValue)
    }

    static func value(_ text: String) -> BicepExpression? {
        for s in parse(text).statements {
            if case .variable(_, _, let v) = s.kind { return v }
            if case .output(_, _, let v) = s.kind { return v }
        }
        return nil
    }

    @Test(arguments: [
        "var s = 'cost: \\${x}'",
        "var s = '${a}${b}'",
        "var s = $$'''{\"a\": $${x}}'''",
        "var t = '''\n  x\n'''",
        "resource r 'T@v' =\n  // c\n  if (cond) {\n  }",
        "var o = { a: 1, b: 2, }",
        "var x = cond\n  ? 'a'\n  : 'b'",
        "var z = a.?b[?0]!.c ?? d[^1]",
        "var f = map(xs, x => x.name)\nvar g = reduce(xs, 0, (acc, x) => acc + x)",
        "output o string = parent::child.properties.x",
        "resource p 'A/b@1' = {\n  resource: 'x'\n}",
        "resource p 'A/b@1' = {\n  @batchSize(1)\n  resource c 'kids' = [for i in range(0,2): {\n    name: 'c${i}'\n  }]\n}",
        "@sys.description('d')\n\n// note\nparam p string",
        "#disable-next-line BCP081 no-unused-vars\nvar a = 1",
        "var i = 018",
        "var k = -9223372036854775808",
        "var arr = [for (x, i) in items: { n: x, i: i }]",
        "type u =\n  | 'a'\n  | 'b'",
        "import { a as b, 'c-d' as cd } from 'lib.bicep'",
        "extension microsoftGraphV1\nextension kubernetes with { namespace: 'x' } as k8s",
        "import * as ns from 'x.bicep'\nimport 'az@1.0.0'\nprovider 'p@1' as pp",
        "targetScope = 'subscription'\nmetadata info = { a: 1 }",
        "param tags object?\nparam zones ('1' | '2' | '3')[]\nparam r resourceInput<'Microsoft.Storage/storageAccounts@2023-05-01'>.properties?",
        "type t = { @description('x') name: string, *: int }\ntype tup = [string, int]\ntype n = -1 | 2",
        "func add(a int, b int) int => a + b\nvar typed string = 'x'",
        "assert ok = 1 == 1\ntest t 'main.bicep' = {\n  params: {}\n}",
        "module m 'br/public:avm/res/x:1.0.0' = {\n  name: 'm'\n}\nmodule n 'ts:sub/rg/spec:1' = if (c) {\n}",
        "resource r 'A/b@1' existing = {\n  name: 'x'\n}",
        "var x = {\n  'quoted key': 1\n  '${k}': 2\n  ...spread\n}\nvar y = [\n  ...xs\n  1, 2\n]",
        "var l = () => 1\nvar m = (a,\n  b) => a\nvar n = !(!flag)\nvar o = -x.y[0]",
        "var a = 1 < 2 && 3 >= 4 || 5 =~ 'x' && 6 !~ 'y' && 7 != 8 && 9 % 2 == 1",
        "output r resource = myRes\noutput s resource 'A/b@1' = myRes",
        "var c = concat(\n  'a',\n  'b'\n)",
        "var x = az.resourceGroup().location\nvar y = sys.concat('a')",
    ])
    func validInputsParseClean(_ text: String) {
        let issues = Self.parse(text).issues.filter { $0.severity == .error }
        #expect(issues.isEmpty, "\(issues.map { "\($0.code.rawValue) \($0.message)" })")
    }

    @Test(arguments: [
        ("var s = 'it''s'", "BCP019"),
        ("var o = {\n  a: 1,\n  b: 2\n}", "BCP238"),
        ("var x = concat(\n  'a'\n  'b')", "BCP237"),
        ("var x = cond ?\n'a' : 'b'", "BCP009"),
        ("var y = !!flag", "BCP009"),
        ("var a = 1 /* multi\nline */ var b = 2", "BCP019"),
        ("param p string = \"x\"", "BCP103"),
        ("var j = 1.5", "BCP020"),
        ("var arr = [for (x,\ni) in items: x]", "BCP136"),
        ("type u = 'a' |\n'b'", "BCP300"),
        ("resource x 'T@v' =\n{\n}", "BCP118"),
        ("var x = [1 2]", "BCP236"),
        ("var x = a[]", "BCP117"),
        ("var x = '${{a: 1}}'", "BCP087"),
        ("foo bar", "BCP007"),
        ("var x = (1, 2)", "BCP243"),
        ("param p", "BCP279"),
        ("import { 'a-b' } from 'x'", "BCP375"),
    ])
    func invalidInputsReportTheCompilersCode(_ text: String, _ code: String) {
        #expect(Self.errors(text).contains(code), "\(Self.errors(text))")
    }

    @Test func providerParsesLikeExtensionWithAWarning() {
        let tree = Self.parse("provider 'kubernetes@1.0.0' with { namespace: 'x' } as k8s\n")
        #expect(tree.issues.map(\.code) == [.bicepProviderKeyword])
        #expect(tree.issues.first?.severity == .warning)
        guard case .extensionDeclaration(let spec, let alias, _)? = tree.statements.first?.kind else {
            Issue.record("extension")
            return
        }
        #expect(spec == "kubernetes@1.0.0" && alias?.text == "k8s")
    }

    @Test func resourceKeyIsAPlainPropertyWhenFollowedByColon() {
        let tree = Self.parse("resource p 'A/b@1' = {\n  resource: 'x'\n}")
        guard case .resource(let decl) = tree.statements.first?.kind, case .object(let elements) = decl.value.kind else {
            Issue.record("no resource")
            return
        }
        guard case .property(.name(let key, _), _) = elements.first else {
            Issue.record("not a property")
            return
        }
        #expect(key == "resource")
    }

    @Test func precedenceAndAssociativity() {
        guard case .binary(.or, let l, _)? = Self.value("var x = a && b || c")?.kind else {
            Issue.record("|| should be the root")
            return
        }
        guard case .binary(.and, _, _) = l.kind else {
            Issue.record("&& binds tighter")
            return
        }
        guard case .binary(.subtract, let left, _)? = Self.value("var y = 1 - 2 - 3")?.kind,
              case .binary(.subtract, _, _) = left.kind else {
            Issue.record("- is left-associative")
            return
        }
        guard case .ternary(_, _, let f)? = Self.value("var z = a ? b : c ? d : e")?.kind,
              case .ternary = f.kind else {
            Issue.record("?: is right-associative")
            return
        }
        guard case .binary(.add, _, let r)? = Self.value("var w = 1 + 2 * 3")?.kind,
              case .binary(.multiply, _, _) = r.kind else {
            Issue.record("* binds tighter than +")
            return
        }
    }

    @Test func memberChain() {
        guard case .binary(.coalesce, let l, let r)? = Self.value("var z = a.?b[?0]!.c ?? d[^1]")?.kind else {
            Issue.record("coalesce root")
            return
        }
        guard case .property(let nonNull, "c", _, false) = l.kind, case .nonNull(let idx) = nonNull.kind,
              case .index(let prop, _, true, false) = idx.kind, case .property(_, "b", _, true) = prop.kind else {
            Issue.record("a.?b[?0]!.c shape")
            return
        }
        guard case .index(_, _, false, true) = r.kind else {
            Issue.record("from-end index")
            return
        }
    }

    @Test func stringValuesAndHoles() {
        guard case .string(let s)? = Self.value("var s = 'a${b}c${d}'")?.kind else {
            Issue.record("string")
            return
        }
        #expect(s.segments == ["a", "c", ""])
        #expect(s.holes.count == 2)
    }

    @Test func bcp238KeepsBothProperties() {
        let tree = Self.parse("var o = {\n  a: 1,\n  b: 2\n}")
        guard case .variable(_, _, let v)? = tree.statements.first?.kind, case .object(let elements) = v.kind else {
            Issue.record("object")
            return
        }
        #expect(elements.count == 2)
    }

    @Test func declarationsOnOneLineNeedANewLine() {
        let tree = Self.parse("var a = 1 var b = 2\nvar c = 3")
        #expect(tree.issues.map(\.code.rawValue) == ["BCP019"])
        #expect(tree.statements.count == 2)
    }

    /// The compiler keeps only `a` (its value skipped); armor's second pass closes the open
    /// brackets before the column-1 `resource` lines and says so.
    @Test func unclosedBodyIsClosedByTheNextTopLevelDeclaration() {
        let text = "resource a 'A/b@1' = {\n properties: {\n x: concat(1,\n\nresource b 'A/b@1' = {\n  name: a.id\n}\nresource c 'A/b@1' = {\n  name: b.name\n}\n"
        let f = BicepGraphFixture(text)
        #expect(f.symbols == ["a", "b", "c"])
        #expect(f.dependsOn == ["a": [], "b": ["a"], "c": ["b"]])
        let codes = f.template.diagnostics.map(\.code.id)
        #expect(codes.contains("BCP018"))
        #expect(f.template.diagnostics.contains { $0.code.id == "armor-recovery" && $0.severity == .warning })
        // A missing `}` mid-file: the compiler lets the next declaration's body close the open
        // object and absorbs that declaration; the second pass keeps it.
        let mid = BicepGraphFixture("resource a 'A/b@1' = {\n  properties: {\n    x: 1\n}\n\nmodule m './m.bicep' = {\n  name: a.name\n}\n")
        #expect(mid.symbols == ["a", "m"])
        #expect(mid.dependsOn["m"] == ["a"])
        #expect(mid.template.diagnostics.contains { $0.code.id == "armor-recovery" })
        // A valid file with a column-1 `type:` property is untouched.
        #expect(Self.parse("var x = {\ntype: 'a'\n}\n").issues.isEmpty)
        // Without a later top-level declaration the value is lost, as in the compiler.
        let lost = Self.parse("resource a 'A/b@1' = {\n properties: {\n x: 1\n  resource b 'A/b@1' = {\n  }\n")
        #expect(lost.statements.count == 1)
        guard case .resource(let decl)? = lost.statements.first?.kind else {
            Issue.record("resource a")
            return
        }
        #expect(decl.value.isSkipped)
        #expect(!lost.issues.contains { $0.code == .bicepRecovery })
    }

    @Test func lineLevelResync() {
        let tree = Self.parse("resource a 'A/b@1' oops {\n  name: 'x'\n}\nvar ok = 1\n")
        let names = tree.statements.compactMap { s -> String? in
            if case .variable(let n, _, _) = s.kind { return n?.text }
            return nil
        }
        #expect(names == ["ok"])
    }

    @Test func deepNestingIsCappedWithADiagnostic() {
        let depth = 5000
        let text = "var x = " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\nvar y = 1"
        let tree = Self.parse(text)
        #expect(tree.issues.contains { $0.code == .bicepNestingTooDeep })
        let last = tree.statements.last
        if case .variable(let name, _, _)? = last?.kind { #expect(name?.text == "y") } else { Issue.record("y lost") }
        let deepParens = "var x = " + String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
        #expect(Self.parse(deepParens).issues.contains { $0.code == .bicepNestingTooDeep })
        let deepTernary = "var x = " + String(repeating: "a ? b : ", count: depth) + "c"
        #expect(Self.parse(deepTernary).issues.contains { $0.code == .bicepNestingTooDeep })
        // Long left-nested chains are capped too, and the model and graph passes survive them.
        for chain in [String(repeating: "a + ", count: depth) + "a", "a" + String(repeating: ".b", count: depth),
                      "a" + String(repeating: "[0]", count: depth) + String(repeating: "!", count: depth)] {
            let template = BicepFrontend.parseTemplate(SourceFile(path: "x.bicep", text: "var x = \(chain)\nvar y = 1"))
            #expect(template.diagnostics.contains { $0.code == .syntax(.bicepNestingTooDeep) })
            #expect(template.variables.map(\.name) == ["x", "y"])
            _ = BicepDependencyBuilder.build(template)
        }
    }

    /// Found by fuzzing: a hole cut by a newline leaves a zero-width right piece to decode.
    @Test(arguments: ["var s = 'a${b\nvar t = 1", "var s = $'''x${\nvar t = 1", "var s = '\nvar t = 1", "var s = '''\nvar t = 1"])
    func cutStringsDoNotLoseLaterLines(_ text: String) {
        let template = BicepFrontend.parseTemplate(SourceFile(path: "x.bicep", text: text))
        #expect(!template.diagnostics.isEmpty)
        _ = BicepDependencyBuilder.build(template)
        if !text.contains("'''") { #expect(template.variables.map(\.name) == ["s", "t"]) }
    }

    @Test func parameterFile() {
        let source = SourceFile(path: "main.bicepparam", text: "using './main.bicep'\n\nparam name = 'x'\nparam count = 3\nvar v = 1\nparam fromVar = v\n")
        let p = BicepFrontend.parseParameters(source)
        #expect(p.using == "./main.bicep")
        #expect(p.values["name"]?.stringLiteral == "x")
        #expect(p.values["count"]?.kind == .int(3))
        #expect(p.values["fromVar"]?.kind == .variable("v"))
        #expect(p.diagnostics.isEmpty)
        let template = BicepFrontend.parseTemplate(source)
        #expect(template.diagnostics.isEmpty)
        #expect(template.parameters.map(\.name) == ["name", "count", "fromVar"])
        let bad = BicepFrontend.parseParameters(SourceFile(path: "x.bicepparam", text: "resource r 'A/b@1' = {}\n"))
        #expect(bad.diagnostics.map(\.code.id) == ["BCP337"])
    }
}
