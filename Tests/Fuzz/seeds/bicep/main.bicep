targetScope = 'resourceGroup'
metadata name = 'fuzz seed'
import { tags as t } from 'types.bicep'
@description('Name')
@minLength(3)
param name string = 'st${uniqueString(resourceGroup().id)}'
param items array = [1, 2, 3]
param cfg object = { a: true, 'b-c': null, d: [ 'x' ] }
var ids = [for (x, i) in items: { id: '${name}-${i}', v: x > 1 ? 'big' : 'small' }]
type pair = { key: string, value: int? }
func greet(n string) string => 'hi ${n}'
resource sa 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: name
  location: resourceGroup().location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
  }
  resource blob 'blobServices' = {
    name: 'default'
  }
}
resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = if (!empty(name)) {
  name: 'kv'
  scope: resourceGroup('other')
}
@batchSize(1)
resource subs 'Microsoft.Network/virtualNetworks/subnets@2023-04-01' = [for s in items: {
  name: 'vnet/s${s}'
  dependsOn: [ sa ]
  properties: { addressPrefix: '10.0.${s}.0/24' }
}]
module m 'mod.bicep' = {
  name: 'm'
  params: { id: sa.id, key: sa.listKeys().keys[0].value, safe: cfg.?a ?? false }
}
module r 'br/public:avm/res/key-vault/vault:0.9.0' = { params: { name: 'kv' } }
output id string = sa.id
output names array = [for (s, i) in items: subs[i].name]
@secure()
output k string = '''
multi ${line}
'''
