using './main.bicep'

param accountName = 'foundry-contoso-prod'
param vaultName = 'kv-foundry-contoso-prod'
param sharedAccountName = 'foundry-contoso-prod'
