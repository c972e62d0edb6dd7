# Looks the resources up and pipes them to the remove cmdlets: account first, vaults last.
$ErrorActionPreference = 'Stop'
$rg = 'rg-fabrikam-dev'

Get-AzCognitiveServicesAccount -ResourceGroupName $rg -Name 'foundry-fabrikam-dev' | Remove-AzCognitiveServicesAccount -Force
Get-AzKeyVault -VaultName 'kv-fabrikam-dev' -ResourceGroupName $rg | Remove-AzKeyVault -Force
Get-AzResource -ResourceGroupName $rg -ResourceType 'Microsoft.KeyVault/vaults' | Remove-AzResource -Force
