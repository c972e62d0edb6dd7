using 'main.bicep'

param accountName = 'foundry-contoso-prod'
param vaultName = 'kv-foundry-contoso-prod'
param searchServiceName = 'srch-contoso-prod'
param storageAccountName = 'stcontosoprod'
