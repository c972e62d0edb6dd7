import Testing
@testable import ArmorBase
@testable import ArmorAnalysis

/// Model and graph details beyond the T-cases: edge kinds and spans, unresolved entries,
/// extension types, positions, conditions inherited through nesting.
@Suite struct BicepGraphTests {
    @Test func edgeKindsAndFirstReferenceSpan() {
        let text = """
        resource vnet 'Microsoft.Network/virtualNetworks@2024-01-01' = {
          name: 'v'
        }
        resource subnet 'Microsoft.Network/virtualNetworks/subnets@2024-01-01' = {
          parent: vnet
          name: 'default'
          properties: {
            note: vnet.properties.addressSpace
          }
          dependsOn: [
            vnet
          ]
        }
        """
        let f = BicepGraphFixture(text)
        let edge = f.edge(from: "subnet", to: "vnet")
        #expect(edge?.kinds == [.parent, .reference, .explicit])
        #expect(edge.map { f.template.source.text($0.span) } == "vnet")
        #expect(edge.map { f.template.source.location(of: $0.span.start).line } == 5)
        #expect(f.dependsOn["subnet"] == ["vnet"])
    }

    @Test func unknownDependsOnEntriesAreUnresolved() {
        let f = BicepGraphFixture("""
        resource a 'Microsoft.Storage/storageAccounts@2023-05-01' = {
          name: 'a'
          dependsOn: [
            missing
          ]
        }
        """)
        #expect(f.analyzed.graph.unresolved[0].map(\.text) == ["missing"])
        #expect(f.dependsOn["a"] == [])
    }

    @Test func extensionResourcesAreNeverReferencedWeakly() {
        let f = BicepGraphFixture("""
        extension microsoftGraphV1
        resource group 'Microsoft.Graph/groups@v1.0' existing = {
          uniqueName: 'g'
        }
        resource app 'Microsoft.Web/sites@2023-01-01' = {
          name: 'app'
          properties: {
            groupId: group.id
          }
        }
        """)
        #expect(f.resource("group")?.isAzureType == false)
        #expect(f.resource("app")?.isAzureType == true)
        #expect(f.dependsOn["app"] == ["group"])
    }

    @Test func nestedChildrenInheritConditionsButParentLinkedOnesDoNot() {
        let f = BicepGraphFixture("""
        param make bool
        resource p 'Microsoft.Storage/storageAccounts@2023-05-01' = if (make) {
          name: 'p'
          resource c 'blobServices@2023-01-01' = {
            name: 'default'
          }
        }
        resource linked 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
          parent: p
          name: 'default'
        }
        """)
        #expect(f.resource("p::c")?.conditional == true)
        #expect(f.resource("p::c")?.condition == nil)
        #expect(f.resource("p::c")?.apiVersion == "2023-01-01")
        #expect(f.resource("p::c")?.type == "Microsoft.Storage/storageAccounts/blobServices")
        #expect(f.resource("linked")?.conditional == false)
        #expect(f.dependsOn["linked"] == ["p"])
    }

    @Test func declarationDetails() {
        let f = BicepGraphFixture("""
        @description('secret')
        @secure()
        param pwd string
        param count int = 2
        var names = [for i in range(0, count): 'n${i}']
        @batchSize(1)
        @sys.description('looped')
        module mods 'br/public:avm/res/x:1.0' = [for (n, i) in names: {
          name: n
        }]
        """)
        #expect(f.template.parameters.map(\.name) == ["pwd", "count"])
        #expect(f.template.parameters.first?.isSecure == true)
        #expect(f.template.parameters.last?.defaultValue?.kind == .int(2))
        #expect(f.template.parameters.first?.type == "string")
        let m = f.resource("mods")
        #expect(m?.batchSize == 1)
        #expect(m?.module == .external("br/public:avm/res/x:1.0"))
        #expect(m?.loop?.item == "n" && m?.loop?.index == "i")
        #expect(m?.name?.kind == .local("n"))
        #expect(m?.decorators.count == 2)
        if case .call("description", "sys", _)? = m?.decorators.last?.kind {} else { Issue.record("sys.description") }
        #expect(m.map { f.template.source.location(of: $0.declarationSpan.start).line } == 6)
        #expect(m.map { f.template.source.location(of: $0.span.start).line } == 8)
    }

    @Test func loopAndLambdaVariablesShadowFileSymbols() {
        let f = BicepGraphFixture("""
        resource st 'Microsoft.Storage/storageAccounts@2023-05-01' = {
          name: 'st'
        }
        resource other 'Microsoft.Storage/storageAccounts@2023-05-01' = {
          name: 'other'
          properties: {
            a: [for st in range(0, 2): st]
            b: map([1], st => st)
          }
        }
        """)
        #expect(f.dependsOn["other"] == [])
    }

    @Test func positionsCountUTF16Units() {
        let text = "/* é😀 */ resource a 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: 'a'\n}\n"
        let f = BicepGraphFixture(text)
        let position = f.template.source.location(of: f.template.resources[0].span.start)
        #expect(position == LineColumn(line: 1, column: 11))
    }

    @Test func diagnosticsCarryLinesInCRLFTwins() {
        let lf = "var a = 1\nvar b = 'x\nvar c = 2 3\n"
        let crlf = lf.replacing("\n", with: "\r\n")
        let lines = { (text: String) -> [Int] in
            let t = BicepFrontend.parseTemplate(SourceFile(path: "x.bicep", text: text))
            return t.diagnostics.map { t.source.location(of: $0.location.span.start).line }
        }
        #expect(lines(lf) == [2, 3])
        #expect(lines(crlf) == lines(lf))
    }
}
