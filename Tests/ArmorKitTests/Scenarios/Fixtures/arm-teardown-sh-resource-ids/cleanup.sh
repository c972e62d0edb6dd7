#!/usr/bin/env bash
# Removes the Foundry resources of the northwind dev environment.
set -euo pipefail
SUB=$(az account show --query id -o tsv)
RG=rg-northwind-dev
ACCOUNT_ID="/subscriptions/$SUB/resourceGroups/$RG/providers/Microsoft.CognitiveServices/accounts/foundry-northwind-dev"

az resource delete --ids "$ACCOUNT_ID/connections/keyvault" # expect: reverse-order-deletion
az resource delete --ids "$ACCOUNT_ID/projects/research/connections/files"
az rest --method delete --url "https://management.azure.com$ACCOUNT_ID/connections/search?api-version=2025-04-01-preview"
az resource delete --ids "$ACCOUNT_ID/projects/research"
az resource delete --ids "$ACCOUNT_ID"
az keyvault delete --name kv-foundry-northwind --resource-group "$RG"
