# Tears the Foundry demo down with Azure PowerShell.
$ErrorActionPreference = 'Stop'
$rg = 'rg-adventure-dev'
$account = 'foundry-adventure-dev'
$sub = (Get-AzContext).Subscription.Id
$base = "/subscriptions/$sub/resourceGroups/$rg/providers/Microsoft.CognitiveServices/accounts/$account"

# The project goes first (it takes its own connections with it), which is fine.
Remove-AzResource -ResourceId "$base/projects/research" -Force
Remove-AzResource -ResourceId "$base/connections/search" -Force
Remove-AzResource -ResourceId "$base/connections/keyvault" -Force
Remove-AzKeyVault -VaultName 'kv-foundry-adventure' -ResourceGroupName $rg -Force # expect: reverse-order-deletion
Remove-AzCognitiveServicesAccount -ResourceGroupName $rg -Name $account -Force
