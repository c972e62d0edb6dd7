# Fetches the resources first, then removes them through the objects: account, then vault.
$ErrorActionPreference = 'Stop'
$rg = 'rg-fabrikam-dev'
$vault = Get-AzKeyVault -VaultName 'kv-fabrikam-dev' -ResourceGroupName $rg
$account = Get-AzCognitiveServicesAccount -ResourceGroupName $rg -Name 'foundry-fabrikam-dev'

$account | Remove-AzCognitiveServicesAccount -Force
Remove-AzKeyVault -InputObject $vault -Force
Remove-AzResource -ResourceId $vault.ResourceId -Force
