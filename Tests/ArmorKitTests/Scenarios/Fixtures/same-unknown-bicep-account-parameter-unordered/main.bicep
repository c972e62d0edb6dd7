// The account exists already; both modules name it by the same parameter, whose value armor
// does not know: it is still the same account.
param accountName string
param vaultName string

module keyVault 'modules/keyvault-connection.bicep' = {
  name: 'foundry-keyvault'
  params: { accountName: accountName, vaultName: vaultName }
}

module connections 'modules/connections.bicep' = { // expect: keyvault-first, role-assignment-dependson
  name: 'foundry-connections'
  params: { account: accountName }
}
