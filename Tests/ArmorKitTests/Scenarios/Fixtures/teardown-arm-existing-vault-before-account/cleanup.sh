#!/usr/bin/env bash
# Removes the northwind dev Foundry resources by resource id.
set -euo pipefail
SUB="$(az account show --query id -o tsv)"
RG=rg-northwind-dev
BASE="/subscriptions/${SUB}/resourceGroups/${RG}/providers"

az resource delete --ids "$BASE/Microsoft.CognitiveServices/accounts/foundry-northwind-dev/connections/search"
az resource delete --ids "$BASE/Microsoft.KeyVault/vaults/kv-foundry-northwind" # expect: reverse-order-deletion
az resource delete --ids "$BASE/Microsoft.CognitiveServices/accounts/foundry-northwind-dev"
