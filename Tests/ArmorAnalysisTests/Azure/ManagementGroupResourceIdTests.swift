import Testing
@testable import ArmorBase
@testable import ArmorSyntax
@testable import ArmorAnalysis

/// `managementGroupResourceId` is read like its siblings in both languages: the one function
/// only one of the former copies of the function list knew.
@Suite struct ManagementGroupResourceIdTests {
    static let policyType = "Microsoft.Authorization/policyDefinitions"

    private static func analysis(_ path: String, _ text: String) -> DeploymentAnalysis {
        let analyzed = Frontend.analyze(SourceFile(path: path, text: text))
        return DeploymentAnalysis(deployment: DeploymentLoader.load(root: analyzed) { _ in nil })
    }

    @Test func evaluatesToAManagementGroupScopedId() {
        let own = evaluateAlone(V.call("managementGroupResourceId", V.s(Self.policyType), V.s("p")))
        #expect(own.resourceIdValue == KnownResourceId(scope: .managementGroup(nil), type: Self.policyType, names: [.string("p")]))
        let other = evaluateAlone(V.call("managementgroupresourceid", V.s("mg1"), V.s(Self.policyType), V.s("p")))
        #expect(other.resourceIdValue?.scope == .managementGroup(.string("mg1")))
        #expect(evaluateAlone(V.call("managementGroupResourceId", V.s(Self.policyType))) == .unknown)
    }

    @Test func bicepReadResolvesToTheDeclaration() throws {
        let context = Self.analysis("main.bicep", """
        targetScope = 'managementGroup'
        param policyName string
        resource def 'Microsoft.Authorization/policyDefinitions@2021-06-01' = {
          name: 'p'
        }
        resource byParam 'Microsoft.Authorization/policyDefinitions@2021-06-01' = {
          name: policyName
        }
        resource assignment 'Microsoft.Authorization/policyAssignments@2022-06-01' = {
          name: 'a'
          properties: {
            policyDefinitionId: managementGroupResourceId('Microsoft.Authorization/policyDefinitions', 'p')
            other: managementGroupResourceId('Microsoft.Authorization/policyDefinitions', policyName)
          }
        }
        """)
        let body = context.deployment.instances[0].template.resources[2].body
        let known = try #require(body.path("properties", "policyDefinitionId"))
        #expect(context.tracer.resolveResource(known, in: 0) == ResourceRef(instance: 0, index: 0))
        let byOrigin = try #require(body.path("properties", "other"))
        #expect(context.tracer.resolveResource(byOrigin, in: 0) == ResourceRef(instance: 0, index: 1))
    }

    @Test func armReadResolvesToTheDeclaration() throws {
        let context = Self.analysis("main.json", """
        {"$schema": "https://schema.management.azure.com/schemas/2019-08-01/managementGroupDeploymentTemplate.json#",
         "parameters": {"policyName": {"type": "string"}},
         "resources": [
          {"type": "Microsoft.Authorization/policyDefinitions", "apiVersion": "2021-06-01", "name": "p"},
          {"type": "Microsoft.Authorization/policyDefinitions", "apiVersion": "2021-06-01", "name": "[parameters('policyName')]"},
          {"type": "Microsoft.Authorization/policyAssignments", "apiVersion": "2022-06-01", "name": "a",
           "properties": {"policyDefinitionId": "[ManagementGroupResourceId('Microsoft.Authorization/policyDefinitions', 'p')]",
                          "other": "[managementGroupResourceId('Microsoft.Authorization/policyDefinitions', parameters('policyName'))]"}}
         ]}
        """)
        let body = context.deployment.instances[0].template.resources[2].body
        let known = try #require(body.path("properties", "policyDefinitionId"))
        #expect(context.tracer.resolveResource(known, in: 0) == ResourceRef(instance: 0, index: 0))
        let byOrigin = try #require(body.path("properties", "other"))
        #expect(context.tracer.resolveResource(byOrigin, in: 0) == ResourceRef(instance: 0, index: 1))
    }
}
