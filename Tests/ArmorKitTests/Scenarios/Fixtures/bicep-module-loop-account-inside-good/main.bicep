// One module per region, each with its own account, vault, grant and connections, in order.
param regions array = ['westeurope', 'swedencentral']

module foundries 'modules/foundry.bicep' = [for r in regions: {
  name: 'foundry-${r}'
  params: { name: 'foundry-${r}', location: r }
}]
