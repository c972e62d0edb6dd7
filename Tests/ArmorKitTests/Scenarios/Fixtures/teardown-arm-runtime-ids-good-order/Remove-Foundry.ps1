# Removes the northwind Foundry resources through the management API, in reverse order.
$ErrorActionPreference = 'Stop'
$sub = (Get-AzContext).Subscription.Id
$rg = 'rg-northwind-dev'
$account = '/subscriptions/{0}/resourceGroups/{1}/providers/Microsoft.CognitiveServices/accounts/{2}' -f $sub, $rg, 'foundry-northwind-dev'

Remove-AzResource -ResourceId "$account/projects/research/connections/files" -Force
Invoke-AzRestMethod -Method DELETE -Path "$account/connections/search?api-version=2025-04-01-preview"
Invoke-AzRestMethod -Method DELETE -Path "$account/connections/keyvault?api-version=2025-04-01-preview"
Remove-AzResource -ResourceId $account -Force
Remove-AzResource -ResourceId ('/subscriptions/{0}/resourceGroups/{1}/providers/Microsoft.KeyVault/vaults/{2}' -f $sub, $rg, 'kv-foundry-northwind') -Force
Remove-AzKeyVault -VaultName 'kv-foundry-northwind' -InRemovedState -Location eastus -Force
