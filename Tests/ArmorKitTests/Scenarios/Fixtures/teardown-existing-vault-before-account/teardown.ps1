# Removes the contoso dev Foundry resources, shared account and vault included.
$ErrorActionPreference = 'Stop'
$rg = 'rg-contoso-dev'
$account = 'foundry-contoso-dev'

Remove-AzResource -ResourceGroupName $rg -ResourceType 'Microsoft.CognitiveServices/accounts/connections' -ResourceName "$account/search" -Force
Remove-AzKeyVault -ResourceGroupName $rg -VaultName 'kv-foundry-contoso' -Force # expect: reverse-order-deletion
Remove-AzCognitiveServicesAccount -ResourceGroupName $rg -Name $account -Force
