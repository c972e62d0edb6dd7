import Testing
@testable import ArmorAnalysis

@Suite struct EvaluatorEnvironmentTests {
    @Test func parametersFileWinsOverDefault() {
        var t = TemplateBuilder()
        t.param("name", default: V.s("default"))
        t.param("other", default: V.s("d2"))
        t.param("required")
        let e = t.evaluator(["NAME": .string("fromFile")])
        #expect(e.evaluate(V.param("name")) == .string("fromFile"))
        #expect(e.evaluate(V.param("Other")) == .string("d2"))
        #expect(e.evaluate(V.param("required")) == .unknown)
        #expect(e.evaluate(V.param("undeclared")) == .unknown)
    }

    @Test func defaultsMayUseOtherParametersAndRuntimeDefaultsAreUnknown() {
        var t = TemplateBuilder()
        t.param("prefix", default: V.s("ai"))
        t.param("account", default: V.interp(V.param("prefix"), V.s("-acct")))
        t.param("location", default: V.member(V.call("resourceGroup"), "location"))
        let e = t.evaluator()
        #expect(e.evaluate(V.param("account")) == .string("ai-acct"))
        #expect(e.evaluate(V.param("location")) == .unknown)
        #expect(t.evaluator(["prefix": .string("x")]).evaluate(V.param("account")) == .string("x-acct"))
    }

    @Test func variablesAreLazyChainedAndCycleSafe() {
        var t = TemplateBuilder()
        t.param("env", default: V.s("dev"))
        t.variable("base", V.interp(V.s("kv-"), V.param("env")))
        t.variable("full", V.call("toUpper", V.variable("base")))
        t.variable("a", V.variable("b"))
        t.variable("b", V.interp(V.variable("a"), V.s("x")))
        t.variable("self", V.variable("self"))
        let e = t.evaluator()
        #expect(e.evaluate(V.variable("full")) == .string("KV-DEV"))
        #expect(e.evaluate(V.variable("FULL")) == .string("KV-DEV"))
        #expect(e.evaluate(V.variable("a")) == .unknown)
        #expect(e.evaluate(V.variable("self")) == .unknown)
        #expect(e.evaluate(V.variable("missing")) == .unknown)
    }

    @Test func variablesDoNotSeeCallerLocals() {
        var t = TemplateBuilder()
        t.variable("v", V.local("item"))
        let e = t.evaluator().binding(["item": .string("x")])
        #expect(e.evaluate(V.local("item")) == .string("x"))
        #expect(e.evaluate(V.variable("v")) == .unknown)
    }

    @Test func roleIdThroughAVariable() {
        var t = TemplateBuilder()
        t.variable("secretsOfficer", V.s("b86a8fe4-44ce-4948-aee5-eccb2c155cd7"))
        let id = t.evaluator().evaluate(V.call("subscriptionResourceId",
                                               V.s("Microsoft.Authorization/roleDefinitions"),
                                               V.variable("secretsOfficer")))
        #expect(id.resourceIdValue?.lastName == .string("b86a8fe4-44ce-4948-aee5-eccb2c155cd7"))
        #expect(id.knownStrings.contains("b86a8fe4-44ce-4948-aee5-eccb2c155cd7"))
    }

    @Test func conditions() {
        var t = TemplateBuilder()
        t.param("deployKv", default: V.b(false))
        t.param("flag")
        let e = t.evaluator()
        #expect(e.condition(nil) == true)
        #expect(e.condition(V.param("deployKv")) == false)
        #expect(e.condition(V.param("flag")) == nil)
        #expect(e.condition(V.bin(.and, V.param("flag"), V.param("deployKv"))) == false)
        #expect(e.condition(V.s("x")) == nil)
        #expect(t.evaluator(["flag": .bool(true)]).condition(V.param("flag")) == true)
    }

    @Test func loopElementsAndForExpressions() {
        var t = TemplateBuilder()
        t.param("connections", default: V.arr(
            V.obj(("name", V.s("kv")), ("category", V.s("AzureKeyVault")), ("target", V.param("vaultId"))),
            V.obj(("name", V.s("search")), ("category", V.s("CognitiveSearch")))))
        t.param("vaultId")
        t.param("runtime")
        let e = t.evaluator()
        let elements = e.loopElements(of: V.param("connections"))
        #expect(elements?.count == 2)
        #expect(elements?[0]["category"] == .string("AzureKeyVault"))
        #expect(elements?[0]["target"] == .unknown)
        #expect(e.loopElements(of: V.param("runtime")) == nil)
        #expect(e.loopElements(of: V.call("range", V.i(0), V.i(2))) == [.int(0), .int(1)])
        let names = V.forLoop("c", "i", in: V.param("connections"),
                              V.interp(V.member(V.local("c"), "name"), V.s("-"), V.local("i")))
        #expect(e.evaluate(names) == .array([.string("kv-0"), .string("search-1")]))
        #expect(e.evaluate(V.forLoop("c", nil, in: V.param("runtime"), V.local("c"))) == .unknown)
    }

