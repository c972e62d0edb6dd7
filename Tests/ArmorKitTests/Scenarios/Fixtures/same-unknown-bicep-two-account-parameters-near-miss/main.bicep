// Two parameters without values may or may not name the same account: no verdict either way.
param accountName string
param otherAccountName string
param vaultName string

module keyVault 'modules/keyvault-connection.bicep' = {
  name: 'foundry-keyvault'
  params: { accountName: accountName, vaultName: vaultName }
}

module connections 'modules/connections.bicep' = { // expect-undecided: keyvault-first
  name: 'foundry-connections'
  params: { account: otherAccountName }
}
