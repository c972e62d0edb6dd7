[CmdletBinding()]
param(
    [string] $ResourceGroup = 'rg-fabrikam-dev',
    [string] $AccountName = "foundry-fabrikam-dev",
    [string] $VaultName = 'kv-fabrikam-dev'
)
$ErrorActionPreference = 'Stop'

function Remove-Quietly {
    param([string] $Id = 'kv-logs-fabrikam-dev')
    Remove-AzResource -ResourceId $Id -Force
}

Remove-AzResource -ResourceGroupName $ResourceGroup -ResourceType 'Microsoft.CognitiveServices/accounts/connections' -ResourceName "$AccountName/search" -Force
Remove-AzResource -ResourceGroupName $ResourceGroup -ResourceType 'Microsoft.CognitiveServices/accounts/connections' -ResourceName "$AccountName/keyvault" -Force
Remove-AzCognitiveServicesAccount -ResourceGroupName $ResourceGroup -Name $AccountName -Force
Remove-AzKeyVault -ResourceGroupName $ResourceGroup -VaultName $VaultName -Force
