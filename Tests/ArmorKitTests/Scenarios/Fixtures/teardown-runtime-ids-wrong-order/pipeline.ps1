# Looks the resources up and pipes them to the remove cmdlets.
$ErrorActionPreference = 'Stop'
$rg = 'rg-fabrikam-dev'

Get-AzKeyVault -VaultName 'kv-fabrikam-dev' -ResourceGroupName $rg | Remove-AzKeyVault -Force # expect: reverse-order-deletion
Get-AzCognitiveServicesAccount -ResourceGroupName $rg -Name 'foundry-fabrikam-dev' | Remove-AzCognitiveServicesAccount -Force
