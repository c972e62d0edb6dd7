// A Foundry account reached only through a private endpoint in a hub virtual network, with the
// private DNS zones the Foundry endpoints need.
// MISTAKE (private-endpoint-public-access): `publicNetworkAccess` was left `Enabled`, so the
// account still answers on its public endpoint and the private endpoint isolates nothing.
// Fix: `publicNetworkAccess: 'Disabled'`.

@description('Region of the network and the private endpoint.')
param location string = 'westeurope'

@description('Name of the Foundry account; also its custom subdomain.')
param accountName string = 'foundry-tailspin-private'

var dnsZoneNames = [
  'privatelink.cognitiveservices.azure.com'
  'privatelink.openai.azure.com'
  'privatelink.services.ai.azure.com'
]

resource vnet 'Microsoft.Network/virtualNetworks@2024-01-01' = {
  name: 'vnet-hub-foundry'
  location: location
  properties: {
    addressSpace: { addressPrefixes: ['10.60.0.0/16'] }
    subnets: [
      {
        name: 'private-endpoints'
        properties: { addressPrefix: '10.60.1.0/24', privateEndpointNetworkPolicies: 'Enabled' }
      }
      {
        name: 'workloads'
        properties: { addressPrefix: '10.60.2.0/24' }
      }
    ]
  }
}

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
  name: accountName
  location: location
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: {
    customSubDomainName: accountName
    allowProjectManagement: true
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
    networkAcls: { defaultAction: 'Allow' }
  }
}

resource accountPe 'Microsoft.Network/privateEndpoints@2024-01-01' = {
  name: 'pe-${accountName}'
  location: location
  properties: {
    subnet: { id: vnet.properties.subnets[0].id }
    privateLinkServiceConnections: [
      {
        name: 'foundry'
        properties: { privateLinkServiceId: account.id, groupIds: ['account'] }
      }
    ]
  }
}

resource dnsZones 'Microsoft.Network/privateDnsZones@2020-06-01' = [for zone in dnsZoneNames: {
  name: zone
  location: 'global'
}]

resource dnsLinks 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = [for (zone, i) in dnsZoneNames: {
  parent: dnsZones[i]
  name: 'link-${vnet.name}'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: { id: vnet.id }
  }
}]

resource dnsZoneGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-01-01' = {
  parent: accountPe
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [for (zone, i) in dnsZoneNames: {
      name: replace(zone, '.', '-')
      properties: { privateDnsZoneId: dnsZones[i].id }
    }]
  }
}

output privateEndpointId string = accountPe.id
