import Testing
@testable import ArmorBase
@testable import ArmorAnalysis

/// A loop over an array known to be empty deploys nothing: neither its elements nor what a
/// looped module holds (e.g. `json('[]')`, azd's `${CONNECTIONS=[]}`).
@Suite struct KnownEmptyLoopTests {
    static let module = SourceFile(path: "/t/conn.bicep", text: """
    param name string
    resource st 'Microsoft.Storage/storageAccounts@2023-01-01' = {
      name: name
      location: 'westus'
      kind: 'StorageV2'
      sku: { name: 'Standard_LRS' }
    }
    """)

    private func deployed(_ connectionsJson: String) -> [Bool?] {
        let main = SourceFile(path: "/t/main.bicep", text: """
        param connectionsJson string = '\(connectionsJson)'
        var list = json(connectionsJson)
        module more 'conn.bicep' = [for c in list: {
          name: 'conn-${c}'
          params: { name: c }
        }]
        resource direct 'Microsoft.Storage/storageAccounts@2023-01-01' = [for c in list: {
          name: c
          location: 'westus'
          kind: 'StorageV2'
          sku: { name: 'Standard_LRS' }
        }]
        """)
        let deployment = DeploymentLoader.load(root: Frontend.analyze(main)) { path in
            path == Self.module.path ? Frontend.analyze(Self.module) : nil
        }
        let evaluation = DeploymentEvaluation(deployment)
        return deployment.allResources.map { evaluation.isDeployed($0) }
    }

    @Test func emptyLoopsDeployNothing() {
        let empty = deployed("[]")
        #expect(empty.count == 3)
        #expect(empty.allSatisfy { $0 == false })
        let one = deployed("[\"a\"]")
        #expect(one.count == 3)
        #expect(one.allSatisfy { $0 == true })
    }
}