    @Test func resourceLoopElementsBindItemIndexAndCopyIndex() {
        var t = TemplateBuilder()
        t.param("cats", default: V.arr(V.s("AzureKeyVault"), V.s("ApiKey")))
        let body = V.obj(("properties", V.obj(("category", V.local("cat")), ("n", V.local("i")),
                                              ("arm", V.call("copyIndex", V.i(10))),
                                              ("named", V.call("copyIndex", V.s("connLoop"))))))
        let idx = t.resource("conns", "Microsoft.CognitiveServices/accounts/connections",
                             name: V.interp(V.s("acct/c"), V.local("i")),
                             loop: Loop(item: "cat", index: "i", source: V.param("cats"), copyName: "connLoop"),
                             body: body)
        let e = t.evaluator()
        let resource = t.template.resources[idx]
        let elements = e.elements(of: resource)
        #expect(elements?.count == 2)
        let second = elements?[1].evaluate(resource.body)
        #expect(second?.path("properties", "category") == .string("ApiKey"))
        #expect(second?.path("properties", "n") == .int(1))
        #expect(second?.path("properties", "arm") == .int(11))
        #expect(second?.path("properties", "named") == .int(1))
        #expect(elements?[1].nameSegments(ofResource: idx) == [.string("acct"), .string("c1")])
        #expect(e.element(0, of: resource)?.evaluate(V.local("cat")) == .string("AzureKeyVault"))
        #expect(e.element(2, of: resource) == nil)
        // Without the element bound, copyIndex() means nothing.
        #expect(e.evaluate(V.call("copyIndex")) == .unknown)
    }

    @Test func unknownLoopArrayGivesNoElements() {
        var t = TemplateBuilder()
        t.param("cats")
        let idx = t.resource("conns", "Microsoft.CognitiveServices/accounts/connections", name: V.s("a/b"),
                             loop: Loop(item: "c", index: nil, source: V.param("cats"), copyName: nil))
        #expect(t.evaluator().elements(of: t.template.resources[idx]) == nil)
        let plain = t.resource("one", "Microsoft.KeyVault/vaults", name: V.s("kv"))
        #expect(t.evaluator().elements(of: t.template.resources[plain])?.count == 1)
    }
}

@Suite struct EvaluatorHostileInputTests {
    @Test func resourceNameAndScopeCyclesEndAsUnknown() {
        var t = TemplateBuilder()
        t.resource("a", "Microsoft.KeyVault/vaults", name: V.interp(V.member(V.res("b"), "name"), V.member(V.res("b"), "name")))
        t.resource("b", "Microsoft.KeyVault/vaults", name: V.interp(V.member(V.res("a"), "name"), V.member(V.res("a"), "name")))
        let ra = t.resource("ra", "Microsoft.Authorization/roleAssignments", name: V.s("x"), scope: V.res("rb"))
        let rb = t.resource("rb", "Microsoft.Authorization/roleAssignments", name: V.s("y"), scope: V.res("ra"))
        let self1 = t.resource("self", "Microsoft.KeyVault/vaults", name: V.member(V.res("self"), "name"), parent: 4)
        let e = t.evaluator()
        #expect(e.evaluate(V.member(V.res("a"), "name")) == .unknown)
        #expect(e.resourceId(ofResource: ra) == .unknown)
        #expect(e.resourceId(ofResource: rb) == .unknown)
        #expect(e.nameSegments(ofResource: self1) == [.unknown])
    }

    @Test func exponentialVariablesAreMemoised() {
        var t = TemplateBuilder()
        t.variable("v0", V.s("x"))
        for i in 1...60 { t.variable("v\(i)", V.call("concat", V.variable("v\(i - 1)"), V.variable("v\(i - 1)"))) }
        t.variable("w0", V.s("x"))
        for i in 1...60 { t.variable("w\(i)", V.bin(.equal, V.variable("w\(i - 1)"), V.variable("w\(i - 1)"))) }
        // 2^60 characters cannot be built, but the work stays linear: memoised variables.
        #expect(t.evaluator().evaluate(V.variable("w60")) == .bool(true))
        #expect(t.evaluator().evaluate(V.call("length", V.variable("v12"))) == .int(4096))
    }

    @Test func nestedHugeLoopsRunOutOfBudget() {
        let inner = V.forLoop("j", nil, in: V.call("range", V.i(0), V.i(2_000)), V.local("j"))
        let outer = V.forLoop("i", nil, in: V.call("range", V.i(0), V.i(2_000)), inner)
        var evaluator = Evaluator(environment: Environment())
        evaluator.stepBudget = 20_000
        let value = evaluator.evaluate(outer)
        // The budget stops the work: later elements are unknown, never invented.
        #expect(value.arrayValue?.count == 2_000)
        #expect(value.arrayValue?.first?.isFullyKnown == true)
        #expect(value.arrayValue?.last == .unknown)
    }
}
