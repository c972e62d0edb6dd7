# Removes the fabrikam Foundry resources by resource id; the vault whose name is read at run
# time could be either vault of the template, so it gets no verdict.
$ErrorActionPreference = 'Stop'
$sub = (Get-AzContext).Subscription.Id
$rg = "rg-fabrikam-$($env:STAGE)"
$accountId = "/subscriptions/" + $sub + "/resourceGroups/" + $rg + "/providers/Microsoft.CognitiveServices/accounts/foundry-fabrikam-dev"

Remove-AzResource -ResourceId "/subscriptions/$sub/resourceGroups/$rg/providers/Microsoft.KeyVault/vaults/kv-$($env:VAULT_SUFFIX)" -Force
Remove-AzResource -ResourceId "$accountId/projects/research" -Force
Remove-AzResource -ResourceId "$accountId/connections/search" -Force
Remove-AzResource -ResourceId "$accountId/connections/keyvault" -Force
Remove-AzResource -ResourceId $accountId -Force
Remove-AzResource -ResourceId "/subscriptions/$sub/resourceGroups/$rg/providers/Microsoft.KeyVault/vaults/kv-fabrikam-dev" -Force
