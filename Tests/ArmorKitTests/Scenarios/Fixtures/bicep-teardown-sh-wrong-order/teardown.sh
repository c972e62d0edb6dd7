#!/usr/bin/env bash
# Cleans up after the integration test.
set -euo pipefail

RG="rg-adventure-dev"
ACCOUNT="foundry-adventure-dev"
VAULT="kv-foundry-adventure"

echo "removing connections"
az cognitiveservices account connection delete --resource-group "$RG" --name "$ACCOUNT" --connection-name keyvault # expect: reverse-order-deletion
az cognitiveservices account connection delete \
  --resource-group "$RG" \
  --name "$ACCOUNT" \
  --connection-name search

echo "removing the vault and the account"
az keyvault delete --name "$VAULT" --resource-group "$RG" # expect: reverse-order-deletion
az cognitiveservices account delete --name "$ACCOUNT" --resource-group "$RG"
