# Removes the fabrikam Foundry resources by resource id.
$ErrorActionPreference = 'Stop'
$sub = (Get-AzContext).Subscription.Id
$rg = "rg-fabrikam-$($env:STAGE)"
$accountName = "foundry-fabrikam-$env:STAGE"
$accountId = '/subscriptions/{0}/resourceGroups/{1}/providers/Microsoft.CognitiveServices/accounts/{2}' -f $sub, $rg, $accountName

Remove-AzResource -ResourceId "$accountId/connections/search" -Force
Remove-AzResource -ResourceId "$accountId/connections/keyvault" -Force
Remove-AzResource -ResourceId "/subscriptions/$((Get-AzContext).Subscription.Id)/resourceGroups/$rg/providers/Microsoft.KeyVault/vaults/kv-fabrikam-dev" -Force # expect: reverse-order-deletion
Remove-AzResource -ResourceId $accountId -Force
