# Deletes the connections in a loop, then the account, then the vaults.
$ErrorActionPreference = 'Stop'
$rg = 'rg-fabrikam-dev'
$account = 'foundry-fabrikam-dev'

foreach ($connection in @('search', 'keyvault')) {
    Remove-AzResource -ResourceGroupName $rg -ResourceType 'Microsoft.CognitiveServices/accounts/connections' -ResourceName "$account/$connection" -Force
}
Remove-AzCognitiveServicesAccount -ResourceGroupName $rg -Name $account -Force
foreach ($vault in 'kv-logs-fabrikam-dev', 'kv-fabrikam-dev') {
    Remove-AzKeyVault -ResourceGroupName $rg -VaultName $vault -Force
}
