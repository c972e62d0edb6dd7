#!/usr/bin/env bash
# Removes the fabrikam Foundry resources; the stage comes from the environment.
set -euo pipefail
SUB=$(az account show --query id -o tsv)
RG_ID=$(az group show --name "rg-fabrikam-${STAGE}" --query id -o tsv)
ACCOUNT_ID="${RG_ID}/providers/Microsoft.CognitiveServices/accounts/foundry-fabrikam-${STAGE}"

az resource delete --ids "$ACCOUNT_ID/connections/keyvault" # expect: reverse-order-deletion
az rest --method delete --url "https://management.azure.com/subscriptions/${SUB}/resourceGroups/rg-fabrikam-${STAGE}/providers/Microsoft.CognitiveServices/accounts/foundry-fabrikam-${STAGE}/connections/search?api-version=2025-04-01-preview"
az keyvault delete --name "kv-fabrikam-${STAGE}" # expect: reverse-order-deletion
az resource delete --ids "$ACCOUNT_ID"
az resource delete --ids "$(az group show -n "rg-fabrikam-${STAGE}" --query id -o tsv)/providers/Microsoft.KeyVault/vaults/kv-logs-fabrikam-${STAGE}"
