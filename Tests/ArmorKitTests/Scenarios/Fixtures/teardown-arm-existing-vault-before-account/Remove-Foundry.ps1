# Removes the northwind dev Foundry resources by resource id.
$ErrorActionPreference = 'Stop'
$sub = (Get-AzContext).Subscription.Id
$rg = 'rg-northwind-dev'

Remove-AzResource -ResourceId "/subscriptions/$sub/resourceGroups/$rg/providers/Microsoft.KeyVault/vaults/kv-foundry-northwind" -Force # expect: reverse-order-deletion
Remove-AzResource -ResourceId "/subscriptions/$sub/resourceGroups/$rg/providers/Microsoft.CognitiveServices/accounts/foundry-northwind-dev" -Force
