#!/usr/bin/env bash
# Removes the fabrikam Foundry resources; armor.json pairs it with infra/main.bicep.
set -euo pipefail
RG=rg-fabrikam-dev

az keyvault delete -g "$RG" -n kv-fabrikam-dev # expect: reverse-order-deletion
az cognitiveservices account delete -g "$RG" -n foundry-fabrikam-dev
