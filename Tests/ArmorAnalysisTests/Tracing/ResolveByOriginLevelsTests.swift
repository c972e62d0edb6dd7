import Testing
@testable import ArmorBase
@testable import ArmorSyntax
@testable import ArmorAnalysis

/// `deepestResolveByOrigin` stops at the first level that fails without meeting a depth cap;
/// it must answer as trying every level does, also where a chain of variables meets the caps.
@Suite struct ResolveByOriginLevelsTests {
    /// `v0` reads a parameter without default; `vN` reads `v(N-1)`. Two accounts are named through
    /// a short and a long chain; readers name them by `resourceId(…)` of chains of several
    /// lengths (the long ones meet the depth caps at the deeper levels).
    private static func context() -> DeploymentAnalysis {
        let chain = (1...24).map { "\"v\($0)\": \"[variables('v\($0 - 1)')]\"" }.joined(separator: ", ")
        let reads = [2, 9, 14, 20, 24].map {
            "\"r\($0)\": \"[resourceId('Microsoft.Storage/storageAccounts', variables('v\($0)'))]\""
        }.joined(separator: ", ")
            + ", \"rb\": \"[resourceId('Microsoft.Storage/storageAccounts', concat(variables('v20'), 'b'))]\""
        let text = """
        {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
         "parameters": {"p": {"type": "string"}},
         "variables": {"v0": "[parameters('p')]", \(chain)},
         "resources": [
          {"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01", "name": "[variables('v2')]"},
          {"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01", "name": "[concat(variables('v20'), 'b')]"},
          {"type": "A.B/c", "apiVersion": "2023-01-01", "name": "reader", "properties": {\(reads)}}
        ]}
        """
        let analyzed = Frontend.analyze(SourceFile(path: "main.json", text: text))
        return DeploymentAnalysis(deployment: DeploymentLoader.load(root: analyzed) { _ in nil })
    }

    private static func reads(_ context: DeploymentAnalysis) -> [Value] {
        guard case .object(let entries) = context.deployment.instances[0].template.resources[2].body.path("properties")?.kind
        else { return [] }
        return entries.compactMap { entry in
            if case .property(_, _, let value) = entry { return value }
            return nil
        }
    }

    @Test func stoppingEarlyAnswersAsEveryLevel() {
        let values = Self.reads(Self.context())
        #expect(values.count == 6)
        for (i, _) in values.enumerated() {
            for depth in [0, 1, 5, 10, 14, 15, 16, 20, 31] {
                // Fresh tracers, so neither answer leans on the other's caches.
                let early = Self.context()
                let every = Self.context()
                let found = early.tracer.deepestResolveByOrigin(Self.reads(early)[i], in: 0, from: depth)
                let expected = every.tracer.everyLevelResolveByOrigin(Self.reads(every)[i], in: 0, from: depth)
                #expect(found == expected, "read \(i) from depth \(depth)")
            }
        }
    }

    @Test func bothChainsResolveFromTheTop() {
        let context = Self.context()
        let values = Self.reads(context)
        #expect(context.tracer.deepestResolveByOrigin(values[0], in: 0, from: 0) == ResourceRef(instance: 0, index: 0))
        #expect(context.tracer.deepestResolveByOrigin(values[5], in: 0, from: 0) == ResourceRef(instance: 0, index: 1))
        #expect(context.tracer.deepestResolveByOrigin(values[5], in: 0, from: 14) == nil)
    }
}
