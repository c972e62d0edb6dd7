import Testing
@testable import ArmorAnalysis

/// semantics-notes.md T1–T22: armor's `dependsOn` (symbolic-mode rules).
@Suite struct BicepSemanticsCaseTests {
    @Test func t01ReferenceInNameString() {
        let f = BicepGraphFixture("""
        resource server 'Microsoft.Sql/servers@2021-11-01' = {
          name: 'sql1'
        }
        resource db 'Microsoft.Sql/servers/databases@2021-11-01' = {
          name: '${server.name}/db1'
        }
        """)
        #expect(f.dependsOn == ["server": [], "db": ["server"]])
        #expect(f.errorCodes.isEmpty)
    }

    @Test func t02NameofCreatesDependency() {
        let f = BicepGraphFixture("""
        resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
          name: 'logs'
        }
        resource tagger 'Microsoft.Resources/tags@2024-03-01' = {
          name: 'default'
          properties: {
            tags: {
              source: nameof(logs)
            }
          }
        }
        """)
        #expect(f.dependsOn["tagger"] == ["logs"])
    }

    @Test func t03IdOfDeployedResource() {
        let f = BicepGraphFixture("""
        resource plan 'Microsoft.Web/serverfarms@2023-01-01' = {
          name: 'plan'
        }
        resource site 'Microsoft.Web/sites@2023-01-01' = {
          name: 'site'
          properties: {
            serverFarmId: plan.id
          }
        }
        """)
        #expect(f.dependsOn["site"] == ["plan"])
        #expect(f.edge(from: "site", to: "plan")?.kinds == .reference)
    }

