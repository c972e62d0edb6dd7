#!/usr/bin/env bash
# Removes the Foundry demo resource by resource, newest first.
set -euo pipefail

RG=rg-adventure-dev
ACCOUNT=foundry-adventure-dev
VAULT=kv-foundry-adventure

az cognitiveservices account project connection delete -g "$RG" -n "$ACCOUNT" --project-name research --connection-name files
az cognitiveservices account connection delete -g "$RG" -n "$ACCOUNT" --connection-name search
az cognitiveservices account connection delete -g "$RG" -n "$ACCOUNT" --connection-name keyvault
az cognitiveservices account project delete -g "$RG" -n "$ACCOUNT" --project-name research
az cognitiveservices account delete -g "$RG" -n "$ACCOUNT"
az keyvault delete -g "$RG" -n "$VAULT"
