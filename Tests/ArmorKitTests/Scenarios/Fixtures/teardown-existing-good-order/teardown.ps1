# Removes only what the template added; the shared account and vault stay.
$ErrorActionPreference = 'Stop'
$rg = 'rg-contoso-dev'
$account = 'foundry-contoso-dev'

Remove-AzResource -ResourceGroupName $rg -ResourceType 'Microsoft.CognitiveServices/accounts/connections' -ResourceName "$account/search" -Force
Remove-AzResource -ResourceGroupName $rg -ResourceType 'Microsoft.CognitiveServices/accounts/connections' -ResourceName "$account/keyvault" -Force
