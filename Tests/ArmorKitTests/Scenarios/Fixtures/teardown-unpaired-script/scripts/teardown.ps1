# Removes the fabrikam Foundry resources; not paired with any template either.
$ErrorActionPreference = 'Stop'
$rg = 'rg-fabrikam-dev'

Write-Host "Removing the Foundry account"
Remove-AzCognitiveServicesAccount -ResourceGroupName $rg -Name 'foundry-fabrikam-dev' -Force # expect-info: reverse-order-deletion
Remove-AzKeyVault -ResourceGroupName $rg -VaultName 'kv-fabrikam-dev' -Force
