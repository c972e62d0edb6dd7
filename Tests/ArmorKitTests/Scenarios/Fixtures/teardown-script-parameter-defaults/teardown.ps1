[CmdletBinding()]
param(
    [Parameter(Mandatory = $false)]
    [string] $ResourceGroup = 'rg-fabrikam-dev',
    [string] $AccountName = "foundry-fabrikam-dev",
    [string] $VaultName = 'kv-fabrikam-dev',
    [Parameter(Mandatory)] [string] $SubscriptionId
)
$ErrorActionPreference = 'Stop'

Remove-AzResource -ResourceGroupName $ResourceGroup -ResourceType 'Microsoft.CognitiveServices/accounts/connections' -ResourceName "$AccountName/search" -Force
Remove-AzResource -ResourceGroupName $ResourceGroup -ResourceType 'Microsoft.CognitiveServices/accounts/connections' -ResourceName "$AccountName/keyvault" -Force
Remove-AzKeyVault -ResourceGroupName $ResourceGroup -VaultName $VaultName -Force # expect: reverse-order-deletion
Remove-AzCognitiveServicesAccount -ResourceGroupName $ResourceGroup -Name $AccountName -Force
