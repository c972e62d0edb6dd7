#!/usr/bin/env bash
# Looks the ids up before deleting; the group comes from the environment.
set -euo pipefail
ACCOUNT_ID=$(az cognitiveservices account show --name foundry-fabrikam-dev --resource-group "$RG" --query id -o tsv)
VAULT_ID="$(az keyvault show --name kv-fabrikam-dev --query id --output tsv)"

az resource delete --ids "$ACCOUNT_ID/connections/search"
az resource delete --ids "$VAULT_ID" # expect: reverse-order-deletion
az resource delete --ids "$ACCOUNT_ID"
az resource delete --ids "$(az keyvault show -n kv-logs-fabrikam-dev --query id -o tsv)"
