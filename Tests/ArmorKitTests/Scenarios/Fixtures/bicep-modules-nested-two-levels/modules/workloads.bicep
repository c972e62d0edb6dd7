param accountName string

module connections 'connections.bicep' = {
  name: 'workload-connections'
  params: { accountName: accountName }
}
