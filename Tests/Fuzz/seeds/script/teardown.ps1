param([string]$ResourceGroup = 'rg-demo')
$account = "aoai-$env:ENV"
# armor-disable-next-line reverse-order-deletion
Remove-AzCognitiveServicesAccountConnection -ResourceGroupName $ResourceGroup -AccountName $account -Name 'conn1'
foreach ($n in @('a', 'b')) { Remove-AzCognitiveServicesAccount -ResourceGroupName $ResourceGroup -Name $n -Force }
$kv = Get-AzKeyVault -VaultName ('kv-{0}' -f 'demo')
$kv | Remove-AzKeyVault -Force
Get-AzResource -ResourceType 'Microsoft.Network/privateEndpoints' | Remove-AzResource -Force
<# block
comment #>
Remove-AzResourceGroup -Name $ResourceGroup `
  -Force
