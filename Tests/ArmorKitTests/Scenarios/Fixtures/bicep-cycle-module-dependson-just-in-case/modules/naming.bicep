@description('Environment name.')
param environment string

output vaultName string = 'kv-foundry-${environment}'
