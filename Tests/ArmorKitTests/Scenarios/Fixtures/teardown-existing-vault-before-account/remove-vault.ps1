# Retires the vault but leaves the shared account with its Key Vault connection: the account
# can no longer read its connection secrets.
$ErrorActionPreference = 'Stop'
$rg = 'rg-contoso-dev'

Remove-AzResource -ResourceGroupName $rg -ResourceType 'Microsoft.CognitiveServices/accounts/connections' -ResourceName 'foundry-contoso-dev/search' -Force
Remove-AzKeyVault -ResourceGroupName $rg -VaultName 'kv-foundry-contoso' -Force # expect: reverse-order-deletion
