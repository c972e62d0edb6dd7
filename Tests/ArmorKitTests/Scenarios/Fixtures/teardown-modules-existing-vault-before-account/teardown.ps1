# Tears down the tailwind dev environment through the management API.
$ErrorActionPreference = 'Stop'
$subscriptionId = (Get-AzContext).Subscription.Id
$resourceGroup = 'rg-tailwind-dev'
$providers = "/subscriptions/$subscriptionId/resourceGroups/$resourceGroup/providers"

Invoke-AzRestMethod -Method DELETE -Path "$providers/Microsoft.KeyVault/vaults/kv-shared-tailwind?api-version=2023-07-01" # expect: reverse-order-deletion
Invoke-AzRestMethod -Method DELETE -Path "$providers/Microsoft.CognitiveServices/accounts/foundry-tailwind-dev?api-version=2025-04-01-preview"
