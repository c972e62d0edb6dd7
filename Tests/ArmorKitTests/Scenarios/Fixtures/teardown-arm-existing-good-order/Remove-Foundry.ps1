# Removes the northwind dev Foundry resources by resource id: account first, vault last.
$ErrorActionPreference = 'Stop'
$sub = (Get-AzContext).Subscription.Id
$rg = 'rg-northwind-dev'

Remove-AzResource -ResourceId "/subscriptions/$sub/resourceGroups/$rg/providers/Microsoft.CognitiveServices/accounts/foundry-northwind-dev" -Force
Remove-AzResource -ResourceId "/subscriptions/$sub/resourceGroups/$rg/providers/Microsoft.KeyVault/vaults/kv-foundry-northwind" -Force
