# Deletes the vaults in a loop before the account.
$ErrorActionPreference = 'Stop'
$rg = 'rg-fabrikam-dev'
$account = 'foundry-fabrikam-dev'

foreach ($connection in @('search', 'keyvault')) {
    Remove-AzResource -ResourceGroupName $rg -ResourceType 'Microsoft.CognitiveServices/accounts/connections' -ResourceName "$account/$connection" -Force
}
foreach ($vault in 'kv-logs-fabrikam-dev', 'kv-fabrikam-dev') {
    Remove-AzKeyVault -ResourceGroupName $rg -VaultName $vault -Force # expect: reverse-order-deletion
}
Remove-AzCognitiveServicesAccount -ResourceGroupName $rg -Name $account -Force
