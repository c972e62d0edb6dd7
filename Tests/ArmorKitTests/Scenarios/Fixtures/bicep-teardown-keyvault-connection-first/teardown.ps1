# Removes the connections, then the account.
param([string]$ResourceGroup = 'rg-adventure-dev')
$account = 'foundry-adventure-dev'
$api = '2025-04-01-preview'
$sub = (Get-AzContext).Subscription.Id
$prefix = "/subscriptions/$sub/resourceGroups/$ResourceGroup/providers/Microsoft.CognitiveServices/accounts/$account"

Invoke-AzRestMethod -Method DELETE -Path "$prefix/connections/keyvault?api-version=$api" # expect: reverse-order-deletion
Invoke-AzRestMethod -Method DELETE -Path "$prefix/connections/search?api-version=$api"
Remove-AzCognitiveServicesAccount -ResourceGroupName $ResourceGroup -Name $account -Force
