@description('Region for every resource.')
param location string = resourceGroup().location

// The naming module gives the vault its name, and a dependsOn added "just in case" makes the
// module wait for the vault: a cycle. Only that entry can go (the vault needs the module's output).

module naming 'modules/naming.bicep' = { // expect: dependency-cycle
  name: 'naming'
  params: {
    environment: 'dev'
  }
  dependsOn: [vault]
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: naming.outputs.vaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    enablePurgeProtection: true
  }
}
