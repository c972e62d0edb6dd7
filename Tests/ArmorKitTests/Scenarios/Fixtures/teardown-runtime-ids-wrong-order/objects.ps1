# Fetches the resources first, then removes them through the objects.
$ErrorActionPreference = 'Stop'
$rg = 'rg-fabrikam-dev'
$vault = Get-AzKeyVault -VaultName 'kv-fabrikam-dev' -ResourceGroupName $rg
$account = Get-AzCognitiveServicesAccount -ResourceGroupName $rg -Name 'foundry-fabrikam-dev'

Remove-AzResource -ResourceId $vault.ResourceId -Force # expect: reverse-order-deletion
$account | Remove-AzCognitiveServicesAccount -Force
