using 'main.bicep'

param partnerAccountName = 'foundry-fabrikam'
