#!/usr/bin/env bash
# Removes the contoso dev Foundry resources: the account takes its connections with it, and the
# vault goes last.
set -euo pipefail
RG=rg-contoso-dev
ACCOUNT=foundry-contoso-dev

az cognitiveservices account connection delete -g "$RG" -n "$ACCOUNT" --connection-name search
az cognitiveservices account delete -g "$RG" -n "$ACCOUNT"
az keyvault delete -g "$RG" -n kv-foundry-contoso
az keyvault purge -n kv-foundry-contoso