    @Test func t04NestedQualifiedSymbolsNoReduction() {
        let f = BicepGraphFixture("""
        resource acct 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
          name: 'acct'
          resource proj 'projects' = {
            name: 'proj'
            resource conn 'connections' = {
              name: 'conn'
              properties: {
                target: acct.properties.endpoint
              }
            }
          }
          resource other 'connections' = {
            name: 'other'
            properties: {
              target: proj::conn.properties.target
            }
          }
        }
        """)
        #expect(f.symbols == ["acct", "acct::proj", "acct::proj::conn", "acct::other"])
        #expect(f.dependsOn == [
            "acct": [], "acct::proj": ["acct"], "acct::proj::conn": ["acct", "acct::proj"],
            "acct::other": ["acct", "acct::proj::conn"],
        ])
        #expect(f.resource("acct::proj::conn")?.type == "Microsoft.CognitiveServices/accounts/projects/connections")
        #expect(f.resource("acct::proj::conn")?.apiVersion == "2025-04-01-preview")
        #expect(f.edge(from: "acct::proj", to: "acct")?.kinds == .parent)
    }

    @Test func t05ChainedVariablesOutputsDoNothing() {
        let f = BicepGraphFixture("""
        resource st 'Microsoft.Storage/storageAccounts@2023-05-01' = {
          name: 'st'
        }
        resource kv 'Microsoft.KeyVault/vaults@2023-07-01' = {
          name: 'kv'
        }
        var first = {
          id: st.id
        }
        var second = [
          first
          kv.properties.vaultUri
        ]
        resource consumer 'Microsoft.Web/sites@2023-01-01' = {
          name: 'consumer'
          properties: {
            settings: second
          }
        }
        output unrelated string = st.properties.primaryEndpoints.blob
        """)
        #expect(f.dependsOn == ["st": [], "kv": [], "consumer": ["kv", "st"]])
    }

    @Test func t06ExistingTargetStrongWeakExplicit() {
        let f = BicepGraphFixture("""
        resource hub 'Microsoft.Network/virtualNetworks@2024-01-01' = {
          name: 'hub'
        }
        resource peerView 'Microsoft.Network/virtualNetworks@2024-01-01' existing = {
          name: '${hub.name}-peer'
        }
        resource nsgStrong 'Microsoft.Network/networkSecurityGroups@2024-01-01' = {
          name: 'nsg1'
          properties: {
            note: peerView.properties.provisioningState
          }
        }
        resource nsgWeak 'Microsoft.Network/networkSecurityGroups@2024-01-01' = {
          name: 'nsg2'
          properties: {
            note: peerView.id
          }
        }
        resource nsgExplicit 'Microsoft.Network/networkSecurityGroups@2024-01-01' = {
          name: 'nsg3'
          dependsOn: [
            peerView
          ]
        }
        """)
        #expect(f.dependsOn == [
            "hub": [], "peerView": ["hub"], "nsgStrong": ["peerView"], "nsgWeak": ["hub"], "nsgExplicit": ["peerView"],
        ])
        #expect(f.resource("peerView")?.existing == true)
        #expect(f.edge(from: "nsgExplicit", to: "peerView")?.kinds == .explicit)
    }

    @Test func t07ExistingParentChainStopsAtDeployedChild() {
        let f = BicepGraphFixture("""
        resource vnet 'Microsoft.Network/virtualNetworks@2024-01-01' existing = {
          name: 'vnet'
        }
        resource apps 'Microsoft.Network/virtualNetworks/subnets@2024-01-01' = {
          parent: vnet
          name: 'apps'
        }
        resource nic 'Microsoft.Network/networkInterfaces@2024-01-01' = {
          name: 'nic'
          properties: {
            subnetId: apps.id
          }
        }
        """)
        #expect(f.dependsOn == ["vnet": [], "apps": [], "nic": ["apps"]])
        #expect(f.resource("apps")?.parent == 0)
    }

    @Test func t08ModuleScopes() {
        let f = BicepGraphFixture("""
        targetScope = 'subscription'
        resource rgNew 'Microsoft.Resources/resourceGroups@2024-03-01' = {
          name: 'rg-app'
          location: 'westeurope'
        }
        resource rgOld 'Microsoft.Resources/resourceGroups@2024-03-01' existing = {
          name: 'rg-shared'
        }
        module appNew './app.bicep' = {
          name: 'appNew'
          scope: rgNew
        }
        module appOld './app.bicep' = {
          name: 'appOld'
          scope: rgOld
        }
        module appByName './app.bicep' = {
          name: 'appByName'
          scope: resourceGroup(rgNew.name)
        }
        """)
        #expect(f.template.targetScope == "subscription")
        #expect(f.dependsOn["appNew"] == ["rgNew"])
        #expect(f.dependsOn["appOld"] == [])
        #expect(f.dependsOn["appByName"] == ["rgNew"])
        #expect(f.resource("appNew")?.module == .local(path: "./app.bicep"))
        #expect(f.resource("appNew")?.type == "Microsoft.Resources/deployments")
    }

    @Test func t09ModuleOutputsAndParams() {
        let f = BicepGraphFixture("""
        module net './net.bicep' = {
          name: 'net'
        }
        resource nic 'Microsoft.Network/networkInterfaces@2024-01-01' = {
          name: 'nic'
          properties: {
            subnetId: net.outputs.subnetId
          }
        }
        module app './app.bicep' = {
          name: 'app'
          params: {
            nicName: nic.name
          }
        }
        """)
        #expect(f.dependsOn == ["net": [], "nic": ["net"], "app": ["nic"]])
    }

    @Test func t10GetSecretWeakPropertiesStrong() {
        let f = BicepGraphFixture("""
        resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
          name: 'kv'
        }
        module dbWeak './db.bicep' = {
          name: 'dbWeak'
          params: {
            pwd: vault.getSecret('pwd')
          }
        }
        module dbStrong './db.bicep' = {
          name: 'dbStrong'
          params: {
            pwd: vault.getSecret('pwd')
            uri: vault.properties.vaultUri
          }
        }
        """)
        #expect(f.dependsOn == ["vault": [], "dbWeak": [], "dbStrong": ["vault"]])
    }

    @Test func t11Loops() {
        let f = BicepGraphFixture("""
        resource a 'Microsoft.Storage/storageAccounts@2023-05-01' = [for i in range(0, 3): {
          name: 'a${i}'
        }]
        resource b 'Microsoft.Storage/storageAccounts@2023-05-01' = [for i in range(0, 3): {
          name: 'b${i}'
          dependsOn: [
            a[i]
          ]
        }]
        resource c 'Microsoft.Storage/storageAccounts@2023-05-01' = {
          name: 'c'
          dependsOn: [
            b
            b[0]
          ]
        }
        resource d 'Microsoft.Storage/storageAccounts@2023-05-01' = {
          name: 'd'
          properties: {
            ids: [for j in range(0, 3): a[j].id]
          }
        }
        """)
        #expect(f.dependsOn == ["a": [], "b": ["a"], "c": ["b"], "d": ["a"]])
        #expect(f.resource("a")?.loop?.item == "i")
        #expect(f.resource("a")?.isLoop == true)
    }

    @Test func t12ConditionalTarget() {
        let f = BicepGraphFixture("""
        param withLogs bool
        resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = if (withLogs) {
          name: 'logs'
        }
        resource diag 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
          name: 'diag'
          properties: {
            workspaceId: withLogs ? logs.id : null
          }
        }
        """)
        #expect(f.dependsOn["diag"] == ["logs"])
        #expect(f.resource("logs")?.conditional == true)
        #expect(f.resource("diag")?.conditional == false)
    }

    @Test func t13DoubleColonDoesNotAddParent() {
        let f = BicepGraphFixture("""
        resource acct 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
          name: 'acct'
          resource proj 'projects' = {
            name: 'p'
          }
        }
        resource user 'Microsoft.Web/sites@2023-01-01' = {
          name: 'u'
          properties: {
            p: acct::proj.properties.provisioningState
          }
        }
        """)
        #expect(f.dependsOn == ["acct": [], "acct::proj": ["acct"], "user": ["acct::proj"]])
    }

    @Test func t14StringBuiltIdsAreNotDependencies() {
        let f = BicepGraphFixture("""
        resource st 'Microsoft.Storage/storageAccounts@2023-05-01' = {
          name: 'st'
        }
        resource viaString 'Microsoft.Web/sites@2023-01-01' = {
          name: 'viaString'
          properties: {
            storageId: resourceId('Microsoft.Storage/storageAccounts', 'st')
            keys: listKeys(resourceId('Microsoft.Storage/storageAccounts', 'st'), '2023-05-01').keys[0].value
          }
        }
        """)
        #expect(f.dependsOn == ["st": [], "viaString": []])
    }

    @Test func t15IntermediateAndSourceNoReduction() {
        let f = BicepGraphFixture("""
        resource ws 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
          name: 'ws'
        }
        resource ai 'Microsoft.Insights/components@2020-02-02' = {
          name: 'ai'
          properties: {
            WorkspaceResourceId: ws.id
          }
        }
        resource alerts 'Microsoft.Insights/scheduledQueryRules@2023-03-15-preview' = {
          name: 'alerts'
          properties: {
            scopes: [
              ai.id
              ws.id
            ]
          }
        }
        """)
        #expect(f.dependsOn == ["ws": [], "ai": ["ws"], "alerts": ["ai", "ws"]])
    }

    @Test func t16FoundryShape() {
        let f = BicepGraphFixture("""
        resource acct 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' existing = {
          name: 'acct'
        }
        resource kvConn 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
          parent: acct
          name: 'kv'
          properties: {
            category: 'AzureKeyVault'
          }
        }
        resource searchConn 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
          parent: acct
          name: 'search'
          properties: {
            category: 'CognitiveSearch'
            principal: acct.identity.principalId
          }
        }
        resource blobConn 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
          parent: acct
          name: 'blob'
          properties: {
            category: 'AzureBlob'
          }
          dependsOn: [
            kvConn
          ]
        }
        """)
        #expect(f.dependsOn == ["acct": [], "kvConn": [], "searchConn": ["acct"], "blobConn": ["kvConn"]])
    }

    @Test func t17ExistingInTheMiddleOfAParentChain() {
        let f = BicepGraphFixture("""
        resource sa 'Microsoft.Storage/storageAccounts@2023-05-01' = {
          name: 'sa'
        }
        resource blobSvc 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' existing = {
          parent: sa
          name: 'default'
        }
        resource container 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
          parent: blobSvc
          name: 'data'
        }
        """)
        #expect(f.dependsOn == ["sa": [], "blobSvc": ["sa"], "container": ["sa"]])
    }

    @Test func t18WholeCollectionThroughLambda() {
        let f = BicepGraphFixture("""
        resource workers 'Microsoft.ContainerInstance/containerGroups@2023-05-01' = [for i in range(0, 2): {
          name: 'w${i}'
        }]
        var ips = map(workers, w => w.properties.ipAddress.ip)
        resource controller 'Microsoft.ContainerInstance/containerGroups@2023-05-01' = {
          name: 'ctl'
          properties: {
            note: join(ips, ',')
          }
        }
        """)
        #expect(f.dependsOn["controller"] == ["workers"])
    }

    @Test func t19ExistingWithExplicitDependsOnMixedReads() {
        let f = BicepGraphFixture("""
        resource base 'Microsoft.Storage/storageAccounts@2023-05-01' = {
          name: 'base'
        }
        resource second 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
          name: 'second'
          scope: resourceGroup('other')
          dependsOn: [
            base
          ]
        }
        resource user 'Microsoft.Web/sites@2023-01-01' = {
          name: 'user'
          properties: {
            id: second.id
            tier: second.properties.accessTier
          }
        }
        """)
        #expect(f.dependsOn == ["base": [], "second": ["base"], "user": ["base", "second"]])
    }

    @Test func t20CultureAwareSortOrder() {
        let f = BicepGraphFixture("""
        resource Zeta 'Microsoft.Storage/storageAccounts@2023-05-01' = {
          name: 'z'
        }
        resource alpha_b 'Microsoft.Storage/storageAccounts@2023-05-01' = {
          name: 'ab'
        }
        resource alphaC 'Microsoft.Storage/storageAccounts@2023-05-01' = {
          name: 'ac'
        }
        resource beta 'Microsoft.Storage/storageAccounts@2023-05-01' = {
          name: 'b'
        }
        module gamma './g.bicep' = {
          name: 'g'
        }
        resource sink 'Microsoft.Web/sites@2023-01-01' = {
          name: 'sink'
          dependsOn: [
            Zeta
            gamma
            beta
            alphaC
            alpha_b
          ]
        }
        """)
        #expect(f.dependsOn["sink"] == ["alpha_b", "alphaC", "beta", "gamma", "Zeta"])
    }

    @Test func t21ReferenceInsideIfCondition() {
        let f = BicepGraphFixture("""
        param useVault bool
        resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
          name: 'kv'
        }
        resource app 'Microsoft.Web/sites@2023-01-01' = if (useVault && !empty(vault.name)) {
          name: 'app'
        }
        """)
        #expect(f.dependsOn["app"] == ["vault"])
    }

    @Test func t22RecoveryKeepsResources() {
        let f = BicepGraphFixture("""
        resource a 'Microsoft.Storage/storageAccounts@2023-05-01' = {
          name: 'a'
        }
        resource b 'Microsoft.Web/sites@2023-01-01' = {
          name: 'b'
          properties: {
            broken: ,
            ok: a.properties.primaryEndpoints.web
          }
        }
        resource c 'Microsoft.Web/sites@2023-01-01' = {
          name: 'c'
          properties: {
            x: b.id
        """)
        #expect(f.symbols == ["a", "b", "c"])
        #expect(f.dependsOn == ["a": [], "b": ["a"], "c": []])
        let diagnostics = f.template.diagnostics
        #expect(diagnostics.map(\.code.id) == ["BCP009", "BCP018"])
        #expect(diagnostics.first.map { f.template.source.location(of: $0.location.span.start).line } == 7)
        #expect(diagnostics.last?.message.contains("}") == true)
    }
}
