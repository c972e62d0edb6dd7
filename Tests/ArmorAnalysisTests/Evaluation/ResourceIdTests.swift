import Testing
@testable import ArmorAnalysis

@Suite struct ResourceIdTests {
    static let kvType = "Microsoft.KeyVault/vaults"
    static let connType = "Microsoft.CognitiveServices/accounts/connections"

    @Test func resourceIdForms() {
        let plain = evaluateAlone(V.call("resourceId", V.s(Self.kvType), V.s("kv1"))).resourceIdValue
        #expect(plain == KnownResourceId(scope: .resourceGroup(subscription: nil, group: nil),
                                         type: Self.kvType, names: [.string("kv1")]))
        let inGroup = evaluateAlone(V.call("resourceId", V.s("rg2"), V.s(Self.kvType), V.s("kv1"))).resourceIdValue
        #expect(inGroup?.scope == .resourceGroup(subscription: nil, group: .string("rg2")))
        let full = evaluateAlone(V.call("resourceId", V.s("sub"), V.s("rg2"), V.s(Self.connType), V.s("a"), V.s("c")))
        #expect(full.resourceIdValue?.scope == .resourceGroup(subscription: .string("sub"), group: .string("rg2")))
        #expect(full.resourceIdValue?.fullName == "a/c")
        let slashName = evaluateAlone(V.call("resourceId", V.s(Self.connType), V.s("a/c")))
        #expect(slashName.resourceIdValue?.names == [.string("a"), .string("c")])
        #expect(evaluateAlone(V.call("resourceId", V.s(Self.connType), V.s("a"))) == .unknown)
        #expect(evaluateAlone(V.call("resourceId", V.unknown, V.s("kv"))) == .unknown)
        let unknownName = evaluateAlone(V.call("resourceId", V.s(Self.kvType), V.unknown))
        #expect(unknownName.resourceIdValue?.names == [.unknown])
    }

    @Test func currentScopeArgumentsMeanTheDeploymentsOwn() {
        let explicit = evaluateAlone(V.call("resourceId",
                                            V.member(V.call("subscription"), "subscriptionId"),
                                            V.member(V.call("resourceGroup"), "name"),
                                            V.s(Self.kvType), V.s("kv1")))
        let implicit = evaluateAlone(V.call("resourceId", V.s(Self.kvType), V.s("kv1")))
        #expect(explicit.equals(implicit) == true)
        let otherGroup = evaluateAlone(V.call("resourceId", V.s("rg"), V.s(Self.kvType), V.s("kv1")))
        #expect(otherGroup.equals(implicit) == nil)
        let otherName = evaluateAlone(V.call("resourceId", V.s(Self.kvType), V.s("KV2")))
        #expect(otherName.equals(implicit) == false)
        let caseOnly = evaluateAlone(V.call("resourceId", V.s("microsoft.keyvault/VAULTS"), V.s("KV1")))
        #expect(caseOnly.equals(implicit) == true)
    }

    @Test func idsCompareWithLiteralIdStringsAndGuidsWithNothingLiteral() {
        let id = evaluateAlone(V.call("resourceId", V.s("rg"), V.s(Self.kvType), V.s("kv1")))
        let full = KnownValue.string("/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv1")
        #expect(id.equals(full) == nil)  // the subscription is the deployment's, unknown here
        let explicit = evaluateAlone(V.call("resourceId", V.s("s"), V.s("rg"), V.s(Self.kvType), V.s("kv1")))
        #expect(explicit.equals(full) == true)
        #expect(full.equals(explicit) == true)
        #expect(explicit.equals(.string("kv1")) == false)
        let guid = evaluateAlone(V.call("guid", V.s("a")))
        #expect(guid.equals(.string("b86a8fe4-44ce-4948-aee5-eccb2c155cd7")) == nil)
        #expect(evaluateAlone(V.bin(.equal, V.call("guid", V.s("a")), V.s("x"))) == .bool(false))
        #expect(evaluateAlone(V.bin(.equal, V.call("guid", V.s("a")),
                                    V.s("00482A5A-887F-4FB3-B363-3B7FE8E74483"))) == .unknown)
    }

    @Test func parameterFileLiterals() {
        #expect(Evaluator.literal(V.arr(V.s("a"), V.i(1))) == .array([.string("a"), .int(1)]))
        #expect(Evaluator.literal(V.param("other")) == .unknown)
    }

    @Test func subscriptionTenantAndExtensionIds() {
        let role = evaluateAlone(V.call("subscriptionResourceId", V.s("Microsoft.Authorization/roleDefinitions"),
                                        V.s("f25e0fa2-a7c8-4377-a976-54943a77a395")))
        #expect(role.resourceIdValue?.scope == .subscription(nil))
        #expect(role.resourceIdValue?.lastName == .string("f25e0fa2-a7c8-4377-a976-54943a77a395"))
        let otherSub = evaluateAlone(V.call("subscriptionResourceId", V.s("s1"),
                                            V.s("Microsoft.Authorization/roleDefinitions"), V.s("g")))
        #expect(otherSub.resourceIdValue?.scope == .subscription(.string("s1")))
        let tenant = evaluateAlone(V.call("tenantResourceId", V.s("Microsoft.Management/managementGroups"), V.s("mg")))
        #expect(tenant.resourceIdValue?.scope == .tenant)
        let base = V.call("resourceId", V.s(Self.kvType), V.s("kv"))
        let ext = evaluateAlone(V.call("extensionResourceId", base, V.s("Microsoft.Authorization/roleAssignments"), V.s("ra")))
        #expect(ext.resourceIdValue?.scope == .extension(evaluateAlone(base)))
    }

    @Test func subscriptionTargetScopeChangesPlainResourceId() {
        var t = TemplateBuilder()
        t.template.targetScope = "subscription"
        let id = t.evaluator().evaluate(V.call("resourceId", V.s("Microsoft.Resources/resourceGroups"), V.s("rg")))
        #expect(id.resourceIdValue?.scope == .subscription(nil))
    }

    @Test func symbolNameIdAndTypeOfResources() {
        var t = TemplateBuilder()
        t.param("accountName", default: V.s("acct"))
        let account = t.resource("account", "Microsoft.CognitiveServices/accounts", name: V.param("accountName"))
        let project = t.resource("project", "Microsoft.CognitiveServices/accounts/projects", name: V.s("proj"), parent: account)
        t.resource("conn", "Microsoft.CognitiveServices/accounts/projects/connections", name: V.s("kvconn"), parent: project)
        let e = t.evaluator()
        #expect(e.evaluate(V.member(V.res("project"), "name")) == .string("proj"))
        #expect(e.evaluate(V.member(V.res("conn"), "type")) == .string("Microsoft.CognitiveServices/accounts/projects/connections"))
        let id = e.evaluate(V.member(V.res("conn"), "id")).resourceIdValue
        #expect(id?.names == [.string("acct"), .string("proj"), .string("kvconn")])
        let written = e.evaluate(V.call("resourceId", V.s("Microsoft.CognitiveServices/accounts/projects/connections"),
                                        V.s("acct"), V.s("proj"), V.s("kvconn")))
        #expect(id.map { KnownValue.resourceId($0) }?.equals(written) == true)
        #expect(e.evaluate(V.member(V.res("account"), "properties")) == .unknown)
        #expect(e.evaluate(V.member(V.member(V.res("account"), "identity"), "principalId")) == .unknown)
        #expect(e.evaluate(V.member(V.res("nope"), "name")) == .unknown)
    }

    @Test func extensionScopeFromASymbol() {
        var t = TemplateBuilder()
        t.resource("kv", Self.kvType, name: V.s("vault1"))
        let ra = t.resource("ra", "Microsoft.Authorization/roleAssignments", name: V.call("guid", V.s("x"), V.s("y")),
                            scope: V.res("kv"))
        let id = t.evaluator().resourceId(ofResource: ra).resourceIdValue
        #expect(id?.scope == .extension(.resourceId(KnownResourceId(
            scope: .resourceGroup(subscription: nil, group: nil), type: Self.kvType, names: [.string("vault1")]))))
        #expect(id?.names == [.guid([.string("x"), .string("y")])])
    }

    @Test func scopeCallsAndArmScopes() {
        var t = TemplateBuilder()
        let other = t.resource("kv", Self.kvType, name: V.s("v"), scope: V.call("resourceGroup", V.s("rg9")))
        let arm = t.resource("ra", "Microsoft.Authorization/roleAssignments", name: V.s("n"),
                             scope: V.s("Microsoft.KeyVault/vaults/v"))
        let e = t.evaluator()
        #expect(e.resourceId(ofResource: other).resourceIdValue?.scope == .resourceGroup(subscription: nil, group: .string("rg9")))
        if case .extension(let base)? = e.resourceId(ofResource: arm).resourceIdValue?.scope {
            #expect(base.resourceIdValue?.fullName == "v")
            #expect(base.resourceIdValue?.type == Self.kvType)
        } else {
            Issue.record("expected an extension scope")
        }
    }

    @Test func loopResourceNamesNeedAKnownElement() {
        var t = TemplateBuilder()
        t.param("names", default: V.arr(V.s("a"), V.s("b")))
        t.resource("kvs", Self.kvType, name: V.interp(V.s("kv-"), V.local("n")),
                   loop: Loop(item: "n", index: nil, source: V.param("names"), copyName: nil))
        let e = t.evaluator()
        #expect(e.evaluate(V.member(V.index(V.res("kvs"), V.i(1)), "name")) == .string("kv-b"))
        #expect(e.evaluate(V.member(V.index(V.res("kvs"), V.i(5)), "name")) == .unknown)
        #expect(e.evaluate(V.member(V.res("kvs"), "name")) == .unknown)
        #expect(e.evaluate(V.member(V.index(V.res("kvs"), V.i(0)), "id")).resourceIdValue?.fullName == "kv-a")
    }

    @Test func nameSegmentsSurviveUnknownParts() {
        var t = TemplateBuilder()
        t.param("account")
        let e = t.evaluator()
        #expect(e.nameSegments(of: V.interp(V.param("account"), V.s("/conn"))) == [.unknown, .string("conn")])
        #expect(e.nameSegments(of: V.call("format", V.s("{0}/{1}"), V.param("account"), V.s("kv")))
            == [.unknown, .string("kv")])
        #expect(e.nameSegments(of: V.call("concat", V.param("account"), V.s("/p/"), V.s("c")))
            == [.unknown, .string("p"), .string("c")])
        #expect(e.nameSegments(of: V.s("a/b")) == [.string("a"), .string("b")])
        #expect(e.knownFragments(of: V.interp(V.member(V.call("subscription"), "id"),
                                              V.s("/providers/Microsoft.Authorization/roleDefinitions/abc")))
            == ["/providers/Microsoft.Authorization/roleDefinitions/abc"])
    }

    @Test func resourceSegmentsFromAWrittenFullName() {
        var t = TemplateBuilder()
        t.param("account")
        let c = t.resource("c", Self.connType, name: V.interp(V.param("account"), V.s("/kv")))
        let bad = t.resource("d", Self.connType, name: V.param("account"))
        let e = t.evaluator()
        #expect(e.nameSegments(ofResource: c) == [.unknown, .string("kv")])
        #expect(e.nameSegments(ofResource: bad) == [.unknown, .unknown])
        #expect(e.nameSegments(ofResource: 99) == [])
    }

    @Test func parsingLiteralIds() {
        let id = KnownResourceId(parsing: "/subscriptions/s/resourceGroups/g/providers/Microsoft.KeyVault/vaults/kv")
        #expect(id == KnownResourceId(scope: .resourceGroup(subscription: .string("s"), group: .string("g")),
                                      type: Self.kvType, names: [.string("kv")]))
        let role = KnownResourceId(parsing: "/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/b86a")
        #expect(role?.scope == .subscription(.string("s")))
        #expect(role?.lastName == .string("b86a"))
        let ext = KnownResourceId(parsing:
            "/subscriptions/s/resourceGroups/g/providers/Microsoft.KeyVault/vaults/kv/providers/Microsoft.Authorization/roleAssignments/ra")
        #expect(ext?.type == "Microsoft.Authorization/roleAssignments")
        if case .extension(let base)? = ext?.scope { #expect(base.resourceIdValue == id) } else { Issue.record("no extension") }
        let child = KnownResourceId(parsing: "/subscriptions/s/resourceGroups/g/providers/Microsoft.CognitiveServices/accounts/a/connections/c")
        #expect(child?.type == Self.connType)
        #expect(child?.fullName == "a/c")
        for bad in ["", "/", "x/y", "/subscriptions/s", "/subscriptions/s/resourceGroups/g", "/providers/NS/t",
                    "/subscriptions//resourceGroups/g/providers/NS/t/n", "/providers/NS/t/n/extra"] {
            #expect(KnownResourceId(parsing: bad) == nil, "\(bad)")
        }
    }
}
