#!/usr/bin/env bash
# Removes the northwind Foundry resources; subscription and group come from the environment.
set -euo pipefail
az resource delete --ids /subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.CognitiveServices/accounts/foundry-northwind-${STAGE}/projects/research
az resource delete --ids /subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.CognitiveServices/accounts/foundry-northwind-${STAGE}/connections/search
az resource delete --ids /subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.CognitiveServices/accounts/foundry-northwind-${STAGE}/connections/keyvault
az resource delete --ids /subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.KeyVault/vaults/kv-foundry-${REGION} # expect: reverse-order-deletion
az resource delete --ids /subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.CognitiveServices/accounts/foundry-northwind-${STAGE}
