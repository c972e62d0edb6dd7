#!/usr/bin/env bash
# Tears down the tailwind dev environment: connections, the account, then the shared vault.
set -euo pipefail
RG="rg-tailwind-dev"
ACCOUNT="foundry-tailwind-dev"
VAULT="kv-shared-tailwind"

az cognitiveservices account connection delete -g "$RG" -n "$ACCOUNT" --connection-name search
az cognitiveservices account connection delete -g "$RG" -n "$ACCOUNT" --connection-name keyvault
az cognitiveservices account delete -g "$RG" -n "$ACCOUNT"
az keyvault delete --resource-group "$RG" --name "$VAULT"
