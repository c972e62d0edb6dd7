#!/usr/bin/env bash
# Removes what the template added and retires the vault; the shared account stays. Its Key Vault
# connection is gone before the vault, so nothing breaks.
set -euo pipefail
RG=rg-contoso-dev
ACCOUNT=foundry-contoso-dev

az cognitiveservices account connection delete -g "$RG" -n "$ACCOUNT" --connection-name search
az cognitiveservices account connection delete -g "$RG" -n "$ACCOUNT" --connection-name keyvault
az keyvault delete -g "$RG" -n kv-foundry-contoso
