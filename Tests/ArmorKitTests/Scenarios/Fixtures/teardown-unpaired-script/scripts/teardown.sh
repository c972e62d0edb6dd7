#!/usr/bin/env bash
# Removes the fabrikam Foundry resources. No armor.json pairs this script with infra/main.bicep,
# and this folder holds no template: armor says the deletes were not checked.
set -euo pipefail
RG=rg-fabrikam-dev

az keyvault delete -g "$RG" -n kv-fabrikam-dev # expect-info: reverse-order-deletion
az cognitiveservices account delete -g "$RG" -n foundry-fabrikam-dev
