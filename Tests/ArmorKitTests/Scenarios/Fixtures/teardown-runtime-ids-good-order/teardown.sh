#!/usr/bin/env bash
# Removes the fabrikam Foundry resources in the reverse of the creation order.
set -euo pipefail
SUB=$(az account show --query id -o tsv)
RG_ID=$(az group show --name "rg-fabrikam-${STAGE}" --query id -o tsv)
ACCOUNT_ID="${RG_ID}/providers/Microsoft.CognitiveServices/accounts/foundry-fabrikam-${STAGE}"

az rest --method delete --url "https://management.azure.com/subscriptions/${SUB}/resourceGroups/rg-fabrikam-${STAGE}/providers/Microsoft.CognitiveServices/accounts/foundry-fabrikam-${STAGE}/connections/search?api-version=2025-04-01-preview"
az resource delete --ids "$ACCOUNT_ID/connections/keyvault"
# The account takes its project with it.
az resource delete --ids "$ACCOUNT_ID"
az resource delete --ids "$ACCOUNT_ID/projects/research"
az keyvault delete --name "kv-fabrikam-${STAGE}"
az keyvault delete --name "kv-logs-fabrikam-${STAGE}"
