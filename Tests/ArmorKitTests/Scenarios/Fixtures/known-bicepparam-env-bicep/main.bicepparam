using './main.bicep'

param kvCategory = readEnvironmentVariable('KV_CONNECTION_CATEGORY', 'AzureKeyVault')
