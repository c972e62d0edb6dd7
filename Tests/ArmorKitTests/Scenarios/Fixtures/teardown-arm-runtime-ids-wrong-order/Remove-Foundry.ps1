# Removes the northwind Foundry resources through the management API.
$ErrorActionPreference = 'Stop'
$sub = (Get-AzContext).Subscription.Id
$rg = 'rg-northwind-dev'
$account = '/subscriptions/{0}/resourceGroups/{1}/providers/Microsoft.CognitiveServices/accounts/{2}' -f $sub, $rg, 'foundry-northwind-dev'
$project = "$account/projects/research"

Invoke-AzRestMethod -Method DELETE -Path "$account/connections/keyvault?api-version=2025-04-01-preview" # expect: reverse-order-deletion
Invoke-AzRestMethod -Method DELETE -Path "$account/connections/search?api-version=2025-04-01-preview"
Remove-AzResource -ResourceId "$project/connections/files" -Force
Remove-AzResource -ResourceId $project -Force
Remove-AzResource -ResourceId $account -Force
