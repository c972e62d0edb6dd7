<#
  Removes the Foundry resources in reverse creation order.
#>
param(
    [string]$ResourceGroupName = 'rg-northwind-dev'
)
$accountName = 'foundry-northwind-dev'
$type = 'Microsoft.CognitiveServices/accounts/connections'

Remove-AzResource -ResourceGroupName $ResourceGroupName -ResourceType $type -ResourceName "$accountName/search" -Force
Remove-AzResource -ResourceGroupName $ResourceGroupName -ResourceType 'Microsoft.CognitiveServices/accounts/projects/connections' -ResourceName "$accountName/research/files" -Force
Remove-AzResource -ResourceGroupName $ResourceGroupName -ResourceType $type -ResourceName "$accountName/keyvault" -Force
Remove-AzCognitiveServicesAccount -ResourceGroupName $ResourceGroupName -Name $accountName -Force
Remove-AzKeyVault -VaultName 'kv-foundry-northwind' -ResourceGroupName $ResourceGroupName -Force
