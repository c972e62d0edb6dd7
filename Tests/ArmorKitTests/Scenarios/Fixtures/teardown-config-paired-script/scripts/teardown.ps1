# Removes the fabrikam Foundry resources in order; armor.json pairs it with infra/main.bicep.
$ErrorActionPreference = 'Stop'
$rg = 'rg-fabrikam-dev'

Remove-AzCognitiveServicesAccount -ResourceGroupName $rg -Name 'foundry-fabrikam-dev' -Force
Remove-AzKeyVault -ResourceGroupName $rg -VaultName 'kv-fabrikam-dev' -Force
