#!/usr/bin/env bash
# Removes the contoso dev Foundry resources, shared account and vault included.
set -euo pipefail
RG=rg-contoso-dev
ACCOUNT=foundry-contoso-dev

az cognitiveservices account connection delete -g "$RG" -n "$ACCOUNT" --connection-name search
az cognitiveservices account connection delete -g "$RG" -n "$ACCOUNT" --connection-name keyvault
az keyvault delete -g "$RG" -n kv-foundry-contoso # expect: reverse-order-deletion
az cognitiveservices account delete -g "$RG" -n "$ACCOUNT"
